//! The article with entities highlighted by type and statements marked by
//! speaker; a legend that counts and toggles each type; the focused entity or
//! statement outlined and scrolled into view.
//!
//! User text is only ever rendered as text nodes; marks are elements we make.
//! A long text is rendered in parts (the first [`WINDOW_BYTES`], then more on
//! request or when something further down is picked), so a 5 MB article does
//! not freeze the page.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::more::{raise, show_more};
use crate::app::marks::{segments, Pieces};
use crate::app::state::Focus;
use crate::text::paragraphs;
use crate::{Analysis, EntityLabel, QuoteKind};

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub focus: Option<Focus>,
}

/// CSS class of an entity type (`ent ent-person`, …).
pub fn label_class(label: EntityLabel) -> String {
    format!("ent ent-{}", label.as_str().to_lowercase())
}

/// A colour slot (0–7) for each speaker, by order of first statement.
pub fn speaker_slots(a: &Analysis) -> Vec<usize> {
    let mut names: Vec<&str> = Vec::new();
    a.quotes
        .iter()
        .map(|q| {
            let name = q.speaker.as_ref().map_or("", |s| s.name.as_str());
            let k = names.iter().position(|n| *n == name).unwrap_or_else(|| {
                names.push(name);
                names.len() - 1
            });
            k % 8
        })
        .collect()
}

/// Bytes of text rendered at first, and added by each "Show more".
const WINDOW_BYTES: usize = 120 * 1024;

/// Where the picked entity, statement or sentence starts in the text.
fn focus_start(a: &Analysis, focus: Option<Focus>) -> Option<usize> {
    match focus? {
        Focus::Cluster(c) => {
            let first = *a.clusters.get(c)?.mentions.first()?;
            a.entities.get(first).map(|e| e.span.start)
        }
        Focus::Quote(q) => a.quotes.get(q)?.pieces.first().map(|p| p.start),
        Focus::Sentence(i) => a.sentences.get(i).map(|s| s.span.start),
    }
}

#[function_component(Highlighted)]
pub fn highlighted(props: &HighlightedProps) -> Html {
    let hidden = use_state(BTreeSet::<EntityLabel>::new);
    let window = use_state(|| WINDOW_BYTES);
    let text = &*props.text;
    let a = &*props.analysis;
    // Something picked beyond the rendered part: render up to it.
    {
        let window = window.clone();
        let start = focus_start(a, props.focus);
        use_effect_with(start, move |start| {
            if let Some(start) = *start {
                if start >= *window {
                    window.set(start + WINDOW_BYTES);
                }
            }
        });
    }
    // Scroll the focused marks into view once they are rendered.
    use_effect_with(props.focus, |focus| {
        if focus.is_some() {
            if let Some(e) = gloo::utils::document()
                .query_selector(".article .focused")
                .ok()
                .flatten()
            {
                e.scroll_into_view_with_bool(false);
            }
        }
    });
    let legend = EntityLabel::ALL.iter().filter_map(|&label| {
        let n = a.entities.iter().filter(|e| e.label == label).count();
        let shown = !hidden.contains(&label);
        let toggle = {
            let hidden = hidden.clone();
            Callback::from(move |_: MouseEvent| {
                let mut set = (*hidden).clone();
                if !set.remove(&label) {
                    set.insert(label);
                }
                hidden.set(set);
            })
        };
        (n > 0).then(|| html! {
            <li>
                <button type="button" class="legend-toggle" aria-pressed={shown.to_string()} onclick={toggle}
                    title={format!("Show or hide {} highlights", label.title().to_lowercase())}>
                    <span class={label_class(label)}>{ label.title() }</span>{ format!(" {n}") }
                </button>
            </li>
        })
    });
    let slots = speaker_slots(a);
    let pieces = Pieces::new(a);
    let focused_cluster = match props.focus {
        Some(Focus::Cluster(c)) => Some(c),
        _ => None,
    };
    let focused_sentence = match props.focus {
        // A summary sentence is outlined as the summary shows it.
        Some(Focus::Sentence(i)) => a
            .summary
            .span_of(i)
            .or_else(|| a.sentences.get(i).map(|s| s.span)),
        _ => None,
    };
    let cuts: Vec<usize> = focused_sentence.map_or(Vec::new(), |s| vec![s.start, s.end]);
    let all_paras = paragraphs(text);
    let total_paras = all_paras.len();
    let shown_paras = all_paras.partition_point(|p| p.start < *window);
    let more = show_more(
        shown_paras,
        total_paras,
        // Paragraphs in the next window, roughly (at least one).
        (shown_paras * WINDOW_BYTES / (*window).max(1)).max(1),
        "paragraphs",
        raise(&window, WINDOW_BYTES),
    );
    let paras = all_paras
        .into_iter()
        .take(shown_paras)
        .enumerate()
        .map(|(k, p)| {
            let runs: Vec<Run> = segments(a, &pieces, p, &cuts)
                .into_iter()
                .map(|seg| {
                    let words = seg.span.slice(text);
                    let mark = seg
                        .entity
                        .map(|i| &a.entities[i])
                        .filter(|e| !hidden.contains(&e.label))
                        .map(|e| {
                            let name = e
                                .cluster
                                .and_then(|c| a.clusters.get(c))
                                .map(|c| c.name.as_str());
                            let title = match name {
                                Some(n) if n != words => format!("{}: {n}", e.label.title()),
                                _ => e.label.title().to_owned(),
                            };
                            let focused = focused_cluster.is_some() && e.cluster == focused_cluster;
                            (label_class(e.label), title, focused)
                        });
                    let quote = seg.quote.map(|q| {
                        let quote = &a.quotes[q];
                        let kind = match quote.kind {
                            QuoteKind::Direct => "q-direct",
                            QuoteKind::Indirect => "q-reported",
                            QuoteKind::Mixed => "q-mixed",
                        };
                        let who = quote
                            .speaker
                            .as_ref()
                            .map_or("unknown speaker", |s| s.name.as_str());
                        (
                            kind,
                            slots[q],
                            format!("Said by {who}"),
                            props.focus == Some(Focus::Quote(q)),
                        )
                    });
                    Run {
                        words: words.to_owned(),
                        mark,
                        in_focused_sentence: focused_sentence.is_some_and(|s| s.contains(seg.span)),
                        quote,
                    }
                })
                .collect();
            html! { <Paragraph key={k} {runs} /> }
        });
    html! {
        <section class="panel highlighted" aria-labelledby="entities-heading">
            <h2 id="entities-heading">{ "Names in the text" }</h2>
            <ul class="legend" aria-label="Entity types found: press to show or hide">{ for legend }</ul>
            if a.sentences.is_empty() {
                <p class="empty">{ "Paste an article or pick an example to see its names highlighted." }</p>
            } else {
                <p class="quote-legend">
                    <span class="q q-direct spk-0">{ "direct quote" }</span>{ " · " }
                    <span class="q q-reported spk-0">{ "reported speech" }</span>{ " — underline colour = speaker" }
                </p>
                <div class="article">{ for paras }</div>
                { more }
            }
        </section>
    }
}

/// One run of a paragraph: its words and what they are inside.
#[derive(Clone, PartialEq)]
struct Run {
    words: String,
    /// Entity mark: (CSS class, title, focused).
    mark: Option<(String, String, bool)>,
    in_focused_sentence: bool,
    /// Statement: (kind class, speaker colour slot, title, focused).
    quote: Option<(&'static str, usize, String, bool)>,
}

#[derive(Properties, PartialEq)]
struct ParagraphProps {
    runs: Vec<Run>,
}

/// Runs rendered as one component: a paragraph is cut into pieces of this
/// many, so that an edit at its end renders one piece again, not the whole
/// paragraph (a 10,000-word text pasted without line breaks is one paragraph).
const RUNS_PER_PIECE: usize = 48;

/// A paragraph is its own component, and so is each piece of it, so that
/// after an edit only the pieces whose words or marks changed are rendered
/// again: typing in a 10,000-word article re-renders a few dozen words.
#[function_component(Paragraph)]
fn paragraph(props: &ParagraphProps) -> Html {
    let pieces = props
        .runs
        .chunks(RUNS_PER_PIECE)
        .enumerate()
        .map(|(k, runs)| html! { <Piece key={k} runs={runs.to_vec()} /> });
    html! { <p>{ for pieces }</p> }
}

#[function_component(Piece)]
fn piece(props: &ParagraphProps) -> Html {
    let nodes = props.runs.iter().map(|run| {
        let words = run.words.clone();
        let inner = match &run.mark {
            Some((class, title, focused)) => html! {
                <mark class={classes!(class.clone(), focused.then_some("focused"))} title={title.clone()}>{ words }</mark>
            },
            None => html! { { words } },
        };
        let inner = if run.in_focused_sentence {
            html! { <span class="focused sentence">{ inner }</span> }
        } else {
            inner
        };
        match &run.quote {
            Some((kind, slot, title, focused)) => html! {
                <span class={classes!("q", *kind, format!("spk-{slot}"), focused.then_some("focused"))}
                    title={title.clone()}>{ inner }</span>
            },
            None => inner,
        }
    });
    html! { <>{ for nodes }</> }
}
