//! Footer: where the examples and the training data come from.

use yew::prelude::*;

#[function_component(Credits)]
pub fn credits() -> Html {
    html! {
        <footer class="credits">
            <p>
                { "Lede runs entirely in this page (Rust compiled to WebAssembly). " }
                { "Example articles: five from " }
                <a href="https://en.wikinews.org" rel="noopener">{ "Wikinews" }</a>
                { " (" }<a href="https://creativecommons.org/licenses/by/2.5/" rel="noopener license">{ "CC BY 2.5" }</a>{ "), " }
                { "one NASA press release (public domain; no NASA endorsement implied), and one news report whose source and licence are not recorded. " }
                { "Each example's credit is shown under the text when it is loaded." }
            </p>
        </footer>
    }
}
