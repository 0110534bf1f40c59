//! The app's state and its reducer: pure data, no DOM.
//!
//! Every action that replaces the user's text (an example, a share link,
//! Clear) keeps the old text in `previous`, so one click brings it back:
//! nothing typed is ever lost silently.
//!
//! The reducer never runs the engine itself: it files a [`Request`] (the
//! text and settings to analyse, numbered) and the engine — a worker in the
//! browser — answers with [`Action::Analysed`] for that number. Answers to
//! superseded requests are dropped, so a slow analysis of an old text never
//! overwrites a newer one.

use std::rc::Rc;

use crate::share::{self, ShareError, Shared};
use crate::{Analysis, Options};

/// Largest text analysed in one go; beyond it the user gets a message.
pub const MAX_TEXT_BYTES: usize = share::MAX_TEXT_BYTES;
/// Largest draft kept in the browser's storage (its quota is about 5 MB, and
/// writing it blocks the page); the status line says when a text is larger.
pub const AUTOSAVE_MAX_BYTES: usize = 2 * 1024 * 1024;

/// A message for the user, optionally offering to bring back `previous`.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub message: String,
    pub is_error: bool,
    /// Label of the button that restores `previous` ("Undo", "Restore my draft").
    pub undo: Option<&'static str>,
}

/// What the user picked to see in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// All mentions of one entity (index into `Analysis::clusters`).
    Cluster(usize),
    /// One statement (index into `Analysis::quotes`).
    Quote(usize),
    /// One sentence (index into `Analysis::sentences`), e.g. from the summary.
    Sentence(usize),
}

/// Text and settings the page wants analysed; `id` pairs it with the answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub id: u64,
    pub text: Rc<str>,
    pub options: Options,
}

/// Whether the engine (a separate, larger download) can analyse yet.
#[derive(Clone, Debug, PartialEq)]
pub enum Engine {
    /// Downloading: bytes so far, and the total if the server said (else 0).
    Loading {
        loaded: u64,
        total: u64,
    },
    Ready,
    /// It cannot load (offline on a first visit, an old browser, …).
    Failed(String),
}

impl Default for Engine {
    fn default() -> Self {
        Engine::Loading {
            loaded: 0,
            total: 0,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// What is in the text area, exactly as typed.
    pub text: Rc<str>,
    /// The text that `analysis` describes (lags `text` while typing).
    pub analysed: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub options: Options,
    /// The user's text changed since the last analysis.
    pub stale: bool,
    pub notice: Option<Notice>,
    /// The text an action replaced, for undo.
    pub previous: Option<Rc<str>>,
    /// The share fragment made by the last "Copy link".
    pub link: Option<String>,
    /// The entity or statement picked in a panel, shown in the text.
    pub focus: Option<Focus>,
    /// The analysis asked for and not answered yet.
    pub request: Option<Request>,
    /// How far the engine has got with `request` (0..=1).
    pub progress: f32,
    /// Number of the last request made.
    pub last_id: u64,
    /// Counts the times the app (not typing) put a new text in: the editor
    /// then copies `text` into the text area, which otherwise owns its value.
    pub revision: u64,
    pub engine: Engine,
}

pub enum Action {
    /// The user typed or pasted: keep the text, analyse later.
    Edit(String),
    /// Restore the autosaved draft at start-up.
    Resume(String),
    /// Replace the text with an example article and analyse at once.
    Load(String),
    /// Open what a share link carried (or report why it could not be opened).
    OpenShared(Result<Shared, ShareError>),
    /// Empty the text area (undoable).
    Clear,
    /// Bring back the text the last replacing action removed.
    Undo,
    /// Analyse the current text now.
    Analyse,
    /// Change the settings and analyse again.
    SetOptions(Options),
    /// Make a share link for the current text and settings.
    MakeLink,
    DismissNotice,
    /// Tell the user something went wrong (a file that cannot be opened, …).
    Problem(String),
    /// Show an entity's mentions or a statement in the text (None: clear).
    Focus(Option<Focus>),
    /// The engine's download advanced, finished or failed.
    Engine(Engine),
    /// The engine has done `fraction` of request `id`.
    Progress {
        id: u64,
        fraction: f32,
    },
    /// The engine's answer to request `id` (an error message if it failed).
    Analysed {
        id: u64,
        result: Result<Rc<Analysis>, String>,
    },
}

impl State {
    /// Ask for `text` to be analysed with the current settings.
    fn analysed_now(self, text: Rc<str>) -> State {
        if text.len() > MAX_TEXT_BYTES {
            let mb = text_mb(&text);
            return State {
                text,
                stale: false,
                notice: Some(Notice {
                    message: format!(
                        "This text is {:.1} MB; Lede analyses up to {} MB. Shorten it to see its analysis.",
                        mb,
                        MAX_TEXT_BYTES / (1024 * 1024)
                    ),
                    is_error: true,
                    undo: None,
                }),
                ..self
            };
        }
        let id = self.last_id + 1;
        State {
            request: Some(Request {
                id,
                text: text.clone(),
                options: self.options,
            }),
            progress: 0.0,
            last_id: id,
            text,
            stale: true,
            ..self
        }
    }

    /// Whether the analysis on show is of the text as it is now.
    pub fn is_current(&self) -> bool {
        !self.stale && self.request.is_none()
    }

    /// Replace the text, keeping the old one for undo if it had anything in it.
    fn replaced(self, text: Rc<str>, message: Option<String>, undo: &'static str) -> State {
        let previous =
            (!self.text.trim().is_empty() && self.text != text).then(|| self.text.clone());
        let notice = match (&previous, message) {
            (Some(_), Some(m)) => Some(Notice {
                message: m,
                is_error: false,
                undo: Some(undo),
            }),
            (Some(_), None) => Some(Notice {
                message: "The text was replaced.".into(),
                is_error: false,
                undo: Some(undo),
            }),
            (None, Some(m)) => Some(Notice {
                message: m,
                is_error: false,
                undo: None,
            }),
            (None, None) => None,
        };
        let mut next = State {
            notice,
            link: None,
            ..self
        }
        .analysed_now(text);
        next.previous = previous.or(next.previous);
        next
    }

    /// The reducer (Yew's `Reducible` wraps this in `components`). Returns
    /// `self` itself when nothing changed, so a pointer comparison tells.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let typed = matches!(action, Action::Edit(_));
        let mut next = self.clone().step(action);
        if !typed && !Rc::ptr_eq(&next.text, &self.text) {
            Rc::make_mut(&mut next).revision += 1;
        }
        next
    }

    fn step(self: Rc<Self>, action: Action) -> Rc<Self> {
        let this = (*self).clone();
        Rc::new(match action {
            Action::Edit(text) => State {
                text: text.into(),
                stale: true,
                link: None,
                ..this
            },
            Action::Resume(text) => this.analysed_now(text.into()),
            Action::Load(text) => this.replaced(text.into(), None, "Undo"),
            Action::OpenShared(Ok(shared)) => {
                let this = State {
                    options: shared.options,
                    ..this
                };
                this.replaced(
                    shared.text.into(),
                    Some("Opened the article from the link.".into()),
                    "Restore my draft",
                )
            }
            Action::OpenShared(Err(e)) => State {
                notice: Some(Notice {
                    message: e.to_string(),
                    is_error: true,
                    undo: None,
                }),
                ..this
            },
            Action::Clear => this.replaced("".into(), Some("Cleared.".into()), "Undo"),
            Action::Undo => match this.previous.clone() {
                Some(text) => {
                    let current = this.text.clone();
                    let mut next = State {
                        notice: None,
                        ..this
                    }
                    .analysed_now(text);
                    next.previous = (!current.trim().is_empty()).then_some(current);
                    next
                }
                None => this,
            },
            Action::Analyse
                if this.stale
                    && this
                        .request
                        .as_ref()
                        .is_none_or(|r| r.text != this.text || r.options != this.options) =>
            {
                let text = this.text.clone();
                this.analysed_now(text)
            }
            Action::Analyse => return self,
            Action::SetOptions(options) => {
                let text = this.text.clone();
                State {
                    options,
                    link: None,
                    ..this
                }
                .analysed_now(text)
            }
            Action::MakeLink => State {
                link: Some(share::encode(&this.text, &this.options)),
                ..this
            },
            Action::DismissNotice => State {
                notice: None,
                ..this
            },
            Action::Focus(focus) => State { focus, ..this },
            Action::Problem(message) => State {
                notice: Some(Notice {
                    message,
                    is_error: true,
                    undo: None,
                }),
                ..this
            },
            Action::Engine(engine) => State { engine, ..this },
            Action::Progress { id, fraction }
                if this.request.as_ref().is_some_and(|r| r.id == id) =>
            {
                State {
                    progress: fraction.clamp(0.0, 1.0),
                    ..this
                }
            }
            Action::Progress { .. } => return self,
            Action::Analysed { id, result } => {
                let Some(request) = this.request.clone().filter(|r| r.id == id) else {
                    return self;
                };
                match result {
                    Ok(analysis) => State {
                        stale: this.text != request.text,
                        analysis,
                        analysed: request.text,
                        request: None,
                        // Indices into the old analysis mean nothing in the new one.
                        focus: None,
                        ..this
                    },
                    Err(message) => State {
                        request: None,
                        notice: Some(Notice {
                            message: format!("The analysis failed: {message}"),
                            is_error: true,
                            undo: None,
                        }),
                        ..this
                    },
                }
            }
        })
    }
}

fn text_mb(text: &str) -> f64 {
    text.len() as f64 / (1024.0 * 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse_with;

    fn start() -> Rc<State> {
        Rc::new(State::default())
    }

    /// What the engine does: analyse the open request and answer it.
    fn answer(s: Rc<State>) -> Rc<State> {
        let Some(r) = s.request.clone() else {
            return s;
        };
        let analysis = Rc::new(analyse_with(&r.text, &r.options));
        s.reduce(Action::Analysed {
            id: r.id,
            result: Ok(analysis),
        })
    }

    #[test]
    fn edits_wait_for_analyse_and_loads_ask_at_once() {
        let s = start().reduce(Action::Edit("Umerov said the talks went well.".into()));
        assert!(s.stale);
        assert!(s.request.is_none());
        let s = s.reduce(Action::Analyse);
        assert!(s.request.is_some());
        assert!(!s.is_current());
        let s = answer(s);
        assert!(s.is_current());
        assert_eq!(s.analysis.sentences.len(), 1);
        let s = s.reduce(Action::Load("One. Two.".into()));
        assert_eq!(&*s.text, "One. Two.");
        let s = answer(s);
        assert_eq!(&*s.analysed, "One. Two.");
        assert_eq!(s.analysis.sentences.len(), 2);
    }

    #[test]
    fn the_revision_counts_replacements_not_typing() {
        let s = start().reduce(Action::Edit("Typed.".into()));
        assert_eq!(s.revision, 0);
        let s = s.reduce(Action::Load("An example.".into()));
        assert_eq!(s.revision, 1);
        let s = s.reduce(Action::Analyse).reduce(Action::DismissNotice);
        assert_eq!(s.revision, 1);
        let s = s.reduce(Action::Undo);
        assert_eq!((&*s.text, s.revision), ("Typed.", 2));
    }

    #[test]
    fn an_answer_to_a_superseded_request_is_dropped() {
        let s = start()
            .reduce(Action::Edit("First text.".into()))
            .reduce(Action::Analyse);
        let first = s.request.clone().unwrap();
        let s = s
            .reduce(Action::Edit("Second text. Longer.".into()))
            .reduce(Action::Analyse);
        let late = s.clone().reduce(Action::Analysed {
            id: first.id,
            result: Ok(Rc::new(analyse_with(&first.text, &first.options))),
        });
        assert!(late.analysis.sentences.is_empty());
        assert!(!late.is_current());
        let s = answer(s);
        assert_eq!(&*s.analysed, "Second text. Longer.");
        assert_eq!(s.analysis.sentences.len(), 2);
    }

    #[test]
    fn typing_during_an_analysis_keeps_the_result_but_marks_it_stale() {
        let s = start()
            .reduce(Action::Edit("First text.".into()))
            .reduce(Action::Analyse)
            .reduce(Action::Edit("First text, edited.".into()));
        let s = answer(s);
        assert_eq!(&*s.analysed, "First text.");
        assert!(s.stale);
        assert!(s.request.is_none());
        // The next pause in typing asks again.
        assert!(s.reduce(Action::Analyse).request.is_some());
    }

    #[test]
    fn analyse_does_not_ask_twice_for_the_same_text() {
        let s = start()
            .reduce(Action::Edit("Same text.".into()))
            .reduce(Action::Analyse);
        let id = s.request.as_ref().unwrap().id;
        let s = s.reduce(Action::Analyse);
        assert_eq!(s.request.as_ref().unwrap().id, id);
    }

    #[test]
    fn progress_counts_only_for_the_open_request() {
        let s = start()
            .reduce(Action::Edit("Text.".into()))
            .reduce(Action::Analyse);
        let id = s.request.as_ref().unwrap().id;
        let s = s.reduce(Action::Progress {
            id: id + 7,
            fraction: 0.5,
        });
        assert_eq!(s.progress, 0.0);
        let s = s.reduce(Action::Progress { id, fraction: 0.5 });
        assert_eq!(s.progress, 0.5);
    }

    #[test]
    fn a_failed_analysis_says_so_and_keeps_the_text() {
        let s = start()
            .reduce(Action::Edit("Text.".into()))
            .reduce(Action::Analyse);
        let id = s.request.as_ref().unwrap().id;
        let s = s.reduce(Action::Analysed {
            id,
            result: Err("out of memory".into()),
        });
        assert_eq!(&*s.text, "Text.");
        assert!(s.notice.as_ref().unwrap().message.contains("out of memory"));
        assert!(s.request.is_none());
    }

    #[test]
    fn replacing_the_text_is_undoable() {
        let s = start()
            .reduce(Action::Edit("My own draft.".into()))
            .reduce(Action::Load("An example.".into()));
        assert_eq!(s.notice.as_ref().and_then(|n| n.undo), Some("Undo"));
        let s = answer(s.reduce(Action::Undo));
        assert_eq!(&*s.text, "My own draft.");
        assert_eq!(&*s.analysed, "My own draft.");
        let s = s.reduce(Action::Clear);
        assert_eq!(&*s.text, "");
        assert_eq!(&*s.reduce(Action::Undo).text, "My own draft.");
    }

    #[test]
    fn a_share_link_round_trips_and_a_bad_one_keeps_the_draft() {
        let s = start()
            .reduce(Action::Edit("Shared text. It has two sentences.".into()))
            .reduce(Action::MakeLink);
        let link = s.link.clone().unwrap();
        let draft = start().reduce(Action::Edit("My draft.".into()));
        let bad = draft
            .clone()
            .reduce(Action::OpenShared(share::decode(&link[..link.len() - 5])));
        assert_eq!(&*bad.text, "My draft.");
        assert!(bad.notice.as_ref().unwrap().is_error);
        let good = answer(draft.reduce(Action::OpenShared(share::decode(&link))));
        assert_eq!(&*good.text, "Shared text. It has two sentences.");
        assert_eq!(good.analysis.sentences.len(), 2);
        assert_eq!(good.notice.as_ref().unwrap().undo, Some("Restore my draft"));
        assert_eq!(&*good.reduce(Action::Undo).text, "My draft.");
    }

    #[test]
    fn changing_the_summary_length_reanalyses() {
        let text = include_str!("../../seeds/ukraine-peace-talks.txt");
        let s = answer(start().reduce(Action::Load(text.into())));
        assert_eq!(s.analysis.summary.sentences.len(), 3);
        let s = answer(s.reduce(Action::SetOptions(Options {
            summary_length: crate::SummaryLength::Sentences(6),
        })));
        assert_eq!(s.analysis.summary.sentences.len(), 6);
    }

    #[test]
    fn focus_is_dropped_when_the_analysis_changes() {
        let s = answer(start().reduce(Action::Load("Anna Berg said it works well enough.".into())));
        let s = s.reduce(Action::Focus(Some(Focus::Quote(0))));
        assert_eq!(s.focus, Some(Focus::Quote(0)));
        let s = s
            .reduce(Action::Edit("Other text.".into()))
            .reduce(Action::Analyse);
        assert_eq!(
            s.focus,
            Some(Focus::Quote(0)),
            "kept until the new analysis arrives"
        );
        assert_eq!(answer(s).focus, None);
    }

    #[test]
    fn an_oversized_text_is_kept_but_not_analysed() {
        let big = "word ".repeat(MAX_TEXT_BYTES / 5 + 10);
        let s = start().reduce(Action::Load(big.clone()));
        assert_eq!(s.text.len(), big.len());
        assert!(s.request.is_none());
        assert!(s.notice.as_ref().unwrap().is_error);
    }
}
