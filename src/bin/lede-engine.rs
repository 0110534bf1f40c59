//! The engine as its own wasm module (`lede-engine.js` + `lede-engine_bg.wasm`),
//! apart from the page's UI module, so the page is usable while this larger
//! file (it carries the name model) is still loading.
//!
//! It has two callers:
//! - the page's analysis worker (`static/engine-worker.js`), through
//!   `analyse_for_page`: byte offsets in postcard's compact binary form,
//!   which the UI module reads back with serde in one short pass;
//! - other pages and tools, through [`analyse`]: a plain JavaScript object with
//!   UTF-16 offsets, so a newsroom can embed Lede in its own CMS.

#[cfg(target_arch = "wasm32")]
mod exports {
    use lede::contract::Offsets;
    use lede::{analyse_reporting, analyse_with, Options};
    use wasm_bindgen::prelude::*;

    fn options_from(value: JsValue) -> Result<Options, JsError> {
        if value.is_undefined() || value.is_null() {
            return Ok(Options::default());
        }
        serde_wasm_bindgen::from_value(value)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))
    }

    /// Analyse `text`; `options` may be omitted (`{summary_length: {by: "sentences", value: 3}}`).
    /// Offsets are UTF-16 code units: `text.slice(span.start, span.end)` is the mention.
    #[wasm_bindgen]
    pub fn analyse(text: &str, options: JsValue) -> Result<JsValue, JsError> {
        let options = options_from(options)?;
        let mut analysis = analyse_with(text, &options);
        let units = Offsets::utf16(text);
        analysis.map_offsets(|byte| units.at(byte));
        serde_wasm_bindgen::to_value(&analysis).map_err(|e| JsError::new(&e.to_string()))
    }

    /// The page's call: the `Analysis` in postcard's binary serde form, with
    /// UTF-8 byte offsets; `progress(fraction)` is called as the work advances.
    #[wasm_bindgen]
    pub fn analyse_for_page(
        text: &str,
        options: JsValue,
        progress: &js_sys::Function,
    ) -> Result<Vec<u8>, JsError> {
        let options = options_from(options)?;
        let analysis = analyse_reporting(text, &options, &mut |fraction| {
            let _ = progress.call1(&JsValue::NULL, &JsValue::from_f64(fraction.into()));
        });
        postcard::to_allocvec(&analysis).map_err(|e| JsError::new(&e.to_string()))
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "lede-engine is the engine's wasm module: scripts/build-dist.sh builds it (see README.md)."
    );
    std::process::exit(2);
}
