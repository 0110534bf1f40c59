//! The text area and the example articles.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::app::seeds::SEEDS;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub text: Rc<str>,
    pub stale: bool,
    pub notice: Option<String>,
    pub on_edit: Callback<String>,
    pub on_load: Callback<String>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            on_edit.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let words = props.text.split_whitespace().count();
    let seed = SEEDS.iter().find(|s| *s.text == *props.text);
    html! {
        <section class="panel editor" aria-labelledby="article-heading">
            <h2 id="article-heading">{ "Article" }</h2>
            <div class="examples" role="group" aria-label="Example articles">
                <span class="examples-label">{ "Examples:" }</span>
                { for SEEDS.iter().map(|s| {
                    let on_load = props.on_load.clone();
                    let onclick = Callback::from(move |_| on_load.emit(s.text.to_owned()));
                    html! { <button type="button" class="example" data-seed={s.key} {onclick}>{ s.label }</button> }
                }) }
            </div>
            <label for="input" class="visually-hidden">{ "Article text" }</label>
            <textarea id="input" value={props.text.to_string()} {oninput} spellcheck="false"
                placeholder="Paste or type a news article here: headline on the first line, then the paragraphs." />
            <p class="status" role="status">
                { format!("{words} words") }
                { if props.stale { html! { <span class="busy">{ " · analysing…" }</span> } } else { html! {} } }
            </p>
            { for props.notice.iter().map(|n| html! { <p class="notice" role="alert">{ n.clone() }</p> }) }
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
