//! The app's state and its reducer: pure data, no DOM.

use std::rc::Rc;

use crate::{analyse_with, Analysis, Options};

/// Largest text analysed in one go; beyond it the user gets a message.
pub const MAX_TEXT_BYTES: usize = 5 * 1024 * 1024;

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
    /// Something to tell the user (too long, …).
    pub notice: Option<String>,
}

pub enum Action {
    /// The user typed or pasted: keep the text, analyse later.
    Edit(String),
    /// Replace the text (an example article) and analyse at once.
    Load(String),
    /// Analyse the current text now.
    Analyse,
}

impl State {
    fn analysed_now(&self, text: Rc<str>) -> State {
        if text.len() > MAX_TEXT_BYTES {
            return State {
                text,
                stale: false,
                notice: Some(format!(
                    "This text is over {} MB; Lede analyses up to {} MB. Shorten it to see the analysis.",
                    MAX_TEXT_BYTES / (1024 * 1024),
                    MAX_TEXT_BYTES / (1024 * 1024)
                )),
                ..self.clone()
            };
        }
        State {
            analysis: Rc::new(analyse_with(&text, &self.options)),
            analysed: text.clone(),
            text,
            options: self.options,
            stale: false,
            notice: None,
        }
    }
}

impl State {
    /// The reducer (Yew's `Reducible` wraps this in `components`).
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(text) => Rc::new(State {
                text: text.into(),
                stale: true,
                ..(*self).clone()
            }),
            Action::Load(text) => Rc::new(self.analysed_now(text.into())),
            Action::Analyse if self.stale => Rc::new(self.analysed_now(self.text.clone())),
            Action::Analyse => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_wait_for_analyse_and_loads_analyse_at_once() {
        let s = Rc::new(State::default());
        let s = s.reduce(Action::Edit("Umerov said the talks went well.".into()));
        assert!(s.stale);
        assert!(s.analysis.sentences.is_empty());
        let s = s.reduce(Action::Analyse);
        assert!(!s.stale);
        assert_eq!(s.analysis.sentences.len(), 1);
        let s = s.reduce(Action::Load("One. Two.".into()));
        assert_eq!(&*s.analysed, "One. Two.");
        assert_eq!(s.analysis.sentences.len(), 2);
    }
}
