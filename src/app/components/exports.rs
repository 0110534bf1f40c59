//! Export buttons: the analysis as JSON, CSV tables or a Markdown report,
//! downloaded or copied. The files themselves come from `crate::export`.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::browser;
use crate::{export, Analysis};

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
}

/// (label, file name, MIME type, maker)
type Format = (
    &'static str,
    &'static str,
    &'static str,
    fn(&str, &Analysis) -> String,
);

const FORMATS: [Format; 4] = [
    (
        "JSON",
        "lede-analysis.json",
        "application/json",
        export::json,
    ),
    (
        "Quotes CSV",
        "lede-quotes.csv",
        "text/csv",
        export::quotes_csv,
    ),
    ("Entities CSV", "lede-entities.csv", "text/csv", |_, a| {
        export::entities_csv(a)
    }),
    (
        "Markdown",
        "lede-report.md",
        "text/markdown",
        export::markdown,
    ),
];

#[function_component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let status = use_state(String::new);
    if props.analysis.sentences.is_empty() {
        return html! {};
    }
    let buttons = FORMATS.iter().map(|&(label, file, mime, make)| {
        let download = {
            let (text, analysis, status) = (props.text.clone(), props.analysis.clone(), status.clone());
            Callback::from(move |_: MouseEvent| {
                let ok = browser::download(file, mime, &make(&text, &analysis));
                status.set(if ok { format!("Downloaded {file}.") } else { format!("The browser refused to save {file}.") });
            })
        };
        let copy = {
            let (text, analysis, status) = (props.text.clone(), props.analysis.clone(), status.clone());
            Callback::from(move |_: MouseEvent| {
                let content = make(&text, &analysis);
                let status = status.clone();
                spawn_local(async move {
                    let ok = browser::copy(&content).await;
                    status.set(if ok { format!("{label} copied.") } else { "The browser did not allow copying.".into() });
                });
            })
        };
        html! {
            <li>
                <span class="format">{ label }</span>
                <button type="button" onclick={download} aria-label={format!("Download {label}")}>{ "Download" }</button>
                <button type="button" onclick={copy} aria-label={format!("Copy {label}")}>{ "Copy" }</button>
            </li>
        }
    });
    html! {
        <section class="panel exports" aria-labelledby="exports-heading">
            <h2 id="exports-heading">{ "Export" }</h2>
            <ul class="export-list">{ for buttons }</ul>
            <p class="status" role="status">{ (*status).clone() }</p>
        </section>
    }
}
