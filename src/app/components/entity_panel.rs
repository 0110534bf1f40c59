//! One card per entity (canonical name, type, mentions, aliases, role);
//! picking a card outlines its mentions in the text. A filter box narrows them.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::highlighted::label_class;
use super::more::{raise, show_more};
use crate::app::state::Focus;
use crate::Analysis;

#[derive(Properties, PartialEq)]
pub struct EntityPanelProps {
    pub analysis: Rc<Analysis>,
    pub focus: Option<Focus>,
    pub on_focus: Callback<Option<Focus>>,
}

/// Cards shown at first, and added by each "Show more".
const CARDS_STEP: usize = 120;

#[function_component(EntityPanel)]
pub fn entity_panel(props: &EntityPanelProps) -> Html {
    let filter = use_state(String::new);
    let limit = use_state(|| CARDS_STEP);
    let a = &*props.analysis;
    let needle = filter.to_lowercase();
    let mut order: Vec<usize> = (0..a.clusters.len()).collect();
    order.sort_by_key(|&c| std::cmp::Reverse(a.clusters[c].mentions.len()));
    let cards = order.into_iter().filter(|&c| {
        let cl = &a.clusters[c];
        needle.is_empty()
            || cl.name.to_lowercase().contains(&needle)
            || cl
                .aliases
                .iter()
                .any(|x| x.to_lowercase().contains(&needle))
            || cl.label.title().to_lowercase().contains(&needle)
    });
    let matching: Vec<usize> = cards.collect();
    let cards: Vec<Html> = matching
        .iter()
        .take(*limit)
        .map(|&c| {
            let cl = &a.clusters[c];
            let selected = props.focus == Some(Focus::Cluster(c));
            let onclick = {
                let on_focus = props.on_focus.clone();
                Callback::from(move |_: MouseEvent| on_focus.emit((!selected).then_some(Focus::Cluster(c))))
            };
            html! {
                <li>
                    <button type="button" class={classes!("card", selected.then_some("selected"))}
                        aria-pressed={selected.to_string()} {onclick}>
                        <span class="card-name">{ &cl.name }</span>
                        <span class={label_class(cl.label)}>{ cl.label.title() }</span>
                        <span class="card-count">{ format!("×{}", cl.mentions.len()) }</span>
                        if let Some(role) = &cl.role { <span class="card-role">{ role }</span> }
                        if !cl.aliases.is_empty() { <span class="card-aliases">{ format!("also: {}", cl.aliases.join(", ")) }</span> }
                    </button>
                </li>
            }
        })
        .collect();
    let oninput = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            filter.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <section class="panel entities" aria-labelledby="cards-heading">
            <div class="panel-head">
                <h2 id="cards-heading">{ format!("Entities ({})", a.clusters.len()) }</h2>
                <input type="search" id="entity-filter" placeholder="Filter" aria-label="Filter entities"
                    value={(*filter).clone()} {oninput} />
            </div>
            if a.clusters.is_empty() {
                <p class="empty">{ "No names found yet." }</p>
            } else if matching.is_empty() {
                <p class="empty">{ "No entity matches the filter." }</p>
            } else {
                <ul class="cards">{ for cards }</ul>
                { show_more((*limit).min(matching.len()), matching.len(), CARDS_STEP, "entities", raise(&limit, CARDS_STEP)) }
            }
        </section>
    }
}
