//! The summary, with the headline as the article's gist and a length control.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::share::{length_code, parse_length};
use crate::{Analysis, Options, SummaryLength};

#[derive(Properties, PartialEq)]
pub struct SummaryPanelProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub options: Options,
    pub on_options: Callback<Options>,
}

/// The choices of the length control, as (code, label); codes as in `share`.
const LENGTHS: &[(&str, &str)] = &[
    ("auto", "Automatic"),
    ("s1", "1 sentence"),
    ("s2", "2 sentences"),
    ("s3", "3 sentences"),
    ("s5", "5 sentences"),
    ("s8", "8 sentences"),
    ("p10", "10 % of the article"),
    ("p25", "25 % of the article"),
    ("p50", "50 % of the article"),
];

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
    let current = length_code(props.options.summary_length);
    let onchange = {
        let on_options = props.on_options.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_options.emit(Options {
                summary_length: parse_length(&value).unwrap_or(SummaryLength::Auto),
            });
        })
    };
    html! {
        <section class="panel summary" aria-labelledby="summary-heading">
            <div class="panel-head">
                <h2 id="summary-heading">{ "Summary" }</h2>
                <label class="length">
                    { "Length " }
                    <select id="summary-length" {onchange}>
                        { for LENGTHS.iter().map(|(value, label)| html! {
                            <option value={*value} selected={current == *value}>{ *label }</option>
                        }) }
                    </select>
                </label>
            </div>
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
