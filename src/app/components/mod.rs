//! Thin view components: each renders part of the state and sends actions.

mod app;
mod credits;
mod editor;
mod highlighted;
mod quotes_table;
mod summary_panel;

pub use app::App;
