//! The example articles the app offers, with the credit each licence asks for.
//!
//! The texts are compiled in (`include_str!`) so examples work offline and
//! need no fetch; sources and licences are in `seeds/SOURCES.md`.

/// One example article.
pub struct Seed {
    /// Stable key (the file name without `.txt`).
    pub key: &'static str,
    /// Short label for the picker.
    pub label: &'static str,
    pub text: &'static str,
    /// The credit line to show next to the text.
    pub credit: &'static str,
    /// Link to the original, if known.
    pub url: Option<&'static str>,
    /// Licence name and link, if known.
    pub licence: Option<(&'static str, &'static str)>,
}

const CC_BY_25: (&str, &str) = ("CC BY 2.5", "https://creativecommons.org/licenses/by/2.5/");

pub const SEEDS: &[Seed] = &[
    Seed {
        key: "ukraine-peace-talks",
        label: "Ukraine peace talks",
        text: include_str!("../../seeds/ukraine-peace-talks.txt"),
        credit: "News report “with IANS inputs”; its original source and licence are not recorded.",
        url: None,
        licence: None,
    },
    Seed {
        key: "hong-kong-extradition-bill-withdrawal",
        label: "Hong Kong extradition bill",
        text: include_str!("../../seeds/hong-kong-extradition-bill-withdrawal.txt"),
        credit: "“Hong Kong leader announces withdrawal of extradition bill”, Wikinews, 6 September 2019. Reformatted as plain text; dateline removed.",
        url: Some("https://en.wikinews.org/wiki/Hong_Kong_leader_announces_withdrawal_of_extradition_bill"),
        licence: Some(CC_BY_25),
    },
    Seed {
        key: "ebola-treatments-palm-trial",
        label: "Ebola treatments",
        text: include_str!("../../seeds/ebola-treatments-palm-trial.txt"),
        credit: "“Scientists report two life-saving treatments for Ebola”, Wikinews, 15 August 2019. Reformatted as plain text; dateline removed.",
        url: Some("https://en.wikinews.org/wiki/Scientists_report_two_life-saving_treatments_for_Ebola"),
        licence: Some(CC_BY_25),
    },
    Seed {
        key: "african-free-trade-area-benin-nigeria",
        label: "African free trade area",
        text: include_str!("../../seeds/african-free-trade-area-benin-nigeria.txt"),
        credit: "“Benin, Nigeria join African Union continental free trade bloc”, Wikinews, 10 July 2019. Reformatted as plain text; dateline removed; one line break inside a paragraph turned into a space.",
        url: Some("https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc"),
        licence: Some(CC_BY_25),
    },
    Seed {
        key: "australia-toilet-paper-limits",
        label: "Toilet paper limits",
        text: include_str!("../../seeds/australia-toilet-paper-limits.txt"),
        credit: "“Stores in Australia lower toilet paper limits per transaction”, Wikinews, 13 March 2020. Reformatted as plain text.",
        url: Some("https://en.wikinews.org/wiki/Stores_in_Australia_lower_toilet_paper_limits_per_transaction"),
        licence: Some(CC_BY_25),
    },
    Seed {
        key: "sunshine-coast-rugby-caloundra-wynnum",
        label: "Sunshine Coast rugby",
        text: include_str!("../../seeds/sunshine-coast-rugby-caloundra-wynnum.txt"),
        credit: "“Caloundra defeat Wynnum in fourth round of 2020 Sunshine Coast Rugby Union season”, Wikinews, 25 August 2020. Reformatted as plain text.",
        url: Some("https://en.wikinews.org/wiki/Caloundra_defeat_Wynnum_in_fourth_round_of_2020_Sunshine_Coast_Rugby_Union_season"),
        licence: Some(CC_BY_25),
    },
    Seed {
        key: "nasa-osiris-rex-sample-site",
        label: "NASA OSIRIS-REx",
        text: include_str!("../../seeds/nasa-osiris-rex-sample-site.txt"),
        credit: "Source: NASA, “X Marks the Spot: NASA Selects Site for Asteroid Sample Collection”, press release, December 2019. Public domain (U.S. Government work); its use here does not imply endorsement by NASA.",
        url: Some("https://www.nasa.gov/press-release/x-marks-the-spot-nasa-selects-site-for-asteroid-sample-collection/"),
        licence: Some(("Public domain (U.S. Government work)", "https://www.nasa.gov/nasa-brand-center/images-and-media/")),
    },
];

/// The seed with this key.
pub fn seed(key: &str) -> Option<&'static Seed> {
    SEEDS.iter().find(|s| s.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seed_has_text_a_credit_and_quotes() {
        for s in SEEDS {
            assert!(s.text.len() > 1000, "{}", s.key);
            assert!(!s.credit.is_empty());
            let a = crate::analyse(s.text);
            assert!(!a.quotes.is_empty(), "{} has no quotes", s.key);
            assert!(a.entities.len() > 5, "{}", s.key);
        }
        assert!(seed("ukraine-peace-talks").is_some());
    }
}
