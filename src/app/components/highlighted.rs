//! The article with its entities highlighted by type, and a legend.
//!
//! User text is only ever rendered as text nodes; marks are elements we make.

use std::rc::Rc;

use yew::prelude::*;

use crate::text::paragraphs;
use crate::{Analysis, EntityLabel};

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
}

/// CSS class of an entity type (`ent-person`, …).
pub fn label_class(label: EntityLabel) -> String {
    format!("ent ent-{}", label.as_str().to_lowercase())
}

#[function_component(Highlighted)]
pub fn highlighted(props: &HighlightedProps) -> Html {
    let text = &*props.text;
    let a = &*props.analysis;
    let legend = EntityLabel::ALL.iter().filter_map(|&label| {
        let n = a.entities.iter().filter(|e| e.label == label).count();
        (n > 0).then(|| html! {
            <li><span class={label_class(label)}>{ label.title() }</span>{ format!(" {n}") }</li>
        })
    });
    let mut entities = a.entities.iter().peekable();
    let paras = paragraphs(text).into_iter().map(|p| {
        let mut nodes: Vec<Html> = Vec::new();
        let mut at = p.start;
        while let Some(e) = entities.next_if(|e| e.span.start < p.end) {
            if e.span.start < at || e.span.end > p.end {
                continue;
            }
            nodes.push(html! { { &text[at..e.span.start] } });
            let name = e
                .cluster
                .and_then(|c| a.clusters.get(c))
                .map(|c| c.name.as_str());
            let title = match name {
                Some(n) if n != e.span.slice(text) => format!("{}: {n}", e.label.title()),
                _ => e.label.title().to_owned(),
            };
            nodes.push(html! {
                <mark class={label_class(e.label)} {title}>{ e.span.slice(text) }</mark>
            });
            at = e.span.end;
        }
        nodes.push(html! { { &text[at..p.end] } });
        html! { <p>{ for nodes }</p> }
    });
    html! {
        <section class="panel highlighted" aria-labelledby="entities-heading">
            <h2 id="entities-heading">{ "Names in the text" }</h2>
            <ul class="legend" aria-label="Entity types found">{ for legend }</ul>
            if a.sentences.is_empty() {
                <p class="empty">{ "Paste an article or pick an example to see its names highlighted." }</p>
            } else {
                <div class="article">{ for paras }</div>
            }
        </section>
    }
}
