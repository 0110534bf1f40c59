//! Who said what: direct quotes, reported speech and mixed quotes, each
//! with its speaker, the speaker's role and the cue.
//!
//! Two readings meet here. `marks` pairs quotation marks into quotations;
//! `attribution` reads each sentence for a cue verb with its speaker and
//! content ("Umerov said the talks …", "“…,” he said", "According to …").
//! An attribution whose content is one quotation is a direct quote (with all
//! the pieces of that quotation); one whose content also holds words outside
//! the marks is mixed; one without marks is reported speech. Short quotations
//! that no attribution claims are scare quotes or titles and are not
//! statements; whole sentences continue the speaker before them, and longer
//! quoted phrases go to their sentence's first name.
//! An attribution nested at the start of another's content ("Sanders said
//! he wants …") or an object cue inside it is part of that content, not a
//! statement of its own. Speakers then resolve to entity clusters, pronouns to the most recent
//! compatible person (`speakers`). Rules first: news attribution is
//! formulaic, and rules are fast, small and explainable in a browser. A small
//! learned reader (`learned`, trained on PolNeAR, with the rules' readings
//! among its features) then checks them: it drops rule cues it firmly
//! rejects, re-reads where each reported clause ends, and adds the confident
//! attributions whose cues the lexicon lacks (the long tail of stance and
//! belief verbs, cue phrases and nouns), and less confident ones whose content
//! is a whole clause. Transcript lines (`WALLACE: …`) are statements of
//! their own, and an interview's answers (`A: …`) its interviewee's; a
//! quotation signed with a dash (`“…” ― Jane Doe`) is its signer's. A cue
//! in the passive has no speaker but its "by" phrase ("Asked by X whether
//! …", "is understood to"), and a court report's formula ("The court heard
//! that …", `hearings`) is a statement whose speaker the text does not name.

mod attribution;
mod cues;
mod gender;
mod hearings;
pub mod learned;
mod marks;
mod roles;
mod speakers;

pub use cues::{cue_class, is_speech_verb, CueClass};

use crate::analysis::{
    Cluster, Entity, EntityLabel, Quote, QuoteKind, Sentence, SentenceKind, Span, Speaker,
};
use attribution::Attribution;
use marks::Quoted;

fn rule_readings(read: &[Attribution]) -> Vec<learned::RuleReading> {
    read.iter()
        .map(|a| learned::RuleReading {
            cue: a.cue,
            speaker: a.speaker,
            content: a.content,
        })
        .collect()
}

/// The rules' readings of every sentence (the trainer's view of what
/// [`find`] feeds the learned reader), entities sorted by end.
pub fn rule_readings_by_sentence(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
) -> Vec<Vec<learned::RuleReading>> {
    let outers = quotation_spans(text);
    sentences
        .iter()
        .zip(headlines(text, sentences))
        .map(|(sentence, headline)| {
            rule_readings(&attribution::read(
                text,
                sentence.span,
                &outers,
                entities,
                headline,
            ))
        })
        .collect()
}

/// Per sentence: is it read as a headline (only "Name: words" and "Name
/// Says …" attribute there)? Headline and standfirst lines are; so is a
/// one-sentence first paragraph before more text that is written in title
/// case, even when it ends with a full stop (many feeds add one). A first
/// paragraph in sentence case is read as body: a one-sentence lede ("Rishi
/// Sunak has said he will …") or a plain title ("Judge rejects New York
/// Times request to unseal Trump divorce file.") reads as a clause.
fn headlines(text: &str, sentences: &[Sentence]) -> Vec<bool> {
    let first_line_is_title = sentences.iter().filter(|s| s.paragraph == 0).count() == 1
        && sentences.iter().any(|s| s.paragraph > 0)
        && sentences
            .first()
            .is_some_and(|s| is_title_case(s.span.slice(text)));
    sentences
        .iter()
        .map(|s| s.kind != SentenceKind::Body || first_line_is_title && s.paragraph == 0)
        .collect()
}

/// Most words of four letters or more start with a capital.
pub(super) fn is_title_case(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    !long.is_empty() && capitalised * 10 >= long.len() * 7
}

/// The outer spans (marks included) of all quotations in `text`.
pub fn quotation_spans(text: &str) -> Vec<Span> {
    marks::quotes(text).iter().map(|q| q.outer).collect()
}

/// Unclaimed quotations shorter than this many words are scare quotes or titles.
const MIN_UNCLAIMED_WORDS: usize = 8;

/// Unclaimed quoted phrases of this many words or more are kept as statements
/// even when they do not follow a speaker's statement (PolNeAR dev: span F1
/// +0.6, direct+mixed +1.0, end-to-end ±0; 4 words: +0.7, +1.0, -0.2).
const MIN_QUOTED_PHRASE_WORDS: usize = 6;

/// The first person or organisation named in the sentence of `at`, before it
/// (its subject, most often); a bounded look, so long sentences stay linear.
fn first_name_before(sentences: &[Sentence], entities: &[Entity], at: usize) -> Option<Span> {
    let k = sentences.partition_point(|s| s.span.end <= at);
    let start = sentences.get(k).map_or(at, |s| s.span.start);
    let first = entities.partition_point(|e| e.span.end <= start);
    entities[first..]
        .iter()
        .take(64)
        .take_while(|e| e.span.end <= at)
        .find(|e| {
            e.span.start >= start
                && matches!(
                    e.label,
                    crate::analysis::EntityLabel::Person | crate::analysis::EntityLabel::Org
                )
        })
        .map(|e| e.span)
}

/// All statements in `text`, in text order.
pub fn find(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    clusters: &[Cluster],
    roles: &[(Span, String)],
) -> Vec<Quote> {
    let quoted = marks::quotes(text);
    let outers: Vec<Span> = quoted.iter().map(|q| q.outer).collect();
    let transcript = match transcript_lines(text, sentences) {
        lines if lines.is_empty() => unlabelled_answers(text, sentences),
        lines => lines,
    };
    // Lines are in text order and do not overlap: only the first one ending
    // after `span` starts can overlap it.
    let in_transcript = |span: Span| {
        let k = transcript.partition_point(|l| l.paragraph.end <= span.start);
        transcript
            .get(k)
            .is_some_and(|l| l.paragraph.overlaps(span))
    };
    // A transcript's lines are statements of their own, whatever marks run across them.
    let groups: Vec<Vec<Quoted>> = marks::group(text, &quoted)
        .into_iter()
        .filter(|g| !in_transcript(group_span(g)))
        .collect();
    let mut sorted_entities;
    let entities = if entities.windows(2).all(|w| w[0].span.end <= w[1].span.end) {
        entities
    } else {
        sorted_entities = entities.to_vec();
        sorted_entities.sort_by_key(|e| (e.span.end, e.span.start));
        &sorted_entities
    };
    let resolver = speakers::Resolver::new(text, sentences, entities, clusters, &outers);
    let mut quotes: Vec<Quote> = Vec::new();
    // Each content's statement: the first, unless a later one names a speaker
    // ("The judge warned that the trial was expected to …" over the
    // agentless "was expected").
    let mut seen: std::collections::HashMap<Span, usize> = std::collections::HashMap::new();
    let mut claimed = vec![false; groups.len()];
    let headlines = headlines(text, sentences);
    let first_body = sentences.iter().position(|s| s.kind == SentenceKind::Body);
    for (si, sentence) in sentences.iter().enumerate() {
        if sentence.kind == SentenceKind::Boilerplate || in_transcript(sentence.span) {
            continue;
        }
        let headline = headlines[si];
        // Where the first body sentence's colon dateline ends, if it has one.
        let colon_dateline = (Some(si) == first_body)
            .then(|| {
                let toks = crate::text::tokens(text, sentence.span);
                let n = crate::text::colon_dateline_end(text, &toks);
                toks.get(n).filter(|_| n > 0).map(|t| t.span.start)
            })
            .flatten();
        let mut read = attribution::read(text, sentence.span, &outers, entities, headline);
        merge_learned(text, sentence.span, &outers, entities, &mut read);
        if read.is_empty() {
            read.extend(hearings::read(text, sentence.span));
        }
        // A content that is another attribution's own words ("Doctors were
        // not told …, the newspaper said": "told" → "the newspaper said").
        let attributions: Vec<Span> = read
            .iter()
            .filter_map(|b| {
                b.speaker
                    .map(|sp| Span::new(sp.start.min(b.cue.start), sp.end.max(b.cue.end)))
            })
            .collect();
        read.retain(|a| {
            !attributions
                .iter()
                .any(|b| b.contains(a.content) && !b.contains(a.cue))
        });
        for mut a in read {
            a.content = without_medium(text, a.content, &outers);
            if a.cue.end <= a.content.start {
                a.content = without_gloss(text, a.content, &outers);
            }
            // ("CAIRO (AP) — A senior envoy …, officials said": not the dateline's dash.)
            let body = a.content.slice(text);
            let dash = body.len() - body.trim_start_matches(['—', '–', '-', ' ']).len();
            if dash > 0 && dash < body.len() {
                a.content.start += dash;
            }
            // ("11:14 a.m. PT — Shares rose …": nor a live blog's time stamp.)
            a.content.start += time_stamp_len(a.content.slice(text));
            // ("NAGPUR, October 14: Farmers have lost …, according to …": nor
            // the first body sentence's colon dateline.)
            if let Some(at) = colon_dateline
                .filter(|&at| a.content.start == sentence.span.start && at < a.content.end)
            {
                a.content.start = at;
            }
            passive_cue(text, sentence.span, &mut a);
            if spoke_without_words(text, &a)
                || imperative(text, sentence.span, &a)
                || acted_not_said(text, &a)
                || hypothetical(text, sentence.span, &a)
            {
                continue;
            }
            // A lone article is no speaker, and its reading no statement
            // ("The floods have also raised fears of …": "The").
            if a.speaker
                .is_some_and(|sp| matches!(sp.slice(text), "The" | "the" | "A" | "a" | "An" | "an"))
            {
                continue;
            }
            // A lone lower-case verb is no speaker ("…, Greer said he had
            // heard …": "heard" misread as the source).
            if a.speaker.is_some_and(|sp| {
                let w = sp.slice(text);
                !w.contains(' ')
                    && w.starts_with(char::is_lowercase)
                    && (attribution::is_past_tense(w) || cues::cue_class(w).is_some())
            }) {
                a.speaker = None;
            }
            // "He said:" ⏎ "“…”": the next quotation, if it opens the next paragraph.
            if a.content.is_empty() {
                // Groups are in text order and do not overlap.
                let next = groups
                    .get(groups.partition_point(|g| group_span(g).start < a.content.end))
                    .map(|g| group_span(g));
                let next_para = sentences[si + 1..]
                    .iter()
                    .position(|s| s.paragraph != sentence.paragraph)
                    .map(|k| si + 1 + k);
                let next_para_start = next_para.map(|k| sentences[k].span.start);
                // Without marks ("Limbaugh added:" ⏎ "And from …"): the paragraph itself.
                let next_para_span = next_para.and_then(|k| {
                    let para = sentences[k].paragraph;
                    let last = sentences[k..]
                        .iter()
                        .take_while(|s| s.paragraph == para)
                        .last()?;
                    (sentences[k].kind == SentenceKind::Body)
                        .then(|| Span::new(sentences[k].span.start, last.span.end))
                });
                match next.filter(|g| Some(g.start) == next_para_start) {
                    Some(g) => a.content = g,
                    None => match next_para_span {
                        Some(p) => a.content = p,
                        None => continue,
                    },
                }
            }
            let colon = a.cue.slice(text) == ":";
            // Headlines are read only for "Name: what they said" and "Name Says …".
            let title_case_cue = a.cue.slice(text).starts_with(char::is_uppercase);
            // … and a headline's present tense ("Chancellor says 'no return
            // to austerity' as Budget looms"): a quotation opening the content
            // is all of it.
            let present = headline && is_present_cue(a.cue.slice(text));
            if headline && !colon && !title_case_cue && !present {
                continue;
            }
            // (So is one after a headline's colon: "Kovac: 'I need two more
            // players' – manager's press conference in full".)
            if present || headline && colon {
                // (After a colon, only a quotation the headline then leaves
                // behind a dash: not "'It Is Not A Radical Idea' To Ask …".)
                let dash_after = |q: &Span| {
                    !colon || text[q.end..].trim_start().starts_with(['–', '—', '|', '-'])
                };
                let opening = outers.iter().find(|q| {
                    q.start >= a.content.start
                        && text[a.content.start..q.start].trim().is_empty()
                        && q.end < a.content.end
                        && dash_after(q)
                });
                if let Some(&q) = opening {
                    a.content = q;
                }
            }
            // "Matthews: Here’s the irony …": a colon attribution runs to the paragraph end.
            if colon && !headline {
                let para_end = sentences[si..]
                    .iter()
                    .take_while(|s| s.paragraph == sentence.paragraph)
                    .last()
                    .map_or(a.content.end, |s| s.span.end);
                a.content.end = a.content.end.max(para_end);
            }
            let quote = statement(text, &a, &groups, &mut claimed, &resolver, roles, clusters);
            match seen.entry(quote.span()) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(quotes.len());
                    quotes.push(quote);
                }
                std::collections::hash_map::Entry::Occupied(o) => {
                    if quotes[*o.get()].speaker.is_none() && quote.speaker.is_some() {
                        quotes[*o.get()] = quote;
                    }
                }
            }
        }
    }
    drop_nested_statements(text, &mut quotes);
    drop_unspoken_inside_spoken(&mut quotes);
    // A direct quote of `pieces` by the speaker `mention`, with its role.
    let direct = |pieces: Vec<Span>, mention: Span, cue: Option<Span>| {
        let speaker = resolver.speaker(mention);
        Quote {
            pieces,
            role: role_of(Some(&speaker), roles, clusters),
            speaker: Some(speaker),
            cue,
            kind: QuoteKind::Direct,
        }
    };
    // In a question-and-answer interview the answers are the interviewee's,
    // the person named most often before the first line (the latest of
    // those); the questions are the interviewer's, not a source's.
    let interviewee = transcript.first().and_then(|first| {
        let mut counts: std::collections::HashMap<usize, (usize, usize)> = Default::default();
        for e in entities {
            if let (Some(c), true) = (
                e.cluster,
                e.span.end <= first.paragraph.start && e.label == EntityLabel::Person,
            ) {
                let n = counts.entry(c).or_default();
                *n = (n.0 + 1, e.span.start);
            }
        }
        counts.into_iter().max_by_key(|&(_, n)| n).map(|(c, _)| c)
    });
    for line in &transcript {
        // An unlabelled answer ("Was it hard to make?" ⏎ "Incredibly. …"):
        // the interviewee's, named at their latest mention before the questions.
        if line.kind == LineKind::Question {
            continue;
        }
        if line.kind == LineKind::Answer {
            let Some((c, cluster)) = interviewee.and_then(|c| Some((c, clusters.get(c)?))) else {
                continue;
            };
            let Some(mention) = entities
                .iter()
                .filter(|e| e.cluster == Some(c) && e.span.end <= line.paragraph.start)
                .map(|e| e.span)
                .next_back()
            else {
                continue;
            };
            let speaker = Speaker {
                name: roles::split_title(&cluster.name).0.to_owned(),
                mention,
                cluster: Some(c),
            };
            quotes.push(Quote {
                pieces: vec![line.words],
                role: role_of(Some(&speaker), roles, clusters),
                speaker: Some(speaker),
                cue: None,
                kind: QuoteKind::Direct,
            });
            continue;
        }
        let mut quote = direct(vec![line.words], line.speaker, Some(line.cue));
        match line.speaker.slice(text) {
            "Q" => continue,
            // The interviewee's answers; "EV: …" after "Elena Varga: …": the
            // one person with those initials.
            label => {
                let found = match label {
                    "A" => interviewee.and_then(|c| clusters.get(c).map(|cl| (c, cl))),
                    _ if quote
                        .speaker
                        .as_ref()
                        .is_some_and(|sp| sp.cluster.is_none()) =>
                    {
                        person_with_initials(label, clusters)
                    }
                    _ => None,
                };
                if let (Some((c, cluster)), Some(sp)) = (found, quote.speaker.as_mut()) {
                    sp.name = roles::split_title(&cluster.name).0.to_owned();
                    sp.cluster = Some(c);
                    quote.role = role_of(Some(sp), roles, clusters);
                }
            }
        }
        quotes.push(quote);
    }
    for (g, group) in groups.iter().enumerate() {
        let Some(name) = signature_after(text, group_span(group).end).filter(|_| !claimed[g])
        else {
            continue;
        };
        claimed[g] = true;
        quotes.push(direct(group.iter().map(|q| q.inner).collect(), name, None));
    }
    add_unclaimed(text, sentences, &groups, &claimed, &resolver, &mut quotes);
    quotes.sort_by_key(|q| q.span().start);
    resolver.resolve_pronouns(&mut quotes);
    speakers_from_repeats(text, &mut quotes);
    quotes
}

/// "‘We were left in the dark’: Passengers stranded …": a quotation with no
/// speaker (a headline's, typically) whose words a speaker is quoted saying
/// elsewhere in the text is that speaker's. At most [`REPEAT_CHECKS`]
/// comparisons, so that a text of thousands of quotations stays linear.
fn speakers_from_repeats(text: &str, quotes: &mut [Quote]) {
    let words = |q: &Quote| -> String {
        let mut out = String::from(" ");
        for piece in &q.pieces {
            for w in piece.slice(text).split(|c: char| !c.is_alphanumeric()) {
                if !w.is_empty() {
                    out.push_str(&w.to_lowercase());
                    out.push(' ');
                }
            }
        }
        out
    };
    let said: Vec<(String, Speaker)> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .filter_map(|q| Some((words(q), q.speaker.clone()?)))
        .collect();
    let mut checks = 0;
    for q in quotes.iter_mut() {
        if q.speaker.is_some() || q.kind != QuoteKind::Direct || checks >= REPEAT_CHECKS {
            continue;
        }
        let mine = words(q);
        if mine.split_whitespace().count() < 3 {
            continue;
        }
        checks += said.len();
        if let Some((_, speaker)) = said.iter().find(|(w, _)| w.contains(&mine)) {
            q.speaker = Some(speaker.clone());
        }
    }
}

/// See [`speakers_from_repeats`].
const REPEAT_CHECKS: usize = 20_000;

/// The learned reader's cue score (B over O) that an attribution the rules
/// did not read needs before it is added with a short content (see
/// [`MIN_LOOSE_LEARNED_CONTENT`] for the others); chosen on PolNeAR dev with
/// the other three thresholds here (lower adds recall, higher keeps
/// precision, which both the direct+mixed score and readers prefer). All
/// depend on the model's scale: choose them again after retraining.
const MIN_LEARNED_MARGIN: f32 = 16.0;

/// The shortest content (bytes, about seven words) of an attribution the
/// learned reader adds: shorter ones were mostly wrong on PolNeAR dev ("the
/// figure", "to leave").
const MIN_LEARNED_CONTENT: usize = 40;

/// A cue the learned reader finds with less than [`MIN_LEARNED_MARGIN`]
/// (but still over O) is added only with a content this long (bytes, about
/// eighteen words): a whole reported clause ("Ham went on to explain how he
/// believes …"). With the margin at 16 rather than 24, on PolNeAR dev: span
/// F1 +0.4, direct+mixed +0.6, end-to-end +0.3 (60 bytes: +0.5, -0.3, +0.2).
const MIN_LOOSE_LEARNED_CONTENT: usize = 100;

/// The longest sentence (tokens) in which less confident cues are read.
const LOOSE_LEARNED_TOKENS: usize = 150;

/// Words that open a that-clause's subject ("estimates that the …", "… that it").
#[rustfmt::skip]
const SUBJECT_WORDS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "he", "she",
    "it", "they", "we", "there",
];

/// A rule attribution whose cue words all score this far below O in the
/// learned cue tagger is dropped: PolNeAR's annotators never take such a word
/// as a cue there ("opposed to Mexicans", "identify a location"). Chosen on dev.
const LEARNED_VETO: f32 = -5.0;

/// Let the learned reader, which sees the rules' readings as features,
/// check them: drop the rule attributions whose cue its cue tagger firmly
/// rejects, re-read the content of the others (within the sentence), and
/// add its confident attributions that the rules missed:
/// a cue outside the lexicon ("went on to say", "believes", "polls show").
/// One is skipped when its cue overlaps a rule cue or lies inside a rule
/// content (PolNeAR annotates no attribution inside another's content), its
/// content overlaps a rule content by half the longer, or its content
/// reaches into a rule's cue or speaker (a reading across another attribution: "Posting on
/// Facebook, Ukraine’s chief peace negotiator Rustem Umerov said …").
fn merge_learned(
    text: &str,
    sentence: Span,
    outers: &[Span],
    entities: &[Entity],
    read: &mut Vec<Attribution>,
) {
    let Some(model) = learned::model() else {
        return;
    };
    let t = learned::Tokens::new(text, sentence, outers, entities, rule_readings(read));
    // Less confident cues are read only in sentences of ordinary length: each
    // reading tags the whole sentence again.
    let floor = if t.toks.len() <= LOOSE_LEARNED_TOKENS {
        0.0
    } else {
        MIN_LEARNED_MARGIN
    };
    let (cue_tags, margins) = learned::tag_cues_with_margins(&mut &model.cues, &t, |_, _, _, _| {});
    let (kept, vetoed): (Vec<Attribution>, Vec<Attribution>) = read.drain(..).partition(|a| {
        let best = margins[t.overlapping(a.cue)]
            .iter()
            .copied()
            .reduce(f32::max);
        // ("The college estimates that …": a named speaker, the cue and its
        // "that" are no reading the annotators would leave out.)
        let common_noun = a.speaker.is_some_and(|sp| {
            let words: Vec<&str> = sp.slice(text).split_whitespace().collect();
            words.len() >= 2
                && matches!(words[0], "The" | "the" | "A" | "a" | "An" | "an")
                && words[1..].iter().all(|w| w.starts_with(char::is_lowercase))
        });
        // (… and a subject after "that": not "a savings plan that offers".)
        let subject = |w: &str| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || SUBJECT_WORDS.contains(&w)
        };
        let that_clause = common_noun
            && text[a.cue.end..]
                .trim_start()
                .strip_prefix("that ")
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(subject)
            && a.content.start >= a.cue.end
            && text[a.cue.end..a.content.start].trim().is_empty();
        best.is_none_or(|m| m >= LEARNED_VETO) || that_clause
    });
    *read = kept;
    // A reading whose cue overlaps a kept rule cue would clash with it (see
    // below): it is not read at all.
    let mut on_rule_cue = vec![false; t.len()];
    for a in read.iter() {
        on_rule_cue[t.overlapping(a.cue)].fill(true);
    }
    let readings = learned::read(&model.roles, &t, (&cue_tags, &margins), floor, &on_rule_cue);
    // The rules' contents, re-read by the role tagger, which knows where
    // they stand and where PolNeAR's annotators end a reported clause.
    let mut roles = &model.roles;
    let cues: Vec<(Span, Option<Span>)> = read.iter().map(|a| (a.cue, a.speaker)).collect();
    for a in read.iter_mut() {
        let on_cue = t.overlapping(a.cue);
        if on_cue.is_empty() {
            continue;
        }
        let (first, last) = (on_cue.start, on_cue.end - 1);
        // A quotation read as the whole content ("“…,” Melanie said, and soon …")
        // stays as it is: the words after the attribution are the writer's; so
        // does the empty content of "Lam continued in the statement:", which
        // the next paragraph fills.
        if a.content.is_empty()
            || in_as_clause(text, a)
            || !sentence.contains(a.content)
            || outers.binary_search(&a.content).is_ok()
        {
            continue;
        }
        let tags = learned::tag_roles(&mut roles, &t, (first, last), |_, _, _, _| {});
        // A re-read may reach across the cue only past an attribution set off
        // by commas ("X paid 8.9 percent, the agency said, and Y paid …");
        // otherwise it would report the attribution itself ("in which they
        // said they had no plans", "…, though the board said it had …").
        let after_cue = a.content.start >= a.cue.end;
        let before_cue = a.content.end <= a.cue.start;
        let comma = |k: usize| t.lower.get(k).is_some_and(|w| w == ",");
        let all = tags.runs(learned::CON_B, learned::CON_I);
        // Commas on both sides of the attribution: the run before it ends at
        // one, the run after it starts after one.
        let set_off = |before: (usize, usize), after: Option<&(usize, usize)>| {
            comma(before.1 + 1) && after.is_some_and(|a| a.0 > 0 && comma(a.0 - 1))
        };
        let first_after = all.iter().find(|r| r.0 > last);
        let last_before = all.iter().rev().find(|r| r.1 < first).copied();
        let runs: Vec<_> = all
            .iter()
            .copied()
            .filter(|&r| {
                !(after_cue && r.1 < first && !set_off(r, first_after)
                    || before_cue
                        && r.0 > last
                        && !last_before.is_some_and(|b| set_off(b, Some(&r))))
            })
            .collect();
        if let (Some(f), Some(l)) = (runs.first(), runs.last()) {
            // Nor past the rules' end into the same speaker's next cue
            // ("said the decision was “…” and accused regulators of …").
            let stop = (last + 1..=l.1).find(|&k| {
                t.toks[k].span.start >= a.content.end
                    && t.lower[k - 1] == "and"
                    && cues
                        .iter()
                        .any(|&(c, sp)| c != a.cue && sp == a.speaker && c.overlaps(t.toks[k].span))
            });
            // Nor past a rules' end that a clause of the writer's follows
            // ("condemned the closure | while officials met …").
            let at_end = t.toks.partition_point(|k| k.span.start < a.content.end);
            // ("chanted slogans | and held signs": nor the subject's next verb.)
            let next_verb = || {
                matches!(t.lower[at_end].as_str(), "and" | "but")
                    && t.lower
                        .get(at_end + 1)
                        .is_some_and(|w| attribution::is_past_tense(w))
            };
            let writers = at_end > last
                && at_end <= l.1
                && (attribution::OBJECT_ENDS.contains(&t.lower[at_end].as_str()) || next_verb());
            let stop = stop.or(writers.then_some(at_end));
            let end = stop.map_or(l.1, |k| k.saturating_sub(1).max(f.0));
            let mut new = clause_edges(&t, a.content, (f.0, end));
            // Nor back over the adjuncts the rules skipped between the cue and
            // its content ("has spoken publicly for the first time about …").
            if new.start < a.content.start && new.start >= a.cue.end {
                new.start = a.content.start.min(new.end);
            }
            // Nor between a modal or "to" and its verb's object ("the
            // minister would meet | Senator Brennan"): the rules' end stays.
            if new.end < a.content.end {
                let kept = text[new.start.min(new.end)..new.end]
                    .split_whitespace()
                    .rev()
                    .nth(1);
                if kept.is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "would"
                            | "will"
                            | "could"
                            | "can"
                            | "should"
                            | "may"
                            | "might"
                            | "must"
                            | "to"
                    )
                }) {
                    new.end = a.content.end;
                }
            }
            a.content = keep_quoted_words(a.content, new, outers);
            // ("… goods and services tax (GST": a bracket the re-read left open.)
            let body = a.content.slice(text);
            if text[a.content.end..].starts_with(')')
                && body.matches('(').count() > body.matches(')').count()
            {
                a.content.end += 1;
            }
        }
        // "… by two days, mediator Qatar said on Monday,": a re-read that
        // stops right after its own attribution ends before it.
        // (Or one that ends with it: "…, Eurostat data showed".)
        if let Some(sp) = a.speaker.filter(|&sp| {
            a.content.contains(sp)
                && a.content.contains(a.cue)
                && (a.content.slice(text).trim_end().ends_with(',')
                    || a.cue.end == a.content.end && sp.end <= a.cue.start)
        }) {
            if let Some(cut) = attribution::cut_before(text, a.content, sp) {
                a.content = cut;
            }
        }
    }
    join_vetoed_conjuncts(text, read, &vetoed);
    let rules = read.len();
    for r in readings {
        // A content around its cue ("Buyers were reportedly stocking up …")
        // starts with its clause, not after the clause's subject.
        let mut first = r.content.0;
        if r.source.is_none() && r.content.0 < r.cue.0 && r.cue.1 <= r.content.1 {
            while first > 0 && t.toks[first - 1].kind != crate::text::TokenKind::Punct {
                first -= 1;
            }
        }
        // "was quoted as saying the …": the cue runs on to its participle.
        let mut cue = r.cue;
        if first == cue.1 + 1
            && t.lower.get(first).is_some_and(|w| w == "as")
            && t.lower
                .get(first + 1)
                .is_some_and(|w| w.ends_with("ing") && is_speech_verb(w))
            && first + 2 <= r.content.1
        {
            cue.1 = first + 1;
            first += 2;
        }
        // "The trial, which is expected to last three weeks, continues": an
        // agentless passive in a relative clause says nothing of its own.
        if r.source.is_none() && in_relative_passive(&t.lower, r.cue.0) {
            continue;
        }
        // "“Midnight on Lenox,” written by …": authorship, as the rules read it.
        if matches!(t.lower[r.cue.1].as_str(), "written" | "penned" | "composed")
            && t.lower.get(r.cue.1 + 1).is_some_and(|w| w == "by")
        {
            continue;
        }
        // "Mazón has faced calls to resign": the subject receives the calls.
        let received = r.cue.0 > 0 && RECEIVING.contains(&t.lower[r.cue.0 - 1].as_str());
        let mut a = Attribution {
            cue: learned::span_of(&t, cue),
            speaker: r
                .source
                .filter(|_| !received)
                .map(|s| learned::span_of(&t, s)),
            content: learned::span_of(&t, (first, r.content.1)),
        };
        // A source inside its own content: the content ends at the comma
        // before it ("…, Texas Rep. Mike McCaul said Wednesday"); without one
        // the source is the content's subject, not a speaker ("The Supreme
        // Court appeared skeptical", "a statement read to the court").
        if let Some(sp) = a.speaker.filter(|&sp| a.content.overlaps(sp)) {
            match attribution::cut_before(text, a.content, sp) {
                Some(cut) => a.content = cut,
                None => continue,
            }
        }
        let clashes = |b: &Attribution| {
            let overlap = a
                .content
                .end
                .min(b.content.end)
                .saturating_sub(a.content.start.max(b.content.start));
            b.cue.overlaps(a.cue)
                || 2 * overlap >= a.content.len().max(b.content.len())
                || a.content.overlaps(b.cue)
                || b.speaker.is_some_and(|sp| a.content.overlaps(sp))
                || b.content.contains(a.cue)
        };
        let min_content = if r.margin >= MIN_LEARNED_MARGIN {
            MIN_LEARNED_CONTENT
        } else {
            MIN_LOOSE_LEARNED_CONTENT
        };
        if a.content.len() >= min_content && !read[..rules].iter().any(clashes) {
            read.push(a);
        }
    }
    // A re-read may have reached back to "not to be named".
    read.retain(|a| {
        !attribution::is_anonymity_formula(a.content.slice(text))
            && !attribution::reports_nothing(text, a)
    });
}

/// Is the cue at token `k` a passive whose subject is a relative pronoun
/// ("which is expected to", "who were reported to")?
fn in_relative_passive(lower: &[String], k: usize) -> bool {
    // As the rules' own passives: auxiliaries and adverbs with a form of "be".
    let mut j = k;
    while j > 0 && attribution::is_passive_auxiliary(&lower[j - 1]) {
        j -= 1;
    }
    let be = lower
        .get(j..=k)
        .unwrap_or_default()
        .iter()
        .any(|w| matches!(w.as_str(), "is" | "are" | "was" | "were" | "be" | "been"));
    be && j > 0 && matches!(lower[j - 1].as_str(), "which" | "who" | "that")
}

/// "He told reporters that the House was expected to take up the package":
/// a reported statement with no speaker inside one with a speaker is part of
/// that one's content, not a statement of its own. Quotes are in text order
/// within sentences; those starting before a statement are checked against
/// it through a running list of the open spoken contents.
fn drop_unspoken_inside_spoken(quotes: &mut Vec<Quote>) {
    let mut spoken: Vec<Span> = quotes
        .iter()
        .filter(|q| q.speaker.is_some())
        .map(Quote::span)
        .collect();
    spoken.sort_unstable_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let reach = furthest_ends(spoken.iter().map(|s| s.end));
    quotes.retain(|q| {
        if q.speaker.is_some() || q.kind == QuoteKind::Direct {
            return true;
        }
        let span = q.span();
        // Spoken contents starting at or before this one; scan back while
        // one of them may still reach past its end.
        let upto = spoken.partition_point(|s| s.start <= span.start);
        !(0..upto)
            .rev()
            .take_while(|&k| reach[k] >= span.end)
            .any(|k| spoken[k].contains(span) && spoken[k] != span)
    });
}

/// "The two women spoke for about five minutes", "He spoke only to confirm
/// his name", "has responded for the Conservatives": a speech verb with no
/// words reported.
fn spoke_without_words(text: &str, a: &Attribution) -> bool {
    let cue = a.cue.slice(text).to_lowercase();
    let intransitive = cue.split_whitespace().last().is_some_and(|w| {
        matches!(
            w,
            "spoke"
                | "speak"
                | "speaks"
                | "spoken"
                | "responded"
                | "respond"
                | "responds"
                | "talked"
                | "talk"
                | "talks"
        )
    });
    let next = text[a.cue.end..].split_whitespace().next().unwrap_or("");
    intransitive
        && a.content.start >= a.cue.end
        && matches!(next, "for" | "only" | "briefly" | "alongside")
}

/// The length of a live blog's time stamp opening `body` ("11:14 a.m. PT —
/// ", "9.05am: "), or 0.
fn time_stamp_len(body: &str) -> usize {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let h = digits(body);
    let rest = &body[h..];
    let Some(rest) = rest
        .strip_prefix([':', '.'])
        .filter(|_| (1..=2).contains(&h))
    else {
        return 0;
    };
    if digits(rest) != 2 {
        return 0;
    }
    // Then an optional "a.m."/"pm" and time zone, up to a dash or colon.
    let after = &rest[2..];
    let Some(end) = after.find(['—', '–', ':']) else {
        return 0;
    };
    let between = &after[..end];
    let stamp = between
        .split_whitespace()
        .all(|w| w.len() <= 4 && w.chars().all(|c| c.is_ascii_alphabetic() || c == '.'));
    if !stamp {
        return 0;
    }
    let mark = after[end..].chars().next().map_or(0, char::len_utf8);
    let total = body.len() - after.len() + end + mark;
    total + (body[total..].len() - body[total..].trim_start().len())
}

/// "Please ask yourself that question", "Now tell us this isn't …": a
/// request to the reader, not a statement. The cue is a plain verb that
/// opens its sentence, after at most a "please" or a linking adverb.
fn imperative(text: &str, sentence: Span, a: &Attribution) -> bool {
    let cue = a.cue.slice(text).to_lowercase();
    let Some(verb) = cue.split_whitespace().next() else {
        return false;
    };
    let plain = verb.len() > 2
        && !verb.ends_with('s')
        && !verb.ends_with("ing")
        && !attribution::is_past_tense(verb)
        && !matches!(verb, "read" | "put");
    if !plain {
        return false;
    }
    // (From the cue back, stopping at the first other word: linear in
    // a sentence of thousands of attributions.)
    let opens = text
        .get(sentence.start..a.cue.start)
        .unwrap_or("")
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "please" | "now" | "so" | "just" | "then" | "and" | "or" | "but"
            )
        });
    opens
}

/// "He'd have said it was too loud", "she would have argued": what someone
/// would have said, not what they said.
fn hypothetical(text: &str, sentence: Span, a: &Attribution) -> bool {
    let before = text.get(sentence.start..a.cue.start).unwrap_or("");
    let mut words = before.split_whitespace().rev();
    let (Some(have), Some(modal)) = (words.next(), words.next()) else {
        return false;
    };
    let modal = modal.to_lowercase();
    have.eq_ignore_ascii_case("have")
        && (matches!(modal.as_str(), "would" | "could" | "might" | "should")
            || modal.ends_with("'d")
            || modal.ends_with("’d"))
}

/// Objects that make a speech verb a deed, by the verb's stem.
#[rustfmt::skip]
const DEEDS: &[(&str, &[&str])] = &[
    ("conced", &[
        "defeat", "goal", "goals", "penalty", "penalties", "point", "points", "ground", "seat",
        "seats", "lead", "try", "tries", "wicket", "wickets", "runs", "race", "election",
        "nomination", "set", "sets", "corner", "corners", "possession",
    ]),
    ("declar", &[
        "emergency", "bankruptcy", "holiday", "disaster", "independence", "curfew", "dividend",
        "martial", "insolvency", "lockdown",
    ]),
    ("order", &["evacuation", "evacuations", "curfew", "lockdown", "lockdowns"]),
    // "Baird added the extras", "added a second goal".
    ("add", &[
        "extras", "conversion", "conversions", "penalty", "penalties", "try", "tries", "goal",
        "goals", "second", "third", "fourth", "runs", "wicket", "wickets", "touchdown", "points",
    ]),
    // "has recalled thousands of packs", "recalled its ambassador".
    ("recall", &[
        "packs", "pills", "tablets", "products", "cars", "vehicles", "batches", "units", "devices",
        "models", "bottles", "jars", "medicine", "medicines", "drug", "drugs", "food", "toys",
        "thousands", "millions", "hundreds", "ambassador", "envoy",
    ]),
    // "It seeks unspecified damages", "sought bankruptcy protection".
    ("seek", SOUGHT),
    ("sought", SOUGHT),
    // "call 101, quoting incident 712".
    ("quot", &["incident", "reference", "crime", "log", "ref", "case"]),
];

const SOUGHT: &[&str] = &["damages", "compensation", "bankruptcy"];

/// Speech verbs used for deeds, by their object ("conceded defeat",
/// "conceded a late goal", "declared a state of emergency", "ordered
/// evacuations"): no words are reported.
fn acted_not_said(text: &str, a: &Attribution) -> bool {
    if a.content.start < a.cue.end {
        return false;
    }
    let cue = a.cue.slice(text).to_lowercase();
    let Some(verb) = cue.split_whitespace().last() else {
        return false;
    };
    let Some((_, objects)) = DEEDS.iter().find(|(stem, _)| verb.starts_with(stem)) else {
        return false;
    };
    // The object's head within its first four words ("a late goal", "a state of emergency").
    a.content
        .slice(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .any(|w| objects.contains(&w.to_lowercase().as_str()))
}

/// Participles of a feeling or stance, whose subject holds it ("Republicans
/// were also incensed that …").
#[rustfmt::skip]
const FEELINGS: &[&str] = &[
    "incensed", "worried", "concerned", "convinced", "pleased", "frustrated", "alarmed",
    "disappointed", "surprised", "angered", "outraged", "encouraged", "interested", "determined",
    "satisfied", "shocked", "troubled", "dismayed", "delighted", "thrilled", "relieved",
    "annoyed", "irritated", "opposed", "committed", "prepared", "confused", "puzzled",
    "heartened", "embarrassed", "offended", "divided", "united", "amazed", "stunned", "horrified",
    "disturbed", "unconvinced", "unimpressed", "undecided", "resigned", "inclined", "agreed",
];

/// A cue in the passive ("was once dismissed as …", "we are being told
/// that …", "is understood to", "when asked whether …", "Asked by X
/// whether …"): its subject is
/// not the speaker; the "by" phrase, if any, is, and the content starts
/// after it.
fn passive_cue(text: &str, sentence: Span, a: &mut Attribution) {
    let cue = a.cue.slice(text);
    let lower = cue.to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let last = words.next_back().unwrap_or(first);
    let asked = matches!(last, "asked" | "questioned" | "pressed" | "quizzed");
    let participle = last.len() > 4 && last.ends_with("ed")
        || matches!(
            last,
            "told"
                | "said"
                | "written"
                | "shown"
                | "known"
                | "seen"
                | "heard"
                | "understood"
                | "thought"
        );
    if !participle || a.content.start < a.cue.end || FEELINGS.contains(&last) {
        return;
    }
    let be = |w: &str| matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be");
    // The words before the cue, past adverbs ("was once", "are now being").
    let before = text
        .get(sentence.start..a.cue.start)
        .unwrap_or("")
        .to_lowercase();
    let mut prev = before.split_whitespace().rev().skip_while(|w| {
        w.ends_with("ly") || matches!(*w, "once" | "also" | "now" | "not" | "never")
    });
    let prev = prev.next().unwrap_or("");
    let fronted = before.trim().is_empty() && cue.starts_with(char::is_uppercase);
    let subordinate = matches!(prev, "when" | "if" | "after" | "once" | "while" | "before");
    if !(be(first) || be(prev) || asked && (fronted || subordinate)) {
        return;
    }
    a.speaker = None;
    let Some(agent) = text[a.cue.end..a.content.end].strip_prefix(" by ") else {
        // "was once dismissed as a fad by the retailers": an agent ending the content.
        let content = a.content.slice(text);
        if let Some(by) = content.rfind(" by ") {
            let agent = &content[by + " by ".len()..];
            if agent.split_whitespace().count() <= 6 && !agent.contains([',', '"', '“', '”']) {
                let start = a.content.start + by + " by ".len();
                a.speaker = Some(Span::new(start, a.content.end));
                a.content.end = a.content.start + by;
            }
        }
        return;
    };
    let from = a.cue.end + " by ".len();
    // The agent runs to the content ("by reporters whether", "by X that").
    let mut at = 0;
    for w in agent.split(' ') {
        let opens = matches!(
            w,
            "whether"
                | "if"
                | "about"
                | "to"
                | "what"
                | "why"
                | "how"
                | "when"
                | "where"
                | "who"
                | "that"
                | "as"
                | "of"
                | "for"
        );
        if opens || w.ends_with(',') {
            let agent_end = if opens { at } else { at + w.len() + 1 };
            let speaker_end = from + agent_end - 1 - usize::from(!opens);
            if speaker_end > from && from + agent_end <= a.content.end {
                a.speaker = Some(Span::new(from, speaker_end));
                let rest = &text[from + agent_end..a.content.end];
                a.content.start = from + agent_end + (rest.len() - rest.trim_start().len());
            }
            return;
        }
        at += w.len() + 1;
    }
}

/// "said he understood their frustration but believed the party had …": a
/// conjoined cue the learned reader rejects as an attribution of its own is
/// the reported clause's second verb, so the content before it runs on over
/// its content.
fn join_vetoed_conjuncts(text: &str, read: &mut [Attribution], vetoed: &[Attribution]) {
    for a in read.iter_mut() {
        let Some(v) = vetoed.iter().find(|v| {
            v.speaker.is_some()
                && v.speaker == a.speaker
                && v.content.start >= v.cue.end
                && a.content.end <= v.cue.start
                && matches!(
                    text[a.content.end..v.cue.start].trim(),
                    "and" | "but" | "and also" | "but also"
                )
        }) else {
            continue;
        };
        a.content.end = v.content.end;
    }
}

/// A one-word cue in the present tense of headlines ("says", "warns"; after
/// a plural, "Prosecutors say …", "…, diplomats warn").
fn is_present_cue(cue: &str) -> bool {
    cue.len() > 2
        && cue.chars().all(|c| c.is_ascii_lowercase())
        && !attribution::is_past_tense(cue)
        && !cue.ends_with("ing")
}

/// Where a statement was made, when a content ends with it.
#[rustfmt::skip]
const MEDIA: &[&str] = &[
    "statement", "interview", "tweet", "post", "speech", "letter", "email", "blog", "release",
    "video", "op-ed", "address", "memo", "briefing",
];

/// Social platforms, as a content's last words name them.
#[rustfmt::skip]
const PLATFORMS: &[&str] = &[
    " X", " Twitter", " Facebook", " Instagram", " Telegram", " TikTok", " LinkedIn",
    " Bluesky", " Threads", " Truth Social", " YouTube", " Reddit",
];

/// Would cutting at byte `cut` split one of `outers` (in text order)?
fn cuts_quotation(outers: &[Span], cut: usize) -> bool {
    outers[..outers.partition_point(|q| q.start < cut)]
        .last()
        .is_some_and(|q| cut < q.end)
}

/// Nouns of the writer's gloss on what was said (", a reference to …").
#[rustfmt::skip]
const GLOSS_NOUNS: &[&str] = &[
    "reference", "allusion", "nod", "phrase", "decision", "move", "step", "remark", "swipe",
    "dig", "jibe", "term", "slogan",
];

/// A content without the writer's gloss that ends it ("…,” a reference to
/// China and the Gulf states", "…, a phrase used by four prime ministers",
/// "…, a decision that privacy advocates hailed as …"): a comma, "a" or
/// "an", at most one adjective and a [`GLOSS_NOUNS`] noun, then "to",
/// "that", "which" or "used". Not inside quotation marks.
fn without_gloss(text: &str, content: Span, outers: &[Span]) -> Span {
    let body = content.slice(text);
    for (at, _) in body.match_indices(" a") {
        // After a comma, or a comma and the closing mark of the quoted words.
        let before = &body[..at];
        let at = if before.ends_with(',') {
            at - 1
        } else if [",”", ",\"", ",’", ",'"]
            .iter()
            .any(|m| before.ends_with(m))
        {
            at
        } else {
            continue;
        };
        let words: Vec<&str> = body[at..]
            .trim_start_matches([',', '”', '"', '’', '\'', ' '])
            .split_whitespace()
            .take(4)
            .collect();
        let noun_at = match words.as_slice() {
            ["a" | "an", noun, ..] if GLOSS_NOUNS.contains(noun) => 2,
            ["a" | "an", _, noun, ..] if GLOSS_NOUNS.contains(noun) => 3,
            _ => continue,
        };
        let cut = content.start + at;
        if words
            .get(noun_at)
            .is_some_and(|w| matches!(*w, "to" | "that" | "which" | "used"))
            && !cuts_quotation(outers, cut)
            && body[..at].split_whitespace().count() >= 3
        {
            return Span::new(content.start, cut);
        }
    }
    content
}

/// A content without the medium that ends it ("called for more school
/// investment in a statement on Thursday"): "in a/an" and at most two words
/// before a [`MEDIA`] noun, and at most six words after it. Not inside
/// quotation marks. Or "on" and a [`PLATFORMS`] name at its very end.
fn without_medium(text: &str, content: Span, outers: &[Span]) -> Span {
    let body = content.slice(text);
    // "confirmed the agreement on X": the platform it was said on.
    if let Some(at) = PLATFORMS.iter().find_map(|p| {
        body.strip_suffix(p)
            .and_then(|rest| rest.strip_suffix(" on"))
            .filter(|rest| rest.split_whitespace().count() >= 2)
            .map(str::len)
    }) {
        return Span::new(content.start, content.start + at);
    }
    // Only the last dozen words can hold it: a long content (a run-on line)
    // is not searched whole for every attribution.
    let tail = body
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == ' ')
        .nth(20)
        .map_or(0, |(k, _)| k);
    let Some(at) = body[tail..]
        .rfind(" in a ")
        .or_else(|| body[tail..].rfind(" in an "))
        .map(|at| tail + at)
    else {
        return content;
    };
    let rest: Vec<&str> = body[at..].split_whitespace().skip(2).collect();
    let Some(m) = rest
        .iter()
        .take(3)
        .position(|w| MEDIA.contains(&w.trim_end_matches([',', '.']).to_lowercase().as_str()))
    else {
        return content;
    };
    let cut = content.start + at;
    let kept = body[..at].trim_end_matches([' ', ',']);
    if rest.len() - m - 1 > 6 || kept.split_whitespace().count() < 2 || cuts_quotation(outers, cut)
    {
        return content;
    }
    Span::new(content.start, content.start + kept.len())
}

/// Verbs whose subject receives what the noun cue after them says ("faced
/// calls to resign"), so is not its source.
const RECEIVING: &[&str] = &["face", "faces", "faced", "facing"];

/// "Buyers, as one of the managers pointed out, were …": an attribution in
/// an "as" clause inside its content, which the rules read whole.
fn in_as_clause(text: &str, a: &Attribution) -> bool {
    a.content.contains(a.cue)
        && a.speaker.is_some_and(|sp| {
            let before = text.get(a.content.start..sp.start).unwrap_or("");
            before.trim_end().ends_with(", as")
        })
}

/// Words that never end a phrase: articles, determiners, prepositions,
/// conjunctions, auxiliaries. A reported clause cut just after one ("that
/// following the release of stock, some", "rising production costs, as") is
/// cut mid-phrase.
const DANGLING: &[&str] = &[
    "a", "about", "after", "all", "although", "an", "and", "any", "as", "at", "because", "before",
    "both", "but", "by", "each", "every", "for", "from", "his", "if", "in", "into", "its", "my",
    "no", "not", "of", "on", "or", "our", "since", "some", "than", "that", "the", "their", "these",
    "this", "those", "though", "to", "until", "when", "where", "whether", "which", "while", "who",
    "whose", "with", "your",
    // Auxiliaries and copulas: "– is" before "the best spot".
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "shall",
];

/// Words after which a reported clause may begin ("said that …", "told them to …").
const CLAUSE_LEADS: &[&str] = &["that", "to", "whether", "if"];

/// The role tagger's re-reading (tokens `first..=last`) of a rule content
/// `old`, kept where it does not cut a phrase in two. A re-read that starts
/// inside `old` other than after punctuation or a [`CLAUSE_LEADS`] word
/// ("said the new drugs were …" read from "were") keeps the rules' start.
/// One that ends inside `old` on dangling words drops them (with the comma
/// before a relative pronoun: "Trump, who"), or keeps the rules' end if they
/// follow punctuation (", as suppliers try …", ", some stores can't …", "–
/// is the best spot"); so does one that ends before either dash of an aside
/// within the rules' content, before a short last conjunct, or at the comma
/// after a fronted adjunct. One that reaches past `old` onto dangling words
/// drops them.
fn clause_edges(t: &learned::Tokens, old: Span, (first, last): (usize, usize)) -> Span {
    let new = learned::span_of(t, (first, last));
    let dangling = |k: usize| DANGLING.contains(&t.lower[k].as_str());
    let start = if new.start > old.start
        && first > 0
        && t.toks[first - 1].kind != crate::text::TokenKind::Punct
        && !CLAUSE_LEADS.contains(&t.lower[first - 1].as_str())
    {
        old.start
    } else if first > 0
        && t.toks[first - 1].span.start >= old.start
        && t.toks[first - 1].span.end == new.start
        && t.lower[first - 1].chars().all(|c| "$€£¥#@".contains(c))
    {
        // "€10.6bn": a symbol written onto the first word belongs to it.
        t.toks[first - 1].span.start
    } else {
        new.start
    };
    // A dangling word after a comma or dash opens a clause the rules'
    // content goes on with; one inside a phrase ("for president on") is a
    // word too many.
    let cut_short = new.end < old.end;
    let mut end = new.end;
    if cut_short && dangling(last) {
        let mut k = last;
        while k > first && dangling(k) {
            k -= 1;
        }
        let relative = t
            .lower
            .get(k + 1)
            .is_some_and(|w| matches!(w.as_str(), "who" | "whom" | "whose" | "which"));
        if t.lower[k] == "," && relative && k > first {
            k -= 1;
        }
        end = if t.toks[k].kind == crate::text::TokenKind::Punct || dangling(k) {
            old.end
        } else {
            t.toks[k].span.end
        };
    } else if new.end > old.end && dangling(last) {
        // One reaching past the rules' end onto a conjunction ("… to 1.8
        // million customers but" before "warned that …") drops it.
        let mut k = last;
        while k > first && (dangling(k) || t.toks[k].kind == crate::text::TokenKind::Punct) {
            k -= 1;
        }
        end = t.toks[k].span.end.max(old.end);
    }
    // A re-read ending before either dash of an aside leaves out what
    // follows it ("a site designated “Nightingale” – located in a crater …
    // – is the best spot").
    let is_dash = |k: usize| matches!(t.lower[k].as_str(), "–" | "—" | "--");
    let opens_aside = || {
        (last + 2..t.len())
            .take_while(|&k| t.toks[k].span.end <= old.end)
            .any(is_dash)
    };
    let closes_aside = || (first..=last).filter(|&k| is_dash(k)).count() % 2 == 1;
    if cut_short && last + 1 < t.len() && is_dash(last + 1) && (opens_aside() || closes_aside()) {
        end = old.end;
    }
    // A re-read dropping a short last conjunct of the rules' clause ("…
    // production costs, as suppliers try to meet demand, and fewer specials").
    let mut k = last + 1;
    if t.lower.get(k).is_some_and(|w| w == ",") {
        k += 1;
    }
    if cut_short && t.lower.get(k).is_some_and(|w| w == "and" || w == "or") {
        let rest = (k + 1..t.len())
            .take_while(|&j| t.toks[j].span.end <= old.end)
            .count();
        if (1..=4).contains(&rest) && t.toks[k + rest].span.end == old.end {
            end = old.end;
        }
    }
    // A re-read ending at the comma after a fronted adjunct ("that following
    // the early release of stock, some stores can't run …") leaves out the
    // clause it belongs to.
    let opener = if t.lower[first] == "that" {
        first + 1
    } else {
        first
    };
    if cut_short
        && t.lower.get(last + 1).is_some_and(|w| w == ",")
        && opener < last
        && FRONTED_ADJUNCTS.contains(&t.lower[opener].as_str())
    {
        end = old.end;
    }
    // Nor on the comma before what it leaves out ("to double defence
    // spending, | despite growing opposition").
    // A comma inside the rules' content before a dangling word keeps their
    // end, as above ("rising production costs, | as suppliers try …").
    let at = t.toks.partition_point(|k| k.span.end < end);
    if at > first && t.toks.get(at).is_some_and(|k| k.span.end == end) && t.lower[at] == "," {
        end = if end < old.end
            && t.lower
                .get(at + 1)
                .is_some_and(|w| DANGLING.contains(&w.as_str()))
        {
            old.end
        } else {
            t.toks[at - 1].span.end
        };
    }
    Span::new(start, end.max(start))
}

/// Words that open an adjunct fronted in a reported clause, before its
/// subject ("that *following* the release, some stores …").
#[rustfmt::skip]
const FRONTED_ADJUNCTS: &[&str] = &[
    "after", "although", "amid", "as", "because", "before", "despite", "during", "following",
    "given", "if", "in", "once", "since", "though", "under", "unless", "until", "when", "while",
    "with", "without",
];

/// A re-read content (`new`) that would cut quoted words out of the rules'
/// clause (`old`) keeps that side of the clause: in a mixed quote ("provided
/// what he described as the “root causes” were addressed") the quoted words
/// are the speaker's own and the reason the statement is mixed.
fn keep_quoted_words(old: Span, new: Span, outers: &[Span]) -> Span {
    let first = outers.partition_point(|q| q.end <= old.start);
    let mut kept = new;
    for q in outers[first..].iter().take_while(|q| q.start < old.end) {
        if old.contains(*q) {
            if q.end > new.end {
                kept.end = old.end;
            }
            if q.start < new.start {
                kept.start = old.start;
            }
        }
    }
    kept
}

/// An object or stance cue inside another statement's reported content
/// ("According to Umerov, the delegations also discussed timelines") is part
/// of what was reported, not a statement of its own; so is a reported clause
/// that closes another (PolNeAR annotates no attribution inside another's
/// content).
fn drop_nested_statements(text: &str, quotes: &mut Vec<Quote>) {
    // Non-direct contents with their statement's index and cue.
    let mut contents: Vec<(Span, usize, Option<Span>)> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind != QuoteKind::Direct)
        .map(|(i, q)| (q.span(), i, q.cue))
        .collect();
    contents.sort_unstable_by_key(|c| (c.0.start, c.0.end, c.1));
    // Scanning back from a cue stops where no earlier content reaches it.
    let reach = furthest_ends(contents.iter().map(|c| c.0.end));
    let keep: Vec<bool> = quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let Some(cue) = q.cue else {
                return true;
            };
            let object_cue = cue_class(&cue.slice(text).to_lowercase()) == Some(CueClass::Object);
            // "Sanders said he wants …": the inner speaker opens the outer content.
            let opens_content = |c: &Span| {
                q.speaker.as_ref().is_some_and(|sp| {
                    let lead = text.get(c.start..sp.mention.start).unwrap_or("x").trim();
                    sp.mention.start >= c.start && matches!(lead, "" | "that")
                })
            };
            // "He said he plans to use the $18 million he says he raised": a
            // reported clause that ends the outer one, both after their cues.
            let span = q.span();
            let ends_outer = |c: &Span, outer_cue: Option<Span>| {
                q.kind != QuoteKind::Direct
                    && cue.end <= span.start
                    && c.end == span.end
                    && outer_cue.is_some_and(|oc| oc.end <= c.start)
            };
            let after = contents.partition_point(|c| c.0.start <= cue.start);
            !(0..after)
                .rev()
                .take_while(|&k| reach[k] >= cue.end)
                .any(|k| {
                    let (c, j, oc) = contents[k];
                    // (Not a named statement inside an agentless one: "The chief
                    // executive … was accused of “…” after telling MPs that …".)
                    let named_in_agentless =
                        quotes[j].speaker.is_none() && q.speaker.is_some() && j != i;
                    c.contains(cue)
                        && !named_in_agentless
                        && (object_cue || opens_content(&c) || j != i && ends_outer(&c, oc))
                })
        })
        .collect();
    let mut keep = keep.into_iter();
    quotes.retain(|_| keep.next().unwrap_or(true));
}

/// For spans sorted by start, the furthest end among the first k + 1: a
/// scan back for spans containing a point stops where this falls short of it.
fn furthest_ends(ends: impl Iterator<Item = usize>) -> Vec<usize> {
    ends.scan(0, |far, end| {
        *far = (*far).max(end);
        Some(*far)
    })
    .collect()
}

fn group_span(group: &[Quoted]) -> Span {
    match (group.first(), group.last()) {
        (Some(a), Some(b)) => Span::new(a.outer.start, b.outer.end),
        _ => Span::default(),
    }
}

/// The quote an attribution makes: direct, mixed or reported.
fn statement(
    text: &str,
    a: &Attribution,
    groups: &[Vec<Quoted>],
    claimed: &mut [bool],
    resolver: &speakers::Resolver,
    roles: &[(Span, String)],
    clusters: &[Cluster],
) -> Quote {
    let mut content = a.content;
    // Groups are in text order and do not overlap: those meeting the content
    // are a run starting at the first that ends after the content starts.
    let first = groups.partition_point(|g| group_span(g).end <= a.content.start);
    let hits: Vec<usize> = (first..groups.len())
        .take_while(|&g| group_span(&groups[g]).start < a.content.end)
        .filter(|&g| group_span(&groups[g]).overlaps(a.content))
        .collect();
    for &g in &hits {
        let s = group_span(&groups[g]);
        content = Span::new(content.start.min(s.start), content.end.max(s.end));
        claimed[g] = true;
    }
    let outside_marks_is_empty = |g: &[Quoted]| {
        let s = group_span(g);
        let before = text.get(content.start..s.start).unwrap_or("");
        let after = text.get(s.end..content.end).unwrap_or("");
        !before
            .chars()
            .chain(after.chars())
            .any(char::is_alphanumeric)
    };
    let (kind, pieces) = match hits.as_slice() {
        [g] if outside_marks_is_empty(&groups[*g]) => (
            QuoteKind::Direct,
            groups[*g].iter().map(|q| q.inner).collect(),
        ),
        [] => (QuoteKind::Indirect, around_attribution(text, content, a)),
        _ => (QuoteKind::Mixed, around_attribution(text, content, a)),
    };
    let speaker = a.speaker.map(|m| resolver.speaker(m));
    let role = role_of(speaker.as_ref(), roles, clusters);
    Quote {
        pieces,
        speaker,
        role,
        cue: Some(a.cue),
        kind,
    }
}

/// A reported content with its attribution set off by commas inside it
/// ("It was possible, she explained, that …", "Twenty years ago, says
/// Alistair Buchan, you could …"): the two pieces around the attribution.
fn around_attribution(text: &str, content: Span, a: &Attribution) -> Vec<Span> {
    let whole = vec![content];
    let Some(sp) = a.speaker else {
        return whole;
    };
    let (start, end) = (sp.start.min(a.cue.start), sp.end.max(a.cue.end));
    if !(content.start < start && end < content.end) {
        return whole;
    }
    let before = text[content.start..start].trim_end();
    let Some(first) = before.strip_suffix(',') else {
        return whole;
    };
    // Up to the comma closing the attribution, past a short adjunct ("said
    // on Tuesday,").
    let after = &text[end..content.end];
    let Some(comma) = after.find(',').filter(|&k| {
        after[..k].split_whitespace().count() <= 4 && !after[..k].contains(['“', '"', '‘'])
    }) else {
        return whole;
    };
    let rest = &after[comma + 1..];
    let second = end + comma + 1 + (rest.len() - rest.trim_start().len());
    let first = first.trim_end();
    if first.is_empty() || second >= content.end {
        return whole;
    }
    vec![
        Span::new(content.start, content.start + first.len()),
        Span::new(second, content.end),
    ]
}

fn role_of(
    speaker: Option<&Speaker>,
    roles: &[(Span, String)],
    clusters: &[Cluster],
) -> Option<String> {
    let sp = speaker?;
    let cluster = sp.cluster.and_then(|c| clusters.get(c));
    // Roles are in text order (found sentence by sentence).
    let first = roles.partition_point(|(m, _)| m.start < sp.mention.start);
    roles[first..]
        .iter()
        .take_while(|(m, _)| m.start < sp.mention.end)
        .find(|(m, _)| sp.mention.contains(*m))
        .map(|(_, r)| r.clone())
        .filter(|r| roles::is_plausible(r))
        .or_else(|| {
            cluster
                .and_then(|c| c.role.clone())
                .filter(|r| roles::is_plausible(r))
        })
        .or_else(|| {
            cluster
                .and_then(|c| roles::split_title(&c.name).1)
                .map(str::to_owned)
        })
}

/// The one person cluster whose name's initials are `label` ("EV" → Elena
/// Varga), if exactly one has them.
fn person_with_initials<'c>(
    label: &str,
    clusters: &'c [Cluster],
) -> Option<(crate::analysis::ClusterId, &'c Cluster)> {
    if !(2..=3).contains(&label.len()) || !label.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let mut found = clusters.iter().enumerate().filter(|(_, c)| {
        c.label == EntityLabel::Person
            && crate::entities::name_initials(roles::split_title(&c.name).0).as_deref()
                == Some(label)
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// One line of a transcript: `WALLACE: If I may, sir, …`.
struct TranscriptLine {
    paragraph: Span,
    speaker: Span,
    cue: Span,
    words: Span,
    /// Whether the line names its speaker ("Q:", "WALLACE:"), or is an
    /// unlabelled question or answer.
    kind: LineKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Labelled,
    Question,
    Answer,
}

/// A transcript has at least this many speaker-tagged lines.
const MIN_TRANSCRIPT_LINES: usize = 3;

/// Labels in capitals that are not speakers ("UPDATE: …").
#[rustfmt::skip]
const NOT_TRANSCRIPT_SPEAKERS: &[&str] = &[
    "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "WATCH",
    "RELATED", "ABSTRACT", "FULL TEXT", "BREAKING", "VIDEO", "PHOTOS", "READ MORE", "SOURCE",
    "SOURCES", "CLICK HERE", "DISCLOSURE", "WARNING",
];

/// The paragraphs that open with a speaker's name in capitals and a colon
/// (`"WALLACE: …`, `PENCE: …`) or with an interview's `Q:` / `A:`, if the
/// text has enough of them to be a transcript. Marks around such lines are a
/// transcript's, not a quote's.
fn transcript_lines(text: &str, sentences: &[Sentence]) -> Vec<TranscriptLine> {
    let mut lines = Vec::new();
    let mut k = 0;
    while k < sentences.len() {
        let para = sentences[k].paragraph;
        let last = k + sentences[k..]
            .iter()
            .take_while(|s| s.paragraph == para)
            .count()
            - 1;
        let span = Span::new(sentences[k].span.start, sentences[last].span.end);
        k = last + 1;
        let body = span.slice(text);
        let lead = body.len() - body.trim_start_matches(['"', '“', ' ']).len();
        let rest = &body[lead..];
        let Some(colon) = rest.find(':') else {
            continue;
        };
        let name = &rest[..colon];
        // "Q: …" and "A: …" in an interview.
        // Capitals ("WALLACE", "EV") or a full name ("Elena Varga").
        let capitals = || {
            name.chars()
                .all(|c| c.is_uppercase() || " .-'’".contains(c))
        };
        let full_name = || {
            let words: Vec<&str> = name.split(' ').collect();
            words.len() >= 2
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
                })
        };
        let is_name = matches!(name, "Q" | "A")
            || (2..=30).contains(&name.len())
                && name.split(' ').count() <= 3
                && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && (capitals() || full_name())
                && !NOT_TRANSCRIPT_SPEAKERS.contains(&name.to_uppercase().as_str());
        // ("A: (laughs) Many people …": not the stage direction.)
        let mut words = rest[colon + 1..].trim();
        if let Some(close) = words.strip_prefix('(').and_then(|w| w.find(')')) {
            if close < 20 {
                words = words[close + 2..].trim_start();
            }
        }
        if !is_name || words.is_empty() {
            continue;
        }
        let at = span.start + lead;
        // (`words` lies inside `body`.)
        let words_start = span.start + (words.as_ptr() as usize - body.as_ptr() as usize);
        lines.push(TranscriptLine {
            paragraph: span,
            speaker: Span::new(at, at + colon),
            cue: Span::new(at + colon, at + colon + 1),
            words: Span::new(words_start, words_start + words.len()),
            kind: LineKind::Labelled,
        });
    }
    if lines.len() < MIN_TRANSCRIPT_LINES {
        lines.clear();
    }
    lines
}

/// A magazine interview without labels (the questions were set in bold):
/// a paragraph that is only a short question, then the answer's paragraph.
/// At least [`MIN_UNLABELLED_ANSWERS`] such pairs, one question to "you",
/// or none at all (a writer's rhetorical question is no interview).
fn unlabelled_answers(text: &str, sentences: &[Sentence]) -> Vec<TranscriptLine> {
    let paragraphs: Vec<(Span, usize)> = sentences
        .chunk_by(|a, b| a.paragraph == b.paragraph)
        .filter(|p| p.iter().all(|s| s.kind == SentenceKind::Body))
        .filter_map(|p| {
            Some((
                Span::new(p.first()?.span.start, p.last()?.span.end),
                p.len(),
            ))
        })
        .collect();
    let question = |&(span, n): &(Span, usize)| {
        let body = span.slice(text).trim();
        n <= 2 && body.len() <= 200 && body.ends_with('?') && !body.contains(['"', '“', '”'])
    };
    let to_you = |span: Span| {
        span.slice(text)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("you") || w.eq_ignore_ascii_case("your"))
    };
    // An answer speaks in the first person, in no quotation marks of its
    // own ("Sanders laughed, heartily." answers no one).
    let answer = |p: &(Span, usize)| {
        let body = p.0.slice(text);
        !question(p)
            && !body.contains(['"', '“', '”'])
            && body
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "I" | "me" | "my" | "we" | "us" | "our"))
    };
    let mut lines = Vec::new();
    let mut addressed = false;
    for pair in paragraphs.windows(2) {
        if question(&pair[0]) && answer(&pair[1]) {
            addressed |= to_you(pair[0].0);
            for (span, kind) in [
                (pair[0].0, LineKind::Question),
                (pair[1].0, LineKind::Answer),
            ] {
                lines.push(TranscriptLine {
                    paragraph: span,
                    speaker: Span::new(span.start, span.start),
                    cue: Span::new(span.start, span.start),
                    words: span,
                    kind,
                });
            }
        }
    }
    if lines.len() < 2 * MIN_UNLABELLED_ANSWERS || !addressed {
        lines.clear();
    }
    lines
}

/// An unlabelled interview has at least this many question-and-answer pairs.
const MIN_UNLABELLED_ANSWERS: usize = 3;

/// How far after a quotation its signature may end (bytes).
const SIGNATURE_BYTES: usize = 160;

/// The name that signs a quotation after a dash at the end of its line
/// (`“…” ― Jane Doe`, epigraph and vox-pop style), if one does.
fn signature_after(text: &str, at: usize) -> Option<Span> {
    // A short look ahead: the line must end within it (long texts stay linear).
    let mut end = text.len().min(at.saturating_add(SIGNATURE_BYTES));
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = text.get(at..end)?;
    let line = match rest.find(['\n', '\r']) {
        Some(k) => &rest[..k],
        None if end == text.len() => rest,
        None => return None,
    };
    let after_dash = line.trim_start().strip_prefix(['―', '—', '–'])?;
    let name = after_dash.trim().trim_end_matches('.');
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_name = (1..=6).contains(&words.len())
        && words.iter().any(|w| w.chars().count() > 2)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || ".'’-".contains(c))
        });
    if !is_name {
        return None;
    }
    let start =
        at + (line.len() - after_dash.len()) + (after_dash.len() - after_dash.trim_start().len());
    Some(Span::new(start, start + name.len()))
}

/// Quotations no attribution claimed that read as whole statements: they
/// continue the speaker of the statement just before them in the same or the
/// previous paragraph (news style: `“A,” she said.` ⏎ `“B.”`). Other quotations
/// of [`MIN_QUOTED_PHRASE_WORDS`] or more are statements too, given to the
/// speaker of a statement earlier in their sentence, else to the sentence's
/// first name. Short ones (scare quotes, titles) are not.
fn add_unclaimed(
    text: &str,
    sentences: &[Sentence],
    groups: &[Vec<Quoted>],
    claimed: &[bool],
    resolver: &speakers::Resolver,
    quotes: &mut Vec<Quote>,
) {
    let paragraph_of = |at: usize| {
        let k = sentences.partition_point(|s| s.span.end <= at);
        sentences.get(k).map_or(usize::MAX, |s| s.paragraph)
    };
    // Statements by (end, index), so the one ending last before a quotation is
    // found without a scan; quotations added here join it.
    let mut by_end: std::collections::BTreeSet<(usize, usize)> = quotes
        .iter()
        .enumerate()
        .map(|(k, q)| (q.span().end, k))
        .collect();
    let paragraph_start = |para: usize| {
        let k = sentences.partition_point(|s| s.paragraph < para);
        sentences.get(k).map_or(usize::MAX, |s| s.span.start)
    };
    for (g, group) in groups.iter().enumerate() {
        if claimed[g] {
            continue;
        }
        let span = group_span(group);
        let words: usize = group
            .iter()
            .map(|q| q.inner.slice(text).split_whitespace().count())
            .sum();
        let first = group[0].inner.slice(text);
        let is_sentence = first.starts_with(char::is_uppercase)
            && group.last().is_some_and(|q| {
                q.inner
                    .slice(text)
                    .trim_end()
                    .ends_with(['.', '!', '?', ',', '…'])
            });
        // "Asked about her chances, she smiled: “…”": the subject of a
        // verb of manner just before a colon.
        if let Some(mention) = manner_subject(text, resolver.entities, span.start) {
            let quote = Quote {
                pieces: group.iter().map(|q| q.inner).collect(),
                speaker: Some(resolver.speaker(mention)),
                role: None,
                cue: None,
                kind: QuoteKind::Direct,
            };
            by_end.insert((quote.span().end, quotes.len()));
            quotes.push(quote);
            continue;
        }
        // "'I never wanted to be a politician': Mira Kostelec on running
        // Zagreb": a headline's quotation labelled with its speaker.
        if let Some(mention) = label_after(text, resolver.entities, span.end) {
            quotes.push(Quote {
                pieces: group.iter().map(|q| q.inner).collect(),
                speaker: Some(resolver.speaker(mention)),
                role: None,
                cue: None,
                kind: QuoteKind::Direct,
            });
            continue;
        }
        let para = paragraph_of(span.start);
        // The statement ending last before the quotation (the later one on a
        // tie) that starts in its paragraph or the one before; one ending
        // before that paragraph also starts before it, and so do all earlier.
        let earliest = paragraph_start(para.saturating_sub(1));
        let previous = by_end
            .range(..(span.start + 1, 0))
            .rev()
            .take_while(|&&(end, _)| end >= earliest || para == usize::MAX)
            .map(|&(_, k)| &quotes[k])
            .find(|q| paragraph_of(q.span().start).saturating_add(1) >= para)
            .filter(|q| q.speaker.is_some());
        let Some(previous) = previous.filter(|_| words >= MIN_UNCLAIMED_WORDS && is_sentence)
        else {
            // Not a whole sentence after a speaker's statement, but long enough to
            // be someone's words ("Reid has gone after Trump as a “human leech who
            // will bleed the country”"): the speaker of a statement earlier in its
            // sentence, else the sentence's first name.
            if words < MIN_QUOTED_PHRASE_WORDS {
                continue;
            }
            let sentence_start = sentences
                .get(sentences.partition_point(|s| s.span.end <= span.start))
                .map_or(span.start, |s| s.span.start);
            let speaker = match previous.filter(|q| q.span().start >= sentence_start) {
                Some(q) => q.speaker.clone(),
                None => first_name_before(sentences, resolver.entities, span.start)
                    .map(|e| resolver.speaker(e)),
            };
            quotes.push(Quote {
                pieces: group.iter().map(|q| q.inner).collect(),
                role: None,
                speaker,
                cue: None,
                kind: QuoteKind::Direct,
            });
            continue;
        };
        let quote = Quote {
            pieces: group.iter().map(|q| q.inner).collect(),
            speaker: previous.speaker.clone(),
            role: previous.role.clone(),
            cue: None,
            kind: QuoteKind::Direct,
        };
        by_end.insert((quote.span().end, quotes.len()));
        quotes.push(quote);
    }
}

/// The person named after a colon at `at` that labels the quotation before
/// it, alone on its line or followed by "on …" ("“…”: Mira Kostelec on
/// running Zagreb").
fn label_after(text: &str, entities: &[Entity], at: usize) -> Option<Span> {
    let after = text.get(at..)?.strip_prefix(':')?;
    let start = at + 1 + (after.len() - after.trim_start_matches(' ').len());
    // (Entities are sorted by end: the one starting here ends soon after.)
    let from = entities.partition_point(|e| e.span.end <= start);
    let e = entities[from..]
        .iter()
        .take(16)
        .find(|e| e.span.start == start && e.label == EntityLabel::Person)?;
    let rest = text.get(e.span.end..)?;
    let line_end = rest.trim_start_matches(' ').is_empty() || rest.starts_with(['\n', '\r']);
    (line_end || rest.starts_with(" on ")).then_some(e.span)
}

/// The subject before "VERBed:" that ends the text before `at` ("she
/// smiled:", "Arteta laughed:"): a pronoun or the end of a name.
fn manner_subject(text: &str, entities: &[Entity], at: usize) -> Option<Span> {
    let before = text.get(..at)?.trim_end();
    let head = before.strip_suffix(':')?.trim_end();
    let verb_at = head.rfind(' ')? + 1;
    let verb = &head[verb_at..];
    if !(verb.len() > 4 && verb.ends_with("ed") && verb.chars().all(|c| c.is_ascii_lowercase())) {
        return None;
    }
    let subject = head[..verb_at].trim_end();
    let start = subject.rfind([' ', '\n', ',']).map_or(0, |k| k + 1);
    let word = &subject[start..];
    if matches!(word, "he" | "she" | "they" | "He" | "She" | "They") {
        return Some(Span::new(start, subject.len()));
    }
    entities
        .iter()
        .find(|e| e.span.end == subject.len() && e.label.is_name())
        .map(|e| e.span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transcript_is_read_line_by_line() {
        let text = "Partial transcript as follows:\n\n\"WALLACE: Will she be there?\n\n\"PENCE: She will not. \"Never,\" he said.\n\n\"WALLACE: Thank you.\n\nUPDATE: More later.";
        let sentences = crate::text::sentences(text);
        let lines = transcript_lines(text, &sentences);
        let read: Vec<(&str, &str)> = lines
            .iter()
            .map(|l| (l.speaker.slice(text), l.words.slice(text)))
            .collect();
        assert_eq!(
            read,
            [
                ("WALLACE", "Will she be there?"),
                ("PENCE", "She will not. \"Never,\" he said."),
                ("WALLACE", "Thank you.")
            ]
        );
        // Two tagged lines are not yet a transcript.
        let two = "WALLACE: Hello.\n\nPENCE: Hi.";
        assert!(transcript_lines(two, &crate::text::sentences(two)).is_empty());
    }

    #[test]
    fn a_quotation_signed_with_a_dash_is_its_signers() {
        let text = "“He divides us.” ― Carla Sanchez.\n“No.” — said so";
        let name = signature_after(text, text.find(" ―").unwrap()).unwrap();
        assert_eq!(name.slice(text), "Carla Sanchez");
        assert_eq!(signature_after(text, text.find(" —").unwrap()), None);
    }

    #[test]
    fn a_re_read_clause_keeps_the_quoted_words_of_a_mixed_quote() {
        let text = "Putin said Russia was ready, provided what he described as the “root causes” were addressed.";
        let at = |s: &str| text.find(s).unwrap();
        let old = Span::new(
            at("Russia"),
            at(" were addressed") + " were addressed".len(),
        );
        let cut = Span::new(at("Russia"), at(", provided"));
        let quote = Span::new(at("“root"), at(" were addressed"));
        assert_eq!(keep_quoted_words(old, cut, &[quote]), old);
        // Without quoted words beyond the cut, the re-read stands.
        assert_eq!(keep_quoted_words(old, cut, &[]), cut);
        let early = Span::new(0, at(" said"));
        assert_eq!(keep_quoted_words(old, cut, &[early]), cut);
    }
}
