//! The summary, with the headline as the article's gist.

use std::rc::Rc;

use yew::prelude::*;

use crate::Analysis;

#[derive(Properties, PartialEq)]
pub struct SummaryPanelProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
}

#[function_component(SummaryPanel)]
pub fn summary_panel(props: &SummaryPanelProps) -> Html {
    let text = &*props.text;
    let a = &*props.analysis;
    let sentence = |i: &usize| {
        a.sentences
            .get(*i)
            .map(|s| s.span.slice(text))
            .unwrap_or("")
    };
    html! {
        <section class="panel summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ "Summary" }</h2>
            { for a.summary.gist.iter().take(1).map(|i| html! { <p class="gist">{ sentence(i) }</p> }) }
            if a.summary.sentences.is_empty() {
                <p class="empty">{ "The summary appears here." }</p>
            } else {
                <ol class="summary-sentences">
                    { for a.summary.sentences.iter().map(|i| html! { <li>{ sentence(i) }</li> }) }
                </ol>
            }
        </section>
    }
}
