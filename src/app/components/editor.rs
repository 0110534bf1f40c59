//! The text area, its buttons (examples, clear, share link) and notices.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement, HtmlTextAreaElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::seeds::SEEDS;
use crate::app::state::{Action, Engine, Notice, AUTOSAVE_MAX_BYTES, MAX_TEXT_BYTES};
use crate::import::{html_to_text, utf16_to_byte, FileKind};
use crate::share::LONG_LINK_CHARS;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub text: Rc<str>,
    /// Changes when the app (not typing) put a new text in.
    pub revision: u64,
    /// The analysis on show is of the text as it is now.
    pub current: bool,
    pub engine: Engine,
    /// The open request: how far it has got, and its length in bytes.
    pub progress: Option<(f32, usize)>,
    pub notice: Option<Notice>,
    /// The fragment of the last share link made, if any.
    pub link: Option<String>,
    /// Whether that link reached the clipboard (None: not yet known).
    pub copied: Option<bool>,
    pub on_edit: Callback<String>,
    pub on_action: Callback<Action>,
}

/// Read a dropped or chosen file and load its text (undoable), or say why not.
fn open_file(file: File, on_action: Callback<Action>) {
    let name = file.name();
    let Some(kind) = FileKind::of(&name) else {
        on_action.emit(Action::Problem(format!(
            "Lede opens .txt, .html and .md files; “{name}” is none of these."
        )));
        return;
    };
    if file.size() > MAX_TEXT_BYTES as f64 {
        on_action.emit(Action::Problem(format!(
            "“{name}” is over {} MB, more than Lede analyses.",
            MAX_TEXT_BYTES / (1024 * 1024)
        )));
        return;
    }
    spawn_local(async move {
        match JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
        {
            Some(content) => on_action.emit(Action::Load(kind.to_text(&content))),
            None => on_action.emit(Action::Problem(format!("“{name}” could not be read."))),
        }
    });
}

/// A text's size for people: "840 KB", "2.8 MB".
fn size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// Analyses of texts above this size show a progress bar.
const PROGRESS_BAR_ABOVE_BYTES: usize = 100 * 1024;

/// The line under the text area: size, and what the analyser is doing. The
/// live region says only what phase it is in; the figures are in the bar and
/// beside it, so a screen reader is not told every percent.
fn status(props: &EditorProps, words: usize) -> Html {
    // (phase for the live region, (bar value 0..=1 or unknown, bar label, figure))
    type Bar = (Option<f64>, &'static str, String);
    let (phase, bar): (Option<String>, Option<Bar>) = match (&props.engine, props.progress) {
        (Engine::Failed(why), _) => (
            Some(format!(
                "the analyser could not load: {why}. Typing, examples and links still work; reload to try again."
            )),
            None,
        ),
        (Engine::Loading { loaded, total }, _) => {
            let fraction = (*total > 0).then(|| (*loaded as f64 / *total as f64).min(1.0));
            let figure = match fraction {
                Some(f) => format!("{:.0} %", f * 100.0),
                None if *loaded > 0 => size(*loaded),
                None => String::new(),
            };
            (
                Some("loading the analyser…".to_owned()),
                Some((fraction, "Loading the analyser", figure)),
            )
        }
        (Engine::Ready, Some((done, bytes))) if bytes > PROGRESS_BAR_ABOVE_BYTES => (
            Some(format!("analysing {}…", size(bytes as u64))),
            Some((Some(done as f64), "Analysis progress", format!("{:.0} %", done * 100.0))),
        ),
        (Engine::Ready, _) if !props.current => (Some("analysing…".to_owned()), None),
        (Engine::Ready, _) => (None, None),
    };
    let failed = matches!(props.engine, Engine::Failed(_));
    html! {
        <div class="status-line">
            <p class="status" id="status" role={if failed { "alert" } else { "status" }}>
                { format!("{words} words") }
                if props.text.len() > AUTOSAVE_MAX_BYTES {
                    { format!(" · over {} MB: not autosaved, keep your own copy", AUTOSAVE_MAX_BYTES / (1024 * 1024)) }
                }
                { for phase.map(|p| html! {
                    <span class={classes!("busy", failed.then_some("error"))}>{ format!(" · {p}") }</span>
                }) }
            </p>
            { for bar.map(|(value, label, figure)| html! {
                <>
                    <progress id="progress" max="1" value={value.map(|v| v.to_string())} aria-label={label} />
                    <span class="progress-figure" aria-hidden="true">{ figure }</span>
                </>
            }) }
        </div>
    }
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    // Rich text (a web page) is pasted as its words and paragraphs, at the cursor.
    let onpaste = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let Some(e) = e.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let Some(html) = e
                .clipboard_data()
                .and_then(|d| d.get_data("text/html").ok())
            else {
                return;
            };
            if html.trim().is_empty() {
                return;
            }
            e.prevent_default();
            let area = e.target_unchecked_into::<HtmlTextAreaElement>();
            let value = area.value();
            let start = utf16_to_byte(
                &value,
                area.selection_start().ok().flatten().unwrap_or(0) as usize,
            );
            let end = utf16_to_byte(
                &value,
                area.selection_end().ok().flatten().unwrap_or(0) as usize,
            )
            .max(start);
            let pasted = html_to_text(&html);
            let text = format!("{}{}{}", &value[..start], pasted, &value[end..]);
            area.set_value(&text);
            let cursor = value[..start].encode_utf16().count() + pasted.encode_utf16().count();
            let _ = area.set_selection_range(cursor as u32, cursor as u32);
            on_edit.emit(text);
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                open_file(file, on_action.clone());
            }
        })
    };
    let onchoose = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open_file(file, on_action.clone());
            }
            input.set_value("");
        })
    };
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
    // The text area owns its value while the user types (so a 5 MB text is
    // not copied into it on every render); the app's own replacements are
    // copied in when `revision` moves.
    let area = use_node_ref();
    // The revision already in the text area: not the one at mount time, so
    // that what the user types before the first effect runs is not wiped.
    let applied = use_mut_ref(|| props.revision);
    {
        let area = area.clone();
        let text = props.text.clone();
        use_effect_with(props.revision, move |&revision| {
            if *applied.borrow() == revision {
                return;
            }
            *applied.borrow_mut() = revision;
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                if area.value() != *text {
                    area.set_value(&text);
                }
            }
        });
    }
    let words = *use_memo(props.text.clone(), |t| t.split_whitespace().count());
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
        <section class="panel editor" aria-labelledby="article-heading" {ondragover} {ondrop}>
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
            <textarea id="input" ref={area} {oninput} {onpaste} spellcheck="false"
                placeholder="Paste or type a news article here (or drop a .txt, .html or .md file): headline on the first line, then the paragraphs." />
            <div class="editor-bar">
                { status(props, words) }
                <div class="actions">
                    <label class="file-button">{ "Open file…" }
                        <input type="file" id="open-file" class="visually-hidden" onchange={onchoose}
                            accept=".txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown" />
                    </label>
                    <button type="button" id="copy-link" onclick={act(|| Action::MakeLink)}
                        disabled={props.text.trim().is_empty()}>{ "Copy link" }</button>
                    <button type="button" id="clear" onclick={act(|| Action::Clear)}
                        disabled={props.text.is_empty()}>{ "Clear" }</button>
                </div>
            </div>
            // Messages in one stable wrapper: a node appearing after the text
            // area must not make Yew rebuild the text area (which owns its value).
            <div class="editor-notes">
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
            </div>
        </section>
    }
}
