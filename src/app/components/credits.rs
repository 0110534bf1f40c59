//! Footer: where the examples, the models and their data come from.

use yew::prelude::*;

#[function_component(Credits)]
pub fn credits() -> Html {
    html! {
        <footer class="credits">
            <p>
                { "Lede runs entirely in this page (Rust compiled to WebAssembly); nothing you paste is sent anywhere. " }
                { "Example articles: five from " }
                <a href="https://en.wikinews.org" rel="noopener">{ "Wikinews" }</a>
                { " (" }<a href="https://creativecommons.org/licenses/by/2.5/" rel="noopener license">{ "CC BY 2.5" }</a>{ "), " }
                { "one NASA press release (public domain; no NASA endorsement implied), and one news report whose source and licence are not recorded. " }
                { "Each example's credit is shown under the text when it is loaded." }
            </p>
            <p>
                { "The name tagger was trained on CoNLL-2003 (Reuters newswire, for research use). " }
                { "Name lists: US 1990 Census names (public domain), Faker's first names and surnames (MIT), " }
                { "i18n-nationality (MIT), S&P 500 companies (ODC-PDDL), university-domains-list (MIT); " }
                { "WordNet 3.0 Copyright 2006 by Princeton University, all rights reserved (" }
                <a href="https://wordnet.princeton.edu/license-and-commercial-use" rel="noopener license">{ "WordNet licence" }</a>
                { "); place names contain data from " }
                <a href="https://www.geonames.org" rel="noopener">{ "GeoNames" }</a>
                { " (" }<a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener license">{ "CC BY 4.0" }</a>{ "). " }
                { "The quote reader was trained on PolNeAR (news attribution, for research use) and the summariser tuned on BBC News Summary articles." }
            </p>
        </footer>
    }
}
