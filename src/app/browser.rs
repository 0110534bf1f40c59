//! The few browser APIs the app touches: the saved draft (localStorage), the
//! URL fragment and the clipboard. Failures (private mode, no clipboard
//! permission) are reported as `false`/`None`, never as panics.

use wasm_bindgen_futures::JsFuture;

const DRAFT_KEY: &str = "lede.draft";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The draft saved by the last visit.
pub fn saved_draft() -> Option<String> {
    window()?.local_storage().ok()??.get_item(DRAFT_KEY).ok()?
}

/// Save the draft; `false` if storage is unavailable or full.
pub fn save_draft(text: &str) -> bool {
    let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    storage.set_item(DRAFT_KEY, text).is_ok()
}

/// The URL fragment, without `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Put `fragment` in the address bar without reloading or adding history.
pub fn set_fragment(fragment: &str) {
    if let Some(w) = window() {
        let url = w.location().href().unwrap_or_default();
        let base = url.split('#').next().unwrap_or_default();
        let target = if fragment.is_empty() {
            base.to_owned()
        } else {
            format!("{base}#{fragment}")
        };
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
        }
    }
}

/// The page's address with `fragment`.
pub fn link_with(fragment: &str) -> String {
    let url = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    format!("{}#{fragment}", url.split('#').next().unwrap_or_default())
}

/// Copy `text` to the clipboard; `false` if the browser refused.
pub async fn copy(text: &str) -> bool {
    let Some(w) = window() else {
        return false;
    };
    JsFuture::from(w.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

/// Offer `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> bool {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let done = (|| {
        let document = window()?.document()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        Some(())
    })()
    .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    done
}

/// Register the offline service worker (`sw.js` beside `index.html`).
pub fn register_service_worker() {
    if let Some(w) = window() {
        let container = w.navigator().service_worker();
        let _ = container.register("./sw.js");
    }
}

const THEME_KEY: &str = "lede.theme";

/// The saved colour theme: "light", "dark", or "" (follow the system).
pub fn saved_theme() -> String {
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(THEME_KEY).ok().flatten())
        .unwrap_or_default()
}

/// Apply and save a theme ("" follows the system).
pub fn set_theme(theme: &str) {
    let Some(w) = window() else { return };
    if let Some(root) = w.document().and_then(|d| d.document_element()) {
        let _ = if theme.is_empty() {
            root.remove_attribute("data-theme")
        } else {
            root.set_attribute("data-theme", theme)
        };
    }
    if let Some(storage) = w.local_storage().ok().flatten() {
        let _ = storage.set_item(THEME_KEY, theme);
    }
}
