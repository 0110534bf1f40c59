//! The who-said-what table.

use std::rc::Rc;

use yew::prelude::*;

use crate::{Analysis, QuoteKind};

#[derive(Properties, PartialEq)]
pub struct QuotesTableProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
}

fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "reported",
        QuoteKind::Mixed => "mixed",
    }
}

#[function_component(QuotesTable)]
pub fn quotes_table(props: &QuotesTableProps) -> Html {
    let text = &*props.text;
    let a = &*props.analysis;
    let rows = a.quotes.iter().map(|q| {
        let speaker = q.speaker.as_ref().map_or("unknown", |s| s.name.as_str());
        let mention = q.speaker.as_ref().map(|s| s.mention.slice(text)).filter(|m| *m != speaker);
        let words: Vec<&str> = q.pieces.iter().map(|p| p.slice(text)).collect();
        html! {
            <tr class={format!("quote-{}", kind_name(q.kind))}>
                <td class="speaker">
                    <span class="speaker-name">{ speaker }</span>
                    { for mention.map(|m| html! { <span class="mention">{ format!(" (“{m}”)") }</span> }) }
                    { for q.role.as_ref().map(|r| html! { <span class="role">{ r.clone() }</span> }) }
                </td>
                <td class="words">{ words.join(" … ") }</td>
                <td class="kind"><span class={format!("badge {}", kind_name(q.kind))}>{ kind_name(q.kind) }</span></td>
                <td class="cue">{ q.cue.map(|c| c.slice(text)).unwrap_or("") }</td>
            </tr>
        }
    });
    html! {
        <section class="panel quotes" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">{ "Who said what" }</h2>
            if a.quotes.is_empty() {
                <p class="empty">{ "No quotes or reported statements found yet." }</p>
            } else {
                <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">{ "Statements in the article, with their speakers" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Speaker" }</th>
                        <th scope="col">{ "Statement" }</th>
                        <th scope="col">{ "Kind" }</th>
                        <th scope="col">{ "Cue" }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
                </div>
            }
        </section>
    }
}
