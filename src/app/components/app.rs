//! The page: editor on one side, the three result panels on the other.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::credits::Credits;
use super::editor::Editor;
use super::entity_panel::EntityPanel;
use super::exports::Exports;
use super::highlighted::Highlighted;
use super::quotes_table::QuotesTable;
use super::summary_panel::SummaryPanel;
use crate::app::browser;
use crate::app::engine::{Analyser, EngineLink};
use crate::app::state::{Action, State, AUTOSAVE_MAX_BYTES};
use crate::share;

/// Pause after the last keystroke before analysing.
const DEBOUNCE_MS: u32 = 250;

/// Yew's reducer hook over the pure [`State::reduce`].
#[derive(Clone, Default)]
struct Store(Rc<State>);

/// The reducer returns the same `Rc` when nothing changed: comparing
/// pointers spares a deep comparison of a long text and its analysis on
/// every action (progress reports come many times a second).
impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.clone().reduce(action)))
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where analyses run: the engine worker, or in the page (tests).
    pub analyser: Analyser,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let store = use_reducer_eq(Store::default);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let state = store.0.clone();

    // The engine starts loading at once; each new request goes to it.
    let engine = {
        let dispatcher = store.dispatcher();
        let analyser = props.analyser.clone();
        use_mut_ref(move || {
            EngineLink::start(analyser, Callback::from(move |a| dispatcher.dispatch(a)))
        })
    };
    {
        let engine = engine.clone();
        let request = state.request.clone();
        use_effect_with(request.as_ref().map(|r| r.id), move |_| {
            if let Some(request) = request {
                // Autosave what is about to be analysed (typing is saved once it pauses).
                if request.text.len() <= AUTOSAVE_MAX_BYTES {
                    browser::save_draft(&request.text);
                }
                engine.borrow().send(request);
            }
        });
    }

    // Callbacks are made once (`use_callback` with no deps): a new callback
    // on every render would make every panel render again on every keystroke.
    let dispatcher = store.dispatcher();
    let on_edit = {
        let dispatcher = dispatcher.clone();
        let timer = timer.clone();
        use_callback((), move |text: String, _| {
            dispatcher.dispatch(Action::Edit(text));
            let dispatcher = dispatcher.clone();
            // Replacing the handle drops (cancels) the previous timeout.
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                dispatcher.dispatch(Action::Analyse)
            }));
        })
    };

    // Start-up: bring back the saved draft, then open a share link if the URL has one.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            if let Some(draft) = browser::saved_draft().filter(|d| !d.is_empty()) {
                store.dispatch(Action::Resume(draft));
            }
            let open_fragment = move |store: &UseReducerHandle<Store>| {
                let fragment = browser::fragment();
                if share::is_share_fragment(&fragment) {
                    store.dispatch(Action::OpenShared(share::decode(&fragment)));
                    // Opened once: a reload must not replace later edits again.
                    browser::set_fragment("");
                }
            };
            open_fragment(&store);
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "hashchange", move |_| open_fragment(&store)));
            move || drop(listener)
        });
    }
    // A new share link goes into the address bar and the clipboard.
    let copied = use_state(|| None::<bool>);
    {
        let copied = copied.clone();
        use_effect_with(state.link.clone(), move |link| {
            copied.set(None);
            if let Some(fragment) = link.clone() {
                browser::set_fragment(&fragment);
                spawn_local(async move {
                    copied.set(Some(browser::copy(&browser::link_with(&fragment)).await));
                });
            }
        });
    }
    let on_action = {
        let dispatcher = dispatcher.clone();
        let timer = timer.clone();
        use_callback((), move |action: Action, _| {
            timer.borrow_mut().take();
            dispatcher.dispatch(action);
        })
    };
    // Picking something to show does not cancel a pending analysis.
    let on_focus = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |focus, _| {
            dispatcher.dispatch(Action::Focus(focus))
        })
    };
    let on_options = {
        let on_action = on_action.clone();
        use_callback((), move |options, _| {
            on_action.emit(Action::SetOptions(options))
        })
    };

    let theme = use_state(browser::saved_theme);
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            browser::set_theme(&value);
            theme.set(value);
        })
    };

    let a = state.analysis.clone();
    let text = state.analysed.clone();
    html! {
        <>
        <header class="top">
            <div class="top-row">
                <h1>{ "Lede" }</h1>
                <label class="theme">{ "Theme " }
                    <select id="theme" onchange={on_theme}>
                        <option value="" selected={theme.is_empty()}>{ "System" }</option>
                        <option value="light" selected={*theme == "light"}>{ "Light" }</option>
                        <option value="dark" selected={*theme == "dark"}>{ "Dark" }</option>
                    </select>
                </label>
            </div>
            <p class="tagline">{ "Names, who said what, and a summary of a news article — analysed in your browser. Nothing you paste leaves this page." }</p>
        </header>
        <main class="layout">
            <Editor text={state.text.clone()} revision={state.revision} current={state.is_current()} engine={state.engine.clone()}
                progress={state.request.as_ref().map(|r| (state.progress, r.text.len()))} notice={state.notice.clone()}
                link={state.link.clone()} copied={*copied} {on_edit} on_action={on_action.clone()} />
            <div class="results" aria-live="polite" aria-busy={if state.is_current() { "false" } else { "true" }}>
                <Highlighted text={text.clone()} analysis={a.clone()} focus={state.focus} />
                <EntityPanel analysis={a.clone()} focus={state.focus} on_focus={on_focus.clone()} />
                <QuotesTable text={text.clone()} analysis={a.clone()} focus={state.focus}
                    on_focus={on_focus.clone()} />
                <SummaryPanel text={text.clone()} analysis={a.clone()} options={state.options}
                    {on_options} focus={state.focus}
                    on_focus={on_focus.clone()} />
                // Always there (empty without an analysis): a child that comes and
                // goes at the end would make Yew rebuild the panels before it.
                <Exports {text} analysis={a} />
            </div>
        </main>
        <Credits />
        </>
    }
}
