//! The who-said-what table (sortable; a row shows its statement in the
//! text) and the voices chart: each speaker's statements and share of the
//! quoted words, drawn as plain SVG.

use std::rc::Rc;

use yew::prelude::*;

use super::highlighted::speaker_slots;
use super::more::{raise, show_more};
use crate::app::state::Focus;
use crate::export::kind_name;
use crate::Analysis;

#[derive(Properties, PartialEq)]
pub struct QuotesTableProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub focus: Option<Focus>,
    pub on_focus: Callback<Option<Focus>>,
}

/// Rows shown at first, and added by each "Show more".
const ROWS_STEP: usize = 100;
/// Speakers drawn in the voices chart; the rest are summed in one line.
const CHART_SPEAKERS: usize = 12;

/// Per speaker: (name, statements, quoted words), most words first.
pub fn voices(text: &str, a: &Analysis) -> Vec<(String, usize, usize)> {
    let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    for q in &a.quotes {
        let name = q.speaker.as_ref().map_or("unknown", |s| s.name.as_str());
        let words: usize = q
            .pieces
            .iter()
            .map(|p| p.slice(text).split_whitespace().count())
            .sum();
        let k = *at.entry(name).or_insert_with(|| {
            out.push((name.to_owned(), 0, 0));
            out.len() - 1
        });
        out[k].1 += 1;
        out[k].2 += words;
    }
    out.sort_by(|x, y| y.2.cmp(&x.2).then(x.0.cmp(&y.0)));
    out
}

fn voices_chart(text: &str, a: &Analysis) -> Html {
    let mut rows = voices(text, a);
    if rows.len() > CHART_SPEAKERS {
        let rest = rows.split_off(CHART_SPEAKERS - 1);
        let statements = rest.iter().map(|r| r.1).sum();
        let words = rest.iter().map(|r| r.2).sum();
        rows.push((format!("{} others", rest.len()), statements, words));
    }
    let total: usize = rows.iter().map(|r| r.2).sum::<usize>().max(1);
    let height = rows.len() * 28 + 8;
    let bars = rows.iter().enumerate().map(|(i, (name, statements, words))| {
        let y = i * 28 + 4;
        let share = *words as f64 / total as f64;
        let width = (share * 100.0).max(0.5);
        html! {
            <g>
                <text x="0" y={(y + 17).to_string()} class="voice-name">{ name.clone() }</text>
                <rect x="36%" y={y.to_string()} width={format!("{:.2}%", width * 0.34)} height="20" rx="3" class="voice-bar" />
                <text x="72%" y={(y + 17).to_string()} class="voice-figures">
                    { format!("{:.0} % · {statements} stmt", share * 100.0) }
                </text>
            </g>
        }
    });
    html! {
        <figure class="voices">
            <figcaption>{ "Voices: share of quoted words, and number of statements" }</figcaption>
            <svg width="100%" height={height.to_string()} role="img"
                aria-label={rows.iter().map(|(n, s, w)| format!("{n}: {w} words in {s} statements")).collect::<Vec<_>>().join("; ")}>
                { for bars }
            </svg>
        </figure>
    }
}

#[function_component(QuotesTable)]
pub fn quotes_table(props: &QuotesTableProps) -> Html {
    let by_speaker = use_state(|| false);
    let limit = use_state(|| ROWS_STEP);
    let text = &*props.text;
    let a = &*props.analysis;
    let slots = speaker_slots(a);
    let mut order: Vec<usize> = (0..a.quotes.len()).collect();
    if *by_speaker {
        order.sort_by_key(|&i| {
            a.quotes[i]
                .speaker
                .as_ref()
                .map_or("unknown", |s| s.name.as_str())
        });
    }
    let total = order.len();
    let rows = order.into_iter().take(*limit).map(|i| {
        let q = &a.quotes[i];
        let speaker = q.speaker.as_ref().map_or("unknown", |s| s.name.as_str());
        let mention = q.speaker.as_ref().map(|s| s.mention.slice(text)).filter(|m| *m != speaker);
        let words: Vec<&str> = q.pieces.iter().map(|p| p.slice(text)).collect();
        let selected = props.focus == Some(Focus::Quote(i));
        let onclick = {
            let on_focus = props.on_focus.clone();
            Callback::from(move |_: MouseEvent| on_focus.emit((!selected).then_some(Focus::Quote(i))))
        };
        html! {
            <tr class={classes!(format!("quote-{}", kind_name(q.kind)), selected.then_some("selected"))}>
                <td class="speaker">
                    <span class={format!("swatch spk-{}", slots[i])} aria-hidden="true"></span>
                    <span class="speaker-name">{ speaker }</span>
                    { for mention.map(|m| html! { <span class="mention">{ format!(" (“{m}”)") }</span> }) }
                    { for q.role.as_ref().map(|r| html! { <span class="role">{ r.clone() }</span> }) }
                </td>
                <td class="words">
                    <button type="button" class="show-quote" aria-pressed={selected.to_string()} {onclick}
                        title="Show this statement in the text">{ words.join(" … ") }</button>
                </td>
                <td class="kind"><span class={format!("badge {}", kind_name(q.kind))}>{ kind_name(q.kind) }</span></td>
                <td class="cue">{ q.cue.map(|c| c.slice(text)).unwrap_or("") }</td>
            </tr>
        }
    });
    let onchange = {
        let by_speaker = by_speaker.clone();
        Callback::from(move |e: Event| {
            by_speaker.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value()
                    == "speaker",
            )
        })
    };
    html! {
        <section class="panel quotes" aria-labelledby="quotes-heading">
            <div class="panel-head">
                <h2 id="quotes-heading">{ format!("Who said what ({})", a.quotes.len()) }</h2>
                <label class="length">{ "Sort " }
                    <select id="quote-sort" {onchange}>
                        <option value="order" selected={!*by_speaker}>{ "as in the text" }</option>
                        <option value="speaker" selected={*by_speaker}>{ "by speaker" }</option>
                    </select>
                </label>
            </div>
            if a.quotes.is_empty() {
                <p class="empty">{ "No quotes or reported statements found yet." }</p>
            } else {
                { voices_chart(text, a) }
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
                { show_more((*limit).min(total), total, ROWS_STEP, "statements", raise(&limit, ROWS_STEP)) }
            }
        </section>
    }
}
