//! The browser app: Yew function components over the engine.
//!
//! `state` and `seeds` are plain Rust (they build and test natively); the
//! views in `components` exist only on wasm32. `state` is the pure part —
//! what the user typed, the analysis of it, and a reducer — testable without
//! a DOM. `components/` are thin views that render an
//! [`Analysis`](crate::Analysis) and send actions back. The app never calls
//! the engine directly: requests go through [`engine`] to a worker running
//! the separate engine module, so this module links no model and the page
//! works while the engine is still downloading.

#[cfg(target_arch = "wasm32")]
pub(crate) mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod engine;
pub mod marks;
pub mod seeds;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub use components::{App, AppProps};

/// Mount the app on `<body>`, if the page asks for it (`<body data-lede-app>`).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let wanted = gloo::utils::document()
        .body()
        .is_some_and(|b| b.has_attribute("data-lede-app"));
    if !wanted {
        return;
    }
    browser::set_theme(&browser::saved_theme());
    browser::register_service_worker();
    yew::Renderer::<App>::with_props(AppProps {
        analyser: engine::Analyser::Worker,
    })
    .render();
}
