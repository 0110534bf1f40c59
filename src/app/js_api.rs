//! `analyse(text, options)` for other pages and tools: the engine as a plain
//! JavaScript function, so a newsroom can embed Lede in its own CMS.
//!
//! Offsets in the returned object are UTF-16 code units, so
//! `text.slice(span.start, span.end)` is the mention in JavaScript.

use wasm_bindgen::prelude::*;

use crate::contract::Offsets;
use crate::{analyse_with, Options};

/// Analyse `text`; `options` may be omitted (`{summary_length: {by: "sentences", value: 3}}`).
#[wasm_bindgen(js_name = analyse)]
pub fn analyse_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let mut analysis = analyse_with(text, &options);
    let units = Offsets::utf16(text);
    analysis.map_offsets(|byte| units.at(byte));
    serde_wasm_bindgen::to_value(&analysis).map_err(|e| JsError::new(&e.to_string()))
}
