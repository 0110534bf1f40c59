//! Thin view components: each renders part of the state and sends actions.

mod app;
mod credits;
mod editor;
mod entity_panel;
mod exports;
mod highlighted;
mod more;
mod quotes_table;
mod summary_panel;

pub use app::{App, AppProps};
