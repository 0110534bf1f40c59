//! The page: editor on one side, the three result panels on the other.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::credits::Credits;
use super::editor::Editor;
use super::highlighted::Highlighted;
use super::quotes_table::QuotesTable;
use super::summary_panel::SummaryPanel;
use crate::app::state::{Action, State};

/// Pause after the last keystroke before analysing.
const DEBOUNCE_MS: u32 = 250;

/// Yew's reducer hook over the pure [`State::reduce`].
#[derive(Clone, PartialEq, Default)]
struct Store(Rc<State>);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.clone().reduce(action)))
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let store = use_reducer_eq(Store::default);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let state = store.0.clone();

    let on_edit = {
        let store = store.clone();
        let timer = timer.clone();
        Callback::from(move |text: String| {
            store.dispatch(Action::Edit(text));
            let store = store.clone();
            // Replacing the handle drops (cancels) the previous timeout.
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                store.dispatch(Action::Analyse)
            }));
        })
    };
    let on_load = {
        let store = store.clone();
        let timer = timer.clone();
        Callback::from(move |text: String| {
            timer.borrow_mut().take();
            store.dispatch(Action::Load(text));
        })
    };

    let a = state.analysis.clone();
    let text = state.analysed.clone();
    html! {
        <>
        <header class="top">
            <h1>{ "Lede" }</h1>
            <p class="tagline">{ "Names, who said what, and a summary of a news article — analysed in your browser. Nothing you paste leaves this page." }</p>
        </header>
        <main class="layout">
            <Editor text={state.text.clone()} stale={state.stale} notice={state.notice.clone()} {on_edit} {on_load} />
            <div class="results" aria-live="polite" aria-busy={if state.stale { "true" } else { "false" }}>
                <Highlighted text={text.clone()} analysis={a.clone()} />
                <QuotesTable text={text.clone()} analysis={a.clone()} />
                <SummaryPanel {text} analysis={a} />
            </div>
        </main>
        <Credits />
        </>
    }
}
