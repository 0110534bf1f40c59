//! The page's line to the engine.
//!
//! In the browser the engine is a separate wasm module run by a module worker
//! (`engine-worker.js`), for two reasons: the page is usable while that larger
//! download (it carries the name model) is still arriving, and an analysis —
//! seconds for a 5 MB text — never blocks typing. The link sends one request
//! at a time and keeps only the newest waiting one, so a burst of edits costs
//! one analysis, not a queue of them; if a long analysis is running when a
//! newer text comes, the worker is restarted rather than waited for.
//!
//! Everything the worker says becomes an [`Action`] for the reducer, which
//! drops answers to superseded requests. Tests use [`Analyser::InPage`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::platform::spawn_local;
use yew::Callback;

use crate::app::state::{Action, Engine, Request};
use crate::{Analysis, Options};

/// The worker script, beside `index.html`.
const WORKER_URL: &str = "./engine-worker.js";
/// A running analysis of a text longer than this is abandoned (the worker
/// restarted) when a newer text comes, instead of waited for.
const RESTART_ABOVE_BYTES: usize = 256 * 1024;

/// An engine run in the page: text and settings in, analysis out.
pub type AnalyseFn = Rc<dyn Fn(&str, &Options) -> Analysis>;

/// How the page reaches the engine.
#[derive(Clone)]
pub enum Analyser {
    /// The engine module in a worker (the app).
    Worker,
    /// A function run on this thread after a yield (tests: no worker files).
    InPage(AnalyseFn),
}

impl PartialEq for Analyser {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Analyser::Worker, Analyser::Worker) => true,
            (Analyser::InPage(a), Analyser::InPage(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// A started engine: give it requests with [`EngineLink::send`].
#[derive(Clone)]
pub struct EngineLink(Rc<RefCell<Link>>);

struct Link {
    analyser: Analyser,
    on_action: Callback<Action>,
    worker: Option<(Worker, EventListener, EventListener)>,
    /// The request the engine is working on (its text length).
    running: Option<usize>,
    waiting: Option<Request>,
}

impl EngineLink {
    /// Start the engine (in the browser: the worker begins downloading it).
    pub fn start(analyser: Analyser, on_action: Callback<Action>) -> EngineLink {
        let link = EngineLink(Rc::new(RefCell::new(Link {
            analyser,
            on_action,
            worker: None,
            running: None,
            waiting: None,
        })));
        let in_page = matches!(link.0.borrow().analyser, Analyser::InPage(_));
        if in_page {
            link.0
                .borrow()
                .on_action
                .emit(Action::Engine(Engine::Ready));
        } else {
            link.spawn_worker();
        }
        link
    }

    /// Analyse `request` as soon as the engine is free.
    pub fn send(&self, request: Request) {
        let (running, has_worker) = {
            let link = self.0.borrow();
            (link.running, link.worker.is_some())
        };
        match running {
            Some(len) if len > RESTART_ABOVE_BYTES && has_worker => self.spawn_worker(),
            Some(_) => {
                self.0.borrow_mut().waiting = Some(request);
                return;
            }
            None => {}
        }
        self.run(request);
    }

    fn run(&self, request: Request) {
        let mut link = self.0.borrow_mut();
        link.running = Some(request.text.len());
        match (&link.analyser, &link.worker) {
            (Analyser::InPage(analyse), _) => {
                let analyse = analyse.clone();
                let this = self.clone();
                spawn_local(async move {
                    let analysis = analyse(&request.text, &request.options);
                    this.answered(Action::Analysed {
                        id: request.id,
                        result: Ok(Rc::new(analysis)),
                    });
                });
            }
            (Analyser::Worker, Some((worker, _, _))) => {
                let message = js_sys::Object::new();
                let options =
                    serde_wasm_bindgen::to_value(&request.options).unwrap_or(JsValue::UNDEFINED);
                let _ = js_sys::Reflect::set(
                    &message,
                    &"id".into(),
                    &JsValue::from_f64(request.id as f64),
                );
                let _ = js_sys::Reflect::set(
                    &message,
                    &"text".into(),
                    &JsValue::from_str(&request.text),
                );
                let _ = js_sys::Reflect::set(&message, &"options".into(), &options);
                if worker.post_message(&message).is_err() {
                    link.running = None;
                    let on_action = link.on_action.clone();
                    drop(link);
                    on_action.emit(Action::Analysed {
                        id: request.id,
                        result: Err("the analyser did not take the text".into()),
                    });
                }
            }
            (Analyser::Worker, None) => link.running = None,
        }
    }

    /// The engine finished a request: report it and start the waiting one.
    fn answered(&self, action: Action) {
        let (on_action, next) = {
            let mut link = self.0.borrow_mut();
            link.running = None;
            (link.on_action.clone(), link.waiting.take())
        };
        on_action.emit(action);
        if let Some(next) = next {
            self.run(next);
        }
    }

    /// (Re)start the worker; a running one is stopped and its work (and any
    /// request waiting for it) dropped.
    fn spawn_worker(&self) {
        let mut link = self.0.borrow_mut();
        if let Some((old, _, _)) = link.worker.take() {
            old.terminate();
        }
        link.running = None;
        link.waiting = None;
        let on_action = link.on_action.clone();
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = match Worker::new_with_options(WORKER_URL, &options) {
            Ok(w) => w,
            Err(_) => {
                drop(link);
                on_action.emit(Action::Engine(Engine::Failed(
                    "this browser cannot run the analyser in the background (module workers)"
                        .into(),
                )));
                return;
            }
        };
        let this = self.clone();
        let on_message = EventListener::new(&worker, "message", move |event| {
            if let Some(event) = event.dyn_ref::<MessageEvent>() {
                this.heard(&event.data());
            }
        });
        let on_error = EventListener::new(&worker, "error", move |_| {
            on_action.emit(Action::Engine(Engine::Failed(
                "the analyser's script could not be loaded".into(),
            )));
        });
        link.worker = Some((worker, on_message, on_error));
    }

    /// One message from the worker (see `engine-worker.js` for the protocol).
    fn heard(&self, data: &JsValue) {
        let field =
            |name: &str| js_sys::Reflect::get(data, &name.into()).unwrap_or(JsValue::UNDEFINED);
        let number = |name: &str| field(name).as_f64().unwrap_or(0.0);
        let text = |name: &str| field(name).as_string().unwrap_or_default();
        let id = number("id") as u64;
        let on_action = self.0.borrow().on_action.clone();
        match text("kind").as_str() {
            "loading" => on_action.emit(Action::Engine(Engine::Loading {
                loaded: number("loaded") as u64,
                total: number("total") as u64,
            })),
            "ready" => on_action.emit(Action::Engine(Engine::Ready)),
            "failed" => {
                self.0.borrow_mut().running = None;
                on_action.emit(Action::Engine(Engine::Failed(text("message"))))
            }
            "progress" => on_action.emit(Action::Progress {
                id,
                fraction: number("fraction") as f32,
            }),
            "result" => {
                let bytes = field("bytes")
                    .dyn_into::<js_sys::Uint8Array>()
                    .map(|a| a.to_vec())
                    .unwrap_or_default();
                let result = postcard::from_bytes::<Analysis>(&bytes)
                    .map(Rc::new)
                    .map_err(|e| format!("the analyser's answer could not be read ({e})"));
                // Reading the answer and showing it are two tasks, so neither
                // holds the page for long.
                let this = self.clone();
                gloo::timers::callback::Timeout::new(0, move || {
                    this.answered(Action::Analysed { id, result })
                })
                .forget();
            }
            "error" => self.answered(Action::Analysed {
                id,
                result: Err(text("message")),
            }),
            _ => {}
        }
    }
}
