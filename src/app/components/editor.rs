//! The text area, its buttons (examples, clear, share link) and notices.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::app::seeds::SEEDS;
use crate::app::state::{Action, Notice};
use crate::share::LONG_LINK_CHARS;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub text: Rc<str>,
    pub stale: bool,
    pub notice: Option<Notice>,
    /// The fragment of the last share link made, if any.
    pub link: Option<String>,
    /// Whether that link reached the clipboard (None: not yet known).
    pub copied: Option<bool>,
    pub on_edit: Callback<String>,
    pub on_action: Callback<Action>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            on_edit.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let act = |make: fn() -> Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(make()))
    };
    let words = props.text.split_whitespace().count();
    let seed = SEEDS.iter().find(|s| *s.text == *props.text);
    let link_note = props.link.as_ref().map(|fragment| {
        // The whole URL is what gets pasted: page address + '#' + fragment.
        let len = crate::app::browser::link_with(fragment).chars().count();
        let copied = match props.copied {
            Some(true) => "Link copied to the clipboard",
            Some(false) => "The browser did not allow copying: copy the link from the address bar",
            None => "Copying the link…",
        };
        let long = len > LONG_LINK_CHARS;
        html! {
            <p class={classes!("link-note", long.then_some("warn"))} role="status">
                { format!("{copied} ({len} characters).") }
                if long {
                    { format!(" Links over {LONG_LINK_CHARS} characters may be cut off by chat apps and mail; share a file export instead.") }
                }
            </p>
        }
    });
    html! {
        <section class="panel editor" aria-labelledby="article-heading">
            <h2 id="article-heading">{ "Article" }</h2>
            <div class="examples" role="group" aria-label="Example articles">
                <span class="examples-label">{ "Examples:" }</span>
                { for SEEDS.iter().map(|s| {
                    let on_action = props.on_action.clone();
                    let onclick = Callback::from(move |_| on_action.emit(Action::Load(s.text.to_owned())));
                    html! { <button type="button" class="example" data-seed={s.key} {onclick}>{ s.label }</button> }
                }) }
            </div>
            <label for="input" class="visually-hidden">{ "Article text" }</label>
            <textarea id="input" value={props.text.to_string()} {oninput} spellcheck="false"
                placeholder="Paste or type a news article here: headline on the first line, then the paragraphs." />
            <div class="editor-bar">
                <p class="status" role="status">
                    { format!("{words} words") }
                    if props.stale { <span class="busy">{ " · analysing…" }</span> }
                </p>
                <div class="actions">
                    <button type="button" id="copy-link" onclick={act(|| Action::MakeLink)}
                        disabled={props.text.trim().is_empty()}>{ "Copy link" }</button>
                    <button type="button" id="clear" onclick={act(|| Action::Clear)}
                        disabled={props.text.is_empty()}>{ "Clear" }</button>
                </div>
            </div>
            { for link_note }
            { for props.notice.iter().map(|n| html! {
                <div class={classes!("notice", n.is_error.then_some("error"))} role={if n.is_error { "alert" } else { "status" }}>
                    <span>{ n.message.clone() }</span>
                    { for n.undo.map(|label| html! {
                        <button type="button" class="undo" onclick={act(|| Action::Undo)}>{ label }</button>
                    }) }
                    <button type="button" class="dismiss" aria-label="Dismiss this message"
                        onclick={act(|| Action::DismissNotice)}>{ "×" }</button>
                </div>
            }) }
            { for seed.map(|s| html! {
                <p class="seed-credit">
                    { s.credit }
                    { for s.url.map(|u| html! { <>{ " " }<a href={u} rel="noopener" target="_blank">{ "Original" }</a></> }) }
                    { for s.licence.map(|(name, url)| html! { <>{ " · " }<a href={url} rel="noopener license" target="_blank">{ name }</a></> }) }
                </p>
            }) }
        </section>
    }
}
