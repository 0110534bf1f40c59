//! The app's state and its reducer: pure data, no DOM.
//!
//! Every action that replaces the user's text (an example, a share link,
//! Clear) keeps the old text in `previous`, so one click brings it back:
//! nothing typed is ever lost silently.

use std::rc::Rc;

use crate::share::{self, ShareError, Shared};
use crate::{analyse_with, Analysis, Options};

/// Largest text analysed in one go; beyond it the user gets a message.
pub const MAX_TEXT_BYTES: usize = share::MAX_TEXT_BYTES;

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
}

impl State {
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
        State {
            analysis: Rc::new(analyse_with(&text, &self.options)),
            analysed: text.clone(),
            text,
            stale: false,
            // Indices into the old analysis mean nothing in the new one.
            focus: None,
            ..self
        }
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

    /// The reducer (Yew's `Reducible` wraps this in `components`).
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
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
            Action::Analyse if this.stale => {
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
        })
    }
}

fn text_mb(text: &str) -> f64 {
    text.len() as f64 / (1024.0 * 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Rc<State> {
        Rc::new(State::default())
    }

    #[test]
    fn edits_wait_for_analyse_and_loads_analyse_at_once() {
        let s = start().reduce(Action::Edit("Umerov said the talks went well.".into()));
        assert!(s.stale);
        assert!(s.analysis.sentences.is_empty());
        let s = s.reduce(Action::Analyse);
        assert!(!s.stale);
        assert_eq!(s.analysis.sentences.len(), 1);
        let s = s.reduce(Action::Load("One. Two.".into()));
        assert_eq!(&*s.analysed, "One. Two.");
        assert_eq!(s.analysis.sentences.len(), 2);
    }

    #[test]
    fn replacing_the_text_is_undoable() {
        let s = start()
            .reduce(Action::Edit("My own draft.".into()))
            .reduce(Action::Load("An example.".into()));
        assert_eq!(s.notice.as_ref().and_then(|n| n.undo), Some("Undo"));
        let s = s.reduce(Action::Undo);
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
        let good = draft.reduce(Action::OpenShared(share::decode(&link)));
        assert_eq!(&*good.text, "Shared text. It has two sentences.");
        assert_eq!(good.analysis.sentences.len(), 2);
        assert_eq!(good.notice.as_ref().unwrap().undo, Some("Restore my draft"));
        assert_eq!(&*good.reduce(Action::Undo).text, "My draft.");
    }

    #[test]
    fn changing_the_summary_length_reanalyses() {
        let text = include_str!("../../seeds/ukraine-peace-talks.txt");
        let s = start().reduce(Action::Load(text.into()));
        assert_eq!(s.analysis.summary.sentences.len(), 3);
        let s = s.reduce(Action::SetOptions(Options {
            summary_length: crate::SummaryLength::Sentences(6),
        }));
        assert_eq!(s.analysis.summary.sentences.len(), 6);
    }

    #[test]
    fn focus_is_dropped_when_the_analysis_changes() {
        let s = start().reduce(Action::Load("Anna Berg said it works well enough.".into()));
        let s = s.reduce(Action::Focus(Some(Focus::Quote(0))));
        assert_eq!(s.focus, Some(Focus::Quote(0)));
        let s = s
            .reduce(Action::Edit("Other text.".into()))
            .reduce(Action::Analyse);
        assert_eq!(s.focus, None);
    }

    #[test]
    fn an_oversized_text_is_kept_but_not_analysed() {
        let big = "word ".repeat(MAX_TEXT_BYTES / 5 + 10);
        let s = start().reduce(Action::Load(big.clone()));
        assert_eq!(s.text.len(), big.len());
        assert!(s.analysis.sentences.is_empty());
        assert!(s.notice.as_ref().unwrap().is_error);
    }
}
