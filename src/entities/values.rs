//! Dates, times, money, percentages and quantities, found by hand-written
//! scanners over the tokens of a sentence.
//!
//! These are closed patterns ("$100.00", "10 per cent", "9 a.m.", "the past
//! three days", "20-point") that a few word lists and a number reader cover
//! well; a regex engine would add to the wasm size for no gain in accuracy.
//! At each token every scanner is tried and the longest match wins.

use crate::analysis::{EntityLabel, Span};
use crate::text::{Token, TokenKind};

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const DAY_WORDS: &[&str] = &["today", "yesterday", "tomorrow", "tonight"];
const PERIODS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "quarter",
    "quarters",
    "fortnight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "season",
    "hours",
    "hour",
    "minutes",
    "minute",
];
const RELATIVE: &[&str] = &[
    "past",
    "last",
    "next",
    "coming",
    "previous",
    "following",
    "this",
    "recent",
    "few",
    "several",
];
const SPELLED_NUMBERS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "a",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "half",
];
const MAGNITUDES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "mln", "bln", "bn", "m", "k", "tn",
];
const CURRENCY_SYMBOLS: &[&str] = &["$", "£", "€", "¥", "₹", "₽", "₴", "US$", "A$", "C$", "HK$"];
const CURRENCY_WORDS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "cent",
    "cents", "pence", "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "hryvnia",
    "francs", "franc", "marks", "mark", "pesos", "peso", "usd", "eur", "gbp", "dlrs",
];
const PERCENT_WORDS: &[&str] = &["percent", "pct", "per"];
const UNITS: &[&str] = &[
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "m",
    "cm",
    "mm",
    "feet",
    "foot",
    "ft",
    "inches",
    "inch",
    "kg",
    "kilograms",
    "kilogram",
    "grams",
    "gram",
    "g",
    "tonnes",
    "tons",
    "tonne",
    "ton",
    "pounds",
    "lb",
    "lbs",
    "litres",
    "liters",
    "litre",
    "liter",
    "gallons",
    "barrels",
    "bpd",
    "acres",
    "hectares",
    "square",
    "degrees",
    "mph",
    "kph",
    "km/h",
    "mw",
    "gw",
    "kw",
    "point",
    "points",
    "percentage",
    "mile-long",
    "storey",
    "seat",
    "seats",
];

fn lower(text: &str, t: &Token) -> String {
    t.span.slice(text).to_lowercase()
}

/// A number at `i`: digits, or spelled ("three", "a dozen"); returns the end.
fn number(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    let w = lower(text, t);
    let spelled = SPELLED_NUMBERS.contains(&w.as_str()) && w != "a" && w != "half";
    let a_dozen = w == "a"
        && toks.get(i + 1).is_some_and(|n| {
            matches!(
                lower(text, n).as_str(),
                "dozen" | "hundred" | "thousand" | "million" | "billion"
            )
        });
    if t.kind != TokenKind::Number && !spelled && !a_dozen {
        return None;
    }
    let mut j = i + 1;
    // "3 million", "1.5 bn", "two hundred"
    while let Some(n) = toks.get(j) {
        let nw = lower(text, n);
        if MAGNITUDES.contains(&nw.as_str()) || matches!(nw.as_str(), "hundred" | "dozen") {
            j += 1;
        } else {
            break;
        }
    }
    Some(j)
}

fn word_in(text: &str, toks: &[Token], i: usize, list: &[&str]) -> bool {
    toks.get(i)
        .is_some_and(|t| list.contains(&lower(text, t).as_str()))
}

fn is_year(text: &str, t: &Token) -> bool {
    let w = t.span.slice(text);
    w.len() == 4 && t.kind == TokenKind::Number && (w.starts_with("19") || w.starts_with("20"))
}

fn money(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    if word_in(text, toks, i, CURRENCY_SYMBOLS) {
        // "$ 100.00", "US$ 5 million" (the tokeniser splits "US$").
        return number(text, toks, i + 1);
    }
    if lower(text, toks.get(i)?) == "us"
        && toks.get(i + 1).is_some_and(|t| t.span.slice(text) == "$")
    {
        return number(text, toks, i + 2);
    }
    let end = number(text, toks, i)?;
    word_in(text, toks, end, CURRENCY_WORDS).then_some(end + 1)
}

fn percent(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let end = number(text, toks, i)?;
    let next = toks.get(end).map(|t| lower(text, t))?;
    match next.as_str() {
        "%" => Some(end + 1),
        "percent" | "pct" => Some(end + 1),
        "per" if toks.get(end + 1).is_some_and(|t| lower(text, t) == "cent") => Some(end + 2),
        _ if PERCENT_WORDS.contains(&next.as_str()) => None,
        _ => None,
    }
}

fn time(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    let w = lower(text, t);
    if matches!(w.as_str(), "noon" | "midnight") {
        return Some(i + 1);
    }
    if t.kind != TokenKind::Number {
        return None;
    }
    let mut j = i + 1;
    // "10:30" arrives as 10 : 30
    if toks.get(j).is_some_and(|c| c.span.slice(text) == ":")
        && toks.get(j + 1).is_some_and(|n| n.kind == TokenKind::Number)
    {
        j += 2;
    }
    let next = toks.get(j).map(|t| lower(text, t)).unwrap_or_default();
    let next = next.trim_end_matches('.');
    if matches!(
        next,
        "a.m" | "p.m" | "am" | "pm" | "gmt" | "utc" | "edt" | "est" | "bst" | "cet"
    ) {
        return Some(j + 1);
    }
    // "a.m" then a separate "." when the sentence ends on it: keep the dot.
    None
}

fn date(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    let w = lower(text, t);
    let raw = t.span.slice(text);
    let capitalised = raw.chars().next().is_some_and(char::is_uppercase);
    if WEEKDAYS.contains(&w.as_str()) || DAY_WORDS.contains(&w.as_str()) {
        return Some(i + 1);
    }
    if MONTHS.contains(&w.as_str())
        && capitalised
        && (w.len() > 3 || toks.get(i + 1).is_some_and(|n| n.span.slice(text) == "."))
    {
        if w == "may" && !toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number) {
            return None;
        }
        let mut j = i + 1;
        // "Dec. 5": the dot belongs to an abbreviated month.
        if w.len() <= 4
            && w != "june"
            && w != "july"
            && toks.get(j).is_some_and(|n| n.span.slice(text) == ".")
        {
            j += 1;
        }
        if toks.get(j).is_some_and(|n| n.kind == TokenKind::Number) {
            j += 1;
            if toks.get(j).is_some_and(|c| c.span.slice(text) == ",")
                && toks.get(j + 1).is_some_and(|y| is_year(text, y))
            {
                j += 2;
            } else if toks.get(j).is_some_and(|y| is_year(text, y)) {
                j += 1;
            }
        }
        return Some(j);
    }
    if t.kind == TokenKind::Number {
        // "12 December 2025", "1996-08-22", "1990s"
        if word_in(text, toks, i + 1, &MONTHS[..12]) {
            let mut j = i + 2;
            if toks.get(j).is_some_and(|y| is_year(text, y)) {
                j += 1;
            }
            return Some(j);
        }
        let digits: Vec<&str> = raw.split('-').collect();
        if digits.len() == 3
            && digits[0].len() == 4
            && digits.iter().all(|d| d.chars().all(|c| c.is_ascii_digit()))
        {
            return Some(i + 1);
        }
        if is_year(text, t)
            && i > 0
            && word_in(
                text,
                toks,
                i - 1,
                &[
                    "in", "since", "by", "until", "of", "from", "early", "late", "mid",
                ],
            )
        {
            return Some(i + 1);
        }
    }
    // "the past three days", "the coming weeks", "last week", "three days ago"
    let mut j = i;
    if w == "the" {
        j += 1;
    }
    let rel = word_in(text, toks, j, RELATIVE);
    if rel {
        j += 1;
    }
    if let Some(n) = number(text, toks, j) {
        j = n;
    } else if !rel {
        return None;
    }
    if !word_in(text, toks, j, PERIODS) {
        return None;
    }
    j += 1;
    if word_in(text, toks, j, &["ago", "earlier", "later"]) {
        j += 1;
    } else if !rel {
        return None;
    }
    Some(j)
}

fn quantity(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    let raw = t.span.slice(text);
    // "20-point", "5-km": a number and a unit in one token.
    if let Some((n, unit)) = raw.split_once('-') {
        if !n.is_empty()
            && n.chars().all(|c| c.is_ascii_digit() || c == '.')
            && UNITS.contains(&unit.to_lowercase().as_str())
        {
            return Some(i + 1);
        }
    }
    if t.kind != TokenKind::Number {
        return None;
    }
    let end = number(text, toks, i)?;
    let unit = toks.get(end).map(|u| lower(text, u))?;
    (UNITS.contains(&unit.as_str()) && unit != "percentage" && unit != "m"
        || unit == "m" && end == i + 1)
        .then_some(end + 1)
}

/// Value mentions in one sentence's tokens, not overlapping.
pub fn find(text: &str, toks: &[Token]) -> Vec<(Span, EntityLabel)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let candidates = [
            (money(text, toks, i), EntityLabel::Money),
            (percent(text, toks, i), EntityLabel::Percent),
            (time(text, toks, i), EntityLabel::Time),
            (date(text, toks, i), EntityLabel::Date),
            (quantity(text, toks, i), EntityLabel::Quantity),
        ];
        let best = candidates
            .iter()
            .filter_map(|&(end, label)| {
                end.filter(|&e| e > i && e <= toks.len())
                    .map(|e| (e, label))
            })
            .max_by_key(|&(e, _)| e);
        match best {
            Some((end, label)) => {
                out.push((Span::new(toks[i].span.start, toks[end - 1].span.end), label));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn values(text: &str) -> Vec<(&str, EntityLabel)> {
        let toks = tokens(text, Span::new(0, text.len()));
        find(text, &toks)
            .into_iter()
            .map(|(s, l)| (s.slice(text), l))
            .collect()
    }

    #[test]
    fn finds_money_percent_time_date_and_quantity() {
        let got = values("Talks over the past three days on a 20-point plan cost $100.00, up 10 per cent by 9 a.m. on Monday.");
        assert!(
            got.contains(&("the past three days", EntityLabel::Date)),
            "{got:?}"
        );
        assert!(
            got.contains(&("20-point", EntityLabel::Quantity)),
            "{got:?}"
        );
        assert!(got.contains(&("$100.00", EntityLabel::Money)), "{got:?}");
        assert!(
            got.contains(&("10 per cent", EntityLabel::Percent)),
            "{got:?}"
        );
        assert!(got.contains(&("9 a.m.", EntityLabel::Time)), "{got:?}");
        assert!(got.contains(&("Monday", EntityLabel::Date)), "{got:?}");
    }

    #[test]
    fn finds_written_dates_and_large_sums() {
        let got =
            values("On December 12, 2025 the fund raised £3.5 billion, or 12% more, in 1996.");
        assert!(
            got.contains(&("December 12, 2025", EntityLabel::Date)),
            "{got:?}"
        );
        assert!(
            got.contains(&("£3.5 billion", EntityLabel::Money)),
            "{got:?}"
        );
        assert!(got.contains(&("12%", EntityLabel::Percent)), "{got:?}");
        assert!(got.contains(&("1996", EntityLabel::Date)), "{got:?}");
    }

    #[test]
    fn the_modal_may_is_not_a_date() {
        assert!(values("It may rain.").is_empty());
    }
}
