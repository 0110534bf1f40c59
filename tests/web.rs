//! The app in a real browser (headless Chromium via wasm-bindgen-test-runner):
//! typing and the example button lead to highlights, table rows and a summary.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    // The engine runs in the page here (the test runner serves no worker files).
    let analyser = lede::app::engine::Analyser::InPage(std::rc::Rc::new(lede::analyse_with));
    yew::Renderer::<lede::app::App>::with_root_and_props(
        root.clone(),
        lede::app::AppProps { analyser },
    )
    .render();
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn textarea(root: &Element) -> HtmlTextAreaElement {
    root.query_selector("#input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

async fn settle() {
    TimeoutFuture::new(600).await;
}

#[wasm_bindgen_test]
async fn typing_an_article_shows_entities_quotes_and_summary() {
    let root = mount();
    settle().await;
    assert_eq!(count(&root, "mark.ent"), 0);
    let input = textarea(&root);
    input.set_value(
        "Talks end in Geneva\n\nForeign Minister Anna Berg said the talks in Geneva were useful. \
         “We will meet again next week,” Berg told reporters. The meeting lasted three hours.",
    );
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
    assert!(
        count(&root, "mark.ent-person") >= 1,
        "no person highlighted"
    );
    assert!(
        count(&root, ".quotes tbody tr") >= 2,
        "expected a reported and a direct statement"
    );
    assert!(root.text_content().unwrap().contains("Anna Berg"));
    assert!(count(&root, ".summary-sentences li") >= 1);
    assert_eq!(
        root.query_selector(".gist")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Talks end in Geneva"
    );
}

#[wasm_bindgen_test]
async fn example_button_loads_and_analyses_the_seed_article() {
    let root = mount();
    settle().await;
    let button: HtmlElement = root
        .query_selector("button[data-seed='ukraine-peace-talks']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    settle().await;
    let input = textarea(&root);
    assert!(input
        .value()
        .starts_with("Ukraine calls latest peace talks"));
    assert!(count(&root, "mark.ent") > 10);
    assert!(count(&root, ".quotes tbody tr") >= 5);
    assert_eq!(count(&root, ".summary-sentences li"), 3);
    assert!(
        root.query_selector(".seed-credit").unwrap().is_some(),
        "the example's credit is shown"
    );
}
