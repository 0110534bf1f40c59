//! "Show more" for long lists and long texts: a 5 MB article has thousands of
//! names and statements, and rendering them all at once would freeze the page
//! for seconds. Panels render the first part and grow on request.

use yew::prelude::*;

/// A button that shows about `step` more (or all that is left) of `total`
/// items, `shown` of which are on screen; nothing if all are.
pub fn show_more(
    shown: usize,
    total: usize,
    step: usize,
    what: &str,
    onclick: Callback<MouseEvent>,
) -> Html {
    if shown >= total {
        return html! {};
    }
    let next = (total - shown).min(step);
    html! {
        <p class="more">
            <button type="button" class="show-more" {onclick}>
                { format!("Show {next} more {what}") }
            </button>
            <span class="more-count">{ format!(" ({shown} of {total} shown)") }</span>
        </p>
    }
}

/// A click handler that raises `limit` by `step`.
pub fn raise(limit: &UseStateHandle<usize>, step: usize) -> Callback<MouseEvent> {
    let limit = limit.clone();
    Callback::from(move |_: MouseEvent| limit.set(*limit + step))
}
