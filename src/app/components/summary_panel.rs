//! The summary, with the headline as the article's gist and a length control.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::browser;
use crate::app::state::Focus;
use crate::share::{length_code, parse_length};
use crate::{Analysis, Options, SummaryLength};
use yew::platform::spawn_local;

#[derive(Properties, PartialEq)]
pub struct SummaryPanelProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub options: Options,
    pub on_options: Callback<Options>,
    pub focus: Option<Focus>,
    pub on_focus: Callback<Option<Focus>>,
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
    let copied = use_state(String::new);
    let copy = {
        let copied = copied.clone();
        let summary: Vec<String> = a
            .summary
            .items()
            .map(|(_, span)| span.slice(text).to_owned())
            .collect();
        Callback::from(move |_: MouseEvent| {
            let (copied, summary) = (copied.clone(), summary.join("\n"));
            spawn_local(async move {
                let ok = browser::copy(&summary).await;
                copied.set(if ok {
                    "Copied.".into()
                } else {
                    "The browser did not allow copying.".into()
                });
            });
        })
    };
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
                    { for a.summary.items().map(|(i, span)| {
                        let selected = props.focus == Some(Focus::Sentence(i));
                        let onclick = {
                            let on_focus = props.on_focus.clone();
                            Callback::from(move |_: MouseEvent| on_focus.emit((!selected).then_some(Focus::Sentence(i))))
                        };
                        html! {
                            <li><button type="button" class="show-quote" aria-pressed={selected.to_string()} {onclick}
                                title="Show this sentence in the text">{ span.slice(text) }</button></li>
                        }
                    }) }
                </ol>
                <div class="summary-actions">
                    <button type="button" id="copy-summary" onclick={copy}>{ "Copy summary" }</button>
                    <span class="status" role="status">{ (*copied).clone() }</span>
                </div>
            }
        </section>
    }
}
