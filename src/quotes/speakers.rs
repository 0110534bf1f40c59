//! From a speaker mention to a speaker: names, nominals and pronouns.
//!
//! A name mention takes its entity cluster's canonical name ("Umerov" →
//! "Rustem Umerov"). A nominal ("the Kremlin", "White House officials") is
//! kept as written, and linked to an entity when a name is its head, when a
//! name stands in apposition with it ("His attorney, Michelle Ortiz, said"),
//! when someone named before holds its role ("the prime minister" → Keir
//! Starmer), or, for "the company", "the agency" or "the newspaper", to the
//! organisation of that kind the text names most.
//! A pronoun ("He") keeps its mention and takes the name of the most recent
//! compatible person: earlier in its own sentence, else in the previous
//! sentences, where a person who spoke or who opens the sentence (the
//! subject) comes before one who is only mentioned; names in the quoted
//! words and the one who asked the question are no antecedents. Gender comes
//! from titles, role words and first names ([`super::gender`]). An epithet
//! ("the Italian", "the 62-year-old") is read like a pronoun of either
//! gender; "they" takes the latest plural nominal speaker ("The
//! researchers"), and "he"/"she" with no named person in reach the latest
//! unnamed one who spoke ("a senior diplomat").

use std::cell::OnceCell;

use super::gender::{self, Gender};
use crate::analysis::{
    Cluster, ClusterId, Entity, EntityLabel, Quote, QuoteKind, Sentence, SentenceKind, Span,
    Speaker,
};

/// Everything speaker resolution reads.
pub struct Resolver<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub entities: &'a [Entity],
    pub clusters: &'a [Cluster],
    /// The outer quotation spans, in text order.
    pub quotations: &'a [Span],
    /// Each cluster's gender, found on first use: it reads every mention,
    /// and every pronoun asks it of each candidate.
    genders: Vec<OnceCell<Option<Gender>>>,
}

/// How many sentences back a pronoun may look for its person.
const PRONOUN_REACH: usize = 3;
/// Speakers of the latest statements a pronoun looks through (those within
/// reach; a cap keeps long texts linear).
const RECENT_SPEAKERS: usize = 64;
/// How many names back a nominal speaker looks for what it stands for ("the
/// prime minister", "the company"): a few pages, so a book stays linear.
const LOOKBACK_ENTITIES: usize = 500;
/// The most bytes between a name and a relative "who" that refers to it.
const NEXT_TO_BYTES: usize = 256;

impl<'a> Resolver<'a> {
    /// A resolver over the entity step's output (`entities` sorted by end)
    /// and the text's outer quotation spans.
    pub fn new(
        text: &'a str,
        sentences: &'a [Sentence],
        entities: &'a [Entity],
        clusters: &'a [Cluster],
        quotations: &'a [Span],
    ) -> Self {
        Resolver {
            text,
            sentences,
            entities,
            clusters,
            quotations,
            genders: clusters.iter().map(|_| OnceCell::new()).collect(),
        }
    }

    /// The speaker for a mention, before pronoun resolution.
    pub fn speaker(&self, mention: Span) -> Speaker {
        let word = mention.slice(self.text);
        if word == "who" || word == "Who" || word.eq_ignore_ascii_case("which") {
            return self.relative_speaker(mention);
        }
        let inside: Vec<&Entity> = crate::entities::starting_in(self.entities, mention)
            .iter()
            .filter(|e| e.label.is_name() && mention.contains(e.span))
            .collect();
        // The person a nominal speaker belongs to is not the speaker
        // ("Harlan’s spokeswoman", "a spokesman for Ellison", "an aide to
        // Clinton"); an organisation is ("a spokesman for the Kremlin").
        let possessor = |e: &Entity| {
            // The name with the rest of its last word ("Harlan" → "Harlan’s").
            let rest = self.text.get(e.span.end..mention.end).unwrap_or("");
            let word_end = e.span.end + rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = self.text.get(e.span.start..word_end).unwrap_or("");
            let before = self.text.get(mention.start..e.span.start).unwrap_or("");
            // Past the person's title ("an aide to Health Minister Priya
            // Shah"), not past a name ("director of Amnesty International Man-kei Tam").
            let words: Vec<&str> = before.split_whitespace().rev().collect();
            let run = words
                .iter()
                .take_while(|w| w.starts_with(char::is_uppercase))
                .count();
            let titled = words[..run].iter().any(|w| crate::entities::is_title(w));
            let preposition = words
                .get(if titled { run } else { 0 })
                .copied()
                .unwrap_or("");
            e.label == EntityLabel::Person
                && (crate::entities::features::possessive_start(word).is_some()
                    || matches!(preposition, "for" | "of" | "to"))
        };
        // A name that ends the mention is its head ("the Kremlin", "Putin").
        let head = inside.iter().rev().find(|e| {
            !possessor(e)
                && self
                    .text
                    .get(e.span.end..mention.end)
                    .is_some_and(|rest| rest.chars().all(|c| !c.is_alphanumeric()))
        });
        // A person named in the mention is the speaker ("President … el-Sisi of
        // Egypt"), unless a conjunct follows ("Devon and Cornwall Police").
        let conjunct_after = |e: &Entity| {
            let rest = self.text.get(e.span.end..mention.end).unwrap_or("");
            let rest = rest.trim_start_matches([' ', ',']);
            rest.starts_with("and ") || rest.starts_with("or ") || rest.starts_with("& ")
        };
        // The last person first ("Texas Rep. Mike McCaul", where the name
        // tagger also took "Texas Rep" for a name).
        // Not a name that modifies a group's noun ("Royal sources", "Clinton aides") or,
        // after an article, one member's ("A Garda spokesman").
        let names_members_noun = |e: &Entity| {
            let rest = self.text.get(e.span.end..mention.end).unwrap_or("").trim();
            let plural = rest.ends_with('s') || rest.ends_with("people");
            let article = matches!(
                self.text
                    .get(mention.start..e.span.start)
                    .unwrap_or("")
                    .split_whitespace()
                    .next(),
                Some("A" | "a" | "An" | "an" | "One" | "one" | "Another" | "another")
            );
            GROUP_NOUNS.contains(&rest) && (plural || article)
        };
        let person = inside.iter().rev().find(|e| {
            e.label == EntityLabel::Person
                && e.cluster.is_some()
                && !possessor(e)
                && !conjunct_after(e)
                && !names_members_noun(e)
        });
        let head = person.or(head);
        // A nominal followed by a person in apposition is that person ("The
        // chancellor, Jeremy Hunt, insisted"), also when it names a body in
        // its "of" phrase ("The head of the Lagos Traders Association, Mr
        // Tunde Bakare, told").
        let head = match head {
            Some(e) if e.span.start == mention.start || e.label == EntityLabel::Person => Some(*e),
            _ => self.apposed_person(mention).or(head.copied()),
        };
        let cluster = head.and_then(|e| e.cluster);
        let name = match cluster.and_then(|c| self.clusters.get(c)) {
            Some(c) if c.label == EntityLabel::Person => {
                super::roles::split_title(&c.name).0.to_owned()
            }
            Some(c)
                if head.is_some_and(|e| e.span == mention || self.role_noun_before(e, mention)) =>
            {
                c.name.clone()
            }
            _ => mention.slice(self.text).to_owned(),
        };
        Speaker {
            name,
            mention,
            cluster,
        }
    }

    /// The person named between commas right after `mention`, if any.
    fn apposed_person(&self, mention: Span) -> Option<&Entity> {
        let rest = self.text.get(mention.end..)?;
        let gap = rest.len() - rest.trim_start_matches([' ', ',']).len();
        if !rest[..gap].contains(',') {
            return None;
        }
        let at = mention.end + gap;
        let k = self.entities.partition_point(|e| e.span.start < at);
        // The person may follow a few lower-case role words or a title
        // ("Another passenger, retired teacher Graham Hill, said", "Its
        // president, Dr Adrian Boyle, said"), or a modified role noun with
        // a name of its own ("Its inventor, the Sorbonne professor Carlos Moreno,").
        let e = self.entities.get(k..)?.iter().take(2).find(|e| {
            let role = self.text.get(at..e.span.start).unwrap_or(",");
            let plain = role.split_whitespace().all(|w| {
                // "34-year-old teacher"
                w.chars()
                    .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
                    || crate::entities::is_title(w)
                    // ("Her successor, Labour's Simon Hale, said")
                    || w.ends_with("'s")
                    || w.ends_with("’s")
            });
            role.split_whitespace().count() <= 3
                && (plain || role_with_modifier(role))
                && e.label == EntityLabel::Person
                && e.cluster.is_some()
        })?;
        // ("Ben Myers KC,": letters after the name; "Ambassador Maria
        // Lopez of Fiji,": her country.)
        let after = self.text.get(e.span.end..)?.trim_start();
        let after = POST_NOMINALS
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .unwrap_or(after);
        let after = after.trim_start();
        let k = self
            .entities
            .partition_point(|x| x.span.start <= e.span.start);
        let country = after.strip_prefix("of ").and_then(|rest| {
            let place = self.entities.get(k).filter(|p| {
                p.label == EntityLabel::Loc && self.text.len() - rest.len() == p.span.start
            })?;
            self.text.get(place.span.end..)
        });
        country.unwrap_or(after).starts_with(',').then_some(e)
    }

    /// "mediator Qatar", "striker Erling Haaland": the mention is the name
    /// after lower-case role words (not a determiner: "the Kremlin" stays).
    fn role_noun_before(&self, e: &Entity, mention: Span) -> bool {
        let before = self.text.get(mention.start..e.span.start).unwrap_or("");
        let mut words = before.split_whitespace().peekable();
        words
            .peek()
            .is_some_and(|w| !matches!(*w, "the" | "a" | "an"))
            && words.all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
    }

    /// "voters who said", "Donald Trump, who has pledged": the mention stays
    /// "who", the name is what it refers to (a name right before, or the word).
    fn relative_speaker(&self, mention: Span) -> Speaker {
        let gap_is_short = |e: &Entity| {
            e.label.is_name()
                && e.span.end <= mention.start
                && self
                    .text
                    .get(e.span.end..mention.start)
                    .is_some_and(|g| g.trim_matches([' ', ',']).is_empty())
        };
        // Entities are in text order: only the last ones before the mention can be next to it.
        let before = self
            .entities
            .partition_point(|e| e.span.start < mention.start);
        // "Dr Priya Nandakumar, a consultant in acute medicine, who said":
        // a person, then an apposition between commas.
        let apposed = |e: &Entity| {
            e.label == EntityLabel::Person
                && e.span.end <= mention.start
                && self.text.get(e.span.end..mention.start).is_some_and(|g| {
                    let inner = g
                        .trim_end()
                        .strip_prefix(',')
                        .and_then(|g| g.strip_suffix(','));
                    // (A noun phrase, not a clause: "…, was set up after
                    // pressure from residents, who accused".)
                    inner.map(str::trim).is_some_and(|inner| {
                        let first = inner.split_whitespace().next().unwrap_or("");
                        !inner.contains([',', '.', ';', '"', '“', '”'])
                            && (matches!(
                                first,
                                "a" | "an" | "the" | "one" | "another" | "former" | "then"
                            ) || first.starts_with(|c: char| c.is_ascii_digit()))
                    })
                })
        };
        let near: Vec<&Entity> = self.entities[..before]
            .iter()
            .rev()
            .take_while(|e| e.span.end + NEXT_TO_BYTES >= mention.start)
            .collect();
        let next_to = near.iter().find(|e| gap_is_short(e));
        if let Some(e) = next_to.or_else(|| near.iter().find(|e| apposed(e))) {
            let mut speaker = self.speaker(e.span);
            speaker.mention = mention;
            return speaker;
        }
        let mut from = mention.start.saturating_sub(40);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        let before = self.text.get(from..mention.start).unwrap_or("");
        let words: Vec<&str> = before
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let mut word = words.last().copied().unwrap_or("");
        // ("an article published in March last year, which claimed": the
        // noun before the participle, not the time after it.)
        const TIMES: &[&str] = &["year", "month", "week", "day", "night", "morning", "time"];
        if TIMES.contains(&word) {
            if let Some(k) = (1..words.len()).rev().find(|&k| words[k].ends_with("ed")) {
                word = words[k - 1];
            }
        }
        let name = if word.is_empty() { "who" } else { word };
        Speaker {
            name: name.to_owned(),
            mention,
            cluster: None,
        }
    }

    fn sentence_of(&self, at: usize) -> usize {
        self.sentences.partition_point(|s| s.span.end <= at)
    }

    fn gender_of_cluster(&self, c: ClusterId) -> Option<Gender> {
        *self
            .genders
            .get(c)?
            .get_or_init(|| self.find_gender_of_cluster(c))
    }

    fn find_gender_of_cluster(&self, c: ClusterId) -> Option<Gender> {
        let cluster = self.clusters.get(c)?;
        if let Some(g) = cluster
            .name
            .split_whitespace()
            .next()
            .and_then(gender::of_first_name)
        {
            if cluster.name.split_whitespace().count() > 1 {
                return Some(g);
            }
        }
        // A title or role word right before any mention ("Mrs. Clinton", "spokeswoman Jane Doe").
        cluster
            .mentions
            .iter()
            .filter_map(|&m| self.entities.get(m))
            .find_map(|e| {
                // The word before the mention: look back a few bytes only.
                let mut from = e.span.start.saturating_sub(24);
                while !self.text.is_char_boundary(from) {
                    from -= 1;
                }
                let before = self.text.get(from..e.span.start)?;
                let word = before.split_whitespace().next_back()?;
                gender::of_title(word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
            })
    }

    /// "the Italian", "the Frenchman", "the 25-year-old": a sports and news
    /// epithet for a person named before, with the gender it shows, if any.
    fn epithet(&self, mention: Span) -> Option<Option<Gender>> {
        let words: Vec<&str> = mention.slice(self.text).split_whitespace().collect();
        // ("The Somerset seamer", "the England captain": a team before a
        // sports epithet.)
        let (the, word, team) = match words.as_slice() {
            [the, word] => (the, word, false),
            [the, team, word] if team.starts_with(char::is_uppercase) => (the, word, true),
            _ => return None,
        };
        // ("according to The Guardian": a name; "The German said" opens a sentence.)
        let opens = self
            .sentences
            .get(self.sentence_of(mention.start))
            .is_some_and(|s| s.span.start == mention.start);
        if !(*the == "the" || *the == "The" && opens) {
            return None;
        }
        let age = word.ends_with("-year-old") && word.starts_with(|c: char| c.is_ascii_digit());
        // A capitalised word that names no person, place or organisation here.
        let at = mention.end - word.len();
        let i = self
            .entities
            .partition_point(|e| e.span.end <= mention.start);
        let named = self.entities[i..]
            .iter()
            .take_while(|e| e.span.start < mention.end)
            .any(|e| {
                e.span.overlaps(Span::new(at, mention.end))
                    && (e.label != EntityLabel::Misc || e.span.start < at)
            });
        let nationality =
            word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic) && !named;
        // "Frenchman", "Scotswoman"; not "German".
        let lower = word.to_lowercase();
        let gender = if lower.ends_with("woman") {
            Some(Gender::Female)
        } else if ["chman", "shman", "sman"]
            .iter()
            .any(|e| lower.ends_with(e))
        {
            Some(Gender::Male)
        } else {
            None
        };
        let epithet = PERSON_EPITHETS.contains(&lower.as_str());
        (epithet || !team && (age || nationality)).then_some(gender)
    }

    /// The person a nominal mention stands in apposition with: named right
    /// after it ("His attorney, Michelle Ortiz of the …, said"), or, for an
    /// indefinite one, right before it ("Ornella Moderan, a Sahel analyst at
    /// …, said").
    fn person_beside(&self, mention: Span, cue: Option<Span>) -> Option<ClusterId> {
        let words = mention.slice(self.text);
        if words.split_whitespace().count() < 2 {
            return None;
        }
        let person = |e: &&Entity| e.label == EntityLabel::Person;
        let after = self.text.get(mention.end..)?;
        if let Some(rest) = after.strip_prefix(", ") {
            let at = mention.end + after.len() - rest.len();
            let k = self.entities.partition_point(|e| e.span.start < at);
            // (Not "According to exit polls, Mitt Romney had …": the name
            // stands before the cue.)
            // ("The committee's chair, Labour MP Rachel Owens, said": past a
            // party and a title before the name.)
            // (Only capitalised words or titles between, for one person:
            // not "Democratic economists, Donald Trump-led …", "his wife,
            // and …".)
            let singular = words
                .split_whitespace()
                .last()
                .is_some_and(|w| !w.ends_with('s') || w.ends_with("ss"));
            let modifiers = |e: &&Entity| {
                let gap = &self.text[at..e.span.start];
                singular
                    && gap.len() <= 40
                    && gap.split_whitespace().count() <= 4
                    && gap.split_whitespace().all(|w| {
                        w.chars().all(|c| c.is_alphanumeric() || c == '-')
                            && (w.starts_with(char::is_uppercase) || crate::entities::is_title(w))
                    })
            };
            let near = || {
                self.entities[k..].iter().take(3).filter(|e| {
                    // (Before the cue, or ending the sentence after a
                    // speaker that follows it: "said the charity's
                    // director, Dr Paul Green.")
                    let ends_sentence = self.text[e.span.end..].starts_with('.');
                    person(e)
                        && cue.is_some_and(|c| {
                            e.span.end <= c.start || c.end <= mention.start && ends_sentence
                        })
                })
            };
            let closed = |e: &&Entity| self.text[e.span.end..].starts_with([',', '.']);
            if let Some(e) = near()
                .find(|e| e.span.start > at && modifiers(e) && closed(e))
                .or_else(|| near().find(|e| e.span.start == at))
            {
                return e.cluster;
            }
        }
        let indefinite = matches!(words.split_whitespace().next(), Some("a" | "an"));
        let before = self.text.get(..mention.start)?.strip_suffix(", ")?;
        let k = self
            .entities
            .partition_point(|e| e.span.end <= before.len());
        let e = self.entities.get(k.checked_sub(1)?)?;
        (indefinite && e.span.end == before.len() && person(&e)).then_some(e.cluster)?
    }

    /// "the company said", "the agency said", "the newspaper said": the
    /// organisation of that kind the text has named most often before (the
    /// story's company), the latest on a tie. The kind comes from the name's
    /// words ("… Agency", "… Times"); a name with none of them is a company.
    fn body_named_before(&self, mention: Span) -> Option<ClusterId> {
        let words: Vec<&str> = mention.slice(self.text).split_whitespace().collect();
        let [the, head] = words.as_slice() else {
            return None;
        };
        if !the.eq_ignore_ascii_case("the") {
            return None;
        }
        let wanted = body_kind_of_noun(head)?;
        let before = self
            .entities
            .partition_point(|e| e.span.end <= mention.start);
        let mut seen: Vec<(ClusterId, usize, usize)> = Vec::new();
        let from = before.saturating_sub(LOOKBACK_ENTITIES);
        for (i, e) in self.entities[from..before].iter().enumerate() {
            let Some(c) = e.cluster else { continue };
            let Some(cluster) = self.clusters.get(c) else {
                continue;
            };
            // ("“… that Unite has chosen to strike,” said Henshaw. The company
            // said": a name in quoted words is not the story's company.)
            if super::marks::holding(self.quotations, e.span).is_some() {
                continue;
            }
            if cluster.label != EntityLabel::Org || body_kind_of_name(&cluster.name) != Some(wanted)
            {
                continue;
            }
            match seen.iter_mut().find(|(k, _, _)| *k == c) {
                Some(entry) => {
                    entry.1 += 1;
                    entry.2 = i;
                }
                None => seen.push((c, 1, i)),
            }
        }
        // ("The department" is the Metro Police Department over Metro Council.)
        let named_so = |c: ClusterId| {
            self.clusters.get(c).is_some_and(|cl| {
                cl.name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(head))
            })
        };
        seen.into_iter()
            .max_by_key(|&(c, count, last)| (named_so(c), count, last))
            .map(|(c, _, _)| c)
    }

    /// "the prime minister", "The Villa manager": the person named before
    /// with that role ("Prime Minister Keir Starmer", "Aston Villa manager
    /// Unai Emery"), the latest mentioned if several have it. The role's last
    /// word is the nominal's head, and its other words are in it.
    fn holder_of_role(&self, mention: Span) -> Option<(ClusterId, Span)> {
        let words: Vec<&str> = nominal_words(mention.slice(self.text)).collect();
        let (the, rest) = words.split_first()?;
        let (head, modifiers) = rest.split_last()?;
        // (A capitalised head only if it is a title: "the Finance Minister".)
        let lower_head = head.to_lowercase();
        if !the.eq_ignore_ascii_case("the")
            || !(head.chars().all(char::is_lowercase) || crate::entities::is_title(head))
            || BODIES.contains(&lower_head.as_str())
        {
            return None;
        }
        let head = lower_head.as_str();
        let holds = |c: &Cluster| {
            let Some(role) = c.role.as_deref().filter(|_| c.label == EntityLabel::Person) else {
                return false;
            };
            let role: Vec<String> = role.split_whitespace().map(str::to_lowercase).collect();
            role.last().is_some_and(|w| w == head)
                && modifiers
                    .iter()
                    .all(|m| role.iter().any(|w| w.eq_ignore_ascii_case(m)))
        };
        // The latest mention before this one of a cluster with the role.
        let before = self
            .entities
            .partition_point(|e| e.span.end <= mention.start);
        self.entities[before.saturating_sub(LOOKBACK_ENTITIES)..before]
            .iter()
            .rev()
            .filter_map(|e| Some((e.cluster?, e.span)))
            .find(|&(c, _)| self.clusters.get(c).is_some_and(holds))
    }

    /// "Chancellor refuses to rule out tax rise": a headline's bare title is
    /// the person the body first gives that role ("The Chancellor, Mary
    /// Holt, has refused …").
    fn headline_title_holder(&self, mention: Span) -> Option<ClusterId> {
        let title = mention.slice(self.text).trim();
        let in_headline = self
            .sentences
            .get(self.sentence_of(mention.start))
            .is_some_and(|s| matches!(s.kind, SentenceKind::Headline | SentenceKind::Standfirst));
        if !in_headline
            || title.contains(char::is_whitespace)
            || !title.starts_with(char::is_uppercase)
            || !crate::entities::is_title(title)
        {
            return None;
        }
        let holds = |c: &Cluster| {
            c.label == EntityLabel::Person
                && c.role
                    .as_deref()
                    .and_then(|r| r.split_whitespace().last())
                    .is_some_and(|w| w.eq_ignore_ascii_case(title))
        };
        let after = self
            .entities
            .partition_point(|e| e.span.start < mention.end);
        self.entities[after..]
            .iter()
            .take(LOOKBACK_ENTITIES)
            .filter_map(|e| e.cluster)
            .find(|&c| self.clusters.get(c).is_some_and(holds))
    }

    /// "the statement said" after "In a statement released by her campaign,
    /// Elena Marquez said": the latest speaker within reach whose sentence
    /// names that kind of document.
    fn document_issuer<'s>(&self, mention: Span, issuers: &'s [Speaker]) -> Option<&'s Speaker> {
        #[rustfmt::skip]
        const DOCUMENTS: &[&str] = &[
            "statement", "submission", "letter", "filing", "post", "memo", "release", "email",
            "complaint", "lawsuit",
        ];
        let words: Vec<&str> = nominal_words(mention.slice(self.text)).collect();
        let [the, noun] = words.as_slice() else {
            return None;
        };
        let noun = noun.to_lowercase();
        if !the.eq_ignore_ascii_case("the") || !DOCUMENTS.contains(&noun.as_str()) {
            return None;
        }
        let here = self.sentence_of(mention.start);
        issuers
            .iter()
            .rev()
            .take_while(|i| here.abs_diff(self.sentence_of(i.mention.start)) <= PRONOUN_REACH)
            .filter(|i| {
                !nominal_words(i.mention.slice(self.text)).any(|w| w.eq_ignore_ascii_case(&noun))
            })
            .find(|i| {
                // Its own document ("said in a statement", "her letter"), not
                // one a newspaper obtained or saw.
                self.sentences
                    .get(self.sentence_of(i.mention.start))
                    .is_some_and(|s| {
                        let words: Vec<String> = s
                            .span
                            .slice(self.text)
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| !w.is_empty())
                            .map(str::to_lowercase)
                            .collect();
                        let issued = words.windows(2).any(|w| {
                            w[1] == noun
                                && matches!(
                                    w[0].as_str(),
                                    "a" | "an" | "its" | "his" | "her" | "their"
                                )
                        });
                        let reported = words.iter().any(|w| {
                            matches!(
                                w.as_str(),
                                "obtained" | "seen" | "reviewed" | "viewed" | "according"
                            )
                        });
                        issued && !reported
                    })
            })
    }

    /// "the spokesperson" after "A spokesperson for Bellway said": the
    /// latest unnamed speaker within reach whose head noun is this definite
    /// nominal's.
    fn same_nominal<'s>(&self, mention: Span, nominals: &'s [Speaker]) -> Option<&'s Speaker> {
        let words: Vec<&str> = nominal_words(mention.slice(self.text)).collect();
        let [the, head] = words.as_slice() else {
            return None;
        };
        if !the.eq_ignore_ascii_case("the") {
            return None;
        }
        let here = self.sentence_of(mention.start);
        let near =
            |n: &&Speaker| here.abs_diff(self.sentence_of(n.mention.start)) <= 2 * PRONOUN_REACH;
        nominals.iter().rev().take_while(near).find(|n| {
            let theirs: Vec<&str> = nominal_words(n.mention.slice(self.text)).collect();
            theirs.len() >= 2
                && theirs[0].len() <= 3
                && theirs.last().is_some_and(|h| h.eq_ignore_ascii_case(head))
                && n.mention.slice(self.text) != mention.slice(self.text)
        })
    }

    /// The person a "he", "she" or epithet at `mention` most likely refers to.
    fn antecedent(
        &self,
        mention: Span,
        wanted: Option<Gender>,
        speakers: &[(Span, ClusterId)],
        // Direct quotes' pieces, by start.
        quoted: &[Span],
        // The pronoun's own statement: names in it are talked of
        // ("When Mr Okoro refused to pay, he said, Pike …").
        own: &[Span],
    ) -> Option<ClusterId> {
        let here = self.sentence_of(mention.start);
        let compatible = |c: ClusterId| {
            self.clusters
                .get(c)
                .is_some_and(|cl| cl.label == EntityLabel::Person)
                && self
                    .gender_of_cluster(c)
                    .is_none_or(|g| wanted.is_none_or(|w| g == w))
        };
        let persons_in = |span: Span| {
            crate::entities::starting_in(self.entities, span)
                .iter()
                .filter(move |e| span.contains(e.span) && e.span.end <= mention.start)
                // "“You know, I love Larry,” he said": a name in quoted words
                // is someone the speaker talks of, not the speaker.
                .filter(|e| super::marks::holding(quoted, e.span).is_none())
                .filter(|e| !own.iter().any(|p| p.contains(e.span)))
                .filter_map(|e| e.cluster.map(|c| (e.span, c)))
        };
        // Earlier in the same sentence: the nearest, but not the one who put
        // the question ("Asked by Daisy Cooper whether she …, she replied").
        if let Some(s) = self.sentences.get(here) {
            let span = Span::new(s.span.start, mention.start.max(s.span.start));
            if let Some((_, c)) = persons_in(span)
                .filter(|&(e, _)| {
                    let before = &self.text[s.span.start..e.start];
                    !asks(before) && !interviews(before) && !asked_about(before)
                })
                .rfind(|&(_, c)| compatible(c))
            {
                return Some(c);
            }
        }
        // Earlier sentences: a speaker there, else the first person (the subject).
        for back in 1..=PRONOUN_REACH.min(here) {
            let s = self.sentences.get(here - back)?.span;
            if let Some(&(_, c)) = speakers
                .iter()
                .rev()
                .take(RECENT_SPEAKERS)
                .find(|(m, c)| s.contains(*m) && compatible(*c))
            {
                return Some(c);
            }
            // "The Villa manager singled out his captain. “…,” he said.": a
            // subject naming a role someone named before holds.
            let opening = self.text[s.start..s.end]
                .split_whitespace()
                .scan(s.start, |at, w| {
                    let start = *at + self.text[*at..].find(w)?;
                    *at = start + w.len();
                    Some(Span::new(s.start, *at))
                })
                .take(4)
                .skip(1)
                .find_map(|span| self.holder_of_role(span))
                .map(|(c, _)| c)
                .filter(|&c| compatible(c));
            if let Some(c) = opening {
                return Some(c);
            }
            if let Some((_, c)) = persons_in(s).find(|&(_, c)| compatible(c)) {
                return Some(c);
            }
        }
        // The speaker of a long quotation that ends just before
        // ("“… That is not the law.” | He argued …"): every sentence since
        // the speaker's is quoted words.
        let quoted_words = |s: Span| {
            let from = quoted.partition_point(|q| q.end <= s.start);
            quoted[from..]
                .iter()
                .take_while(|q| q.start < s.end)
                .map(|q| q.end.min(s.end).saturating_sub(q.start.max(s.start)))
                .sum::<usize>()
        };
        if let Some(&(m, c)) = speakers.last().filter(|(m, _)| m.end <= mention.start) {
            let first = self.sentence_of(m.start) + 1;
            // (At most four reaches back: a book stays linear.)
            if here > first + PRONOUN_REACH - 1
                && here <= first + 4 * PRONOUN_REACH
                && compatible(c)
                && self.sentences[first..here]
                    .iter()
                    .all(|s| 4 * quoted_words(s.span) >= 3 * s.span.len())
            {
                return Some(c);
            }
        }
        // Further back, past sentences about the same person ("Miriam
        // Castellano … died on Sunday. She was 88. Her husband … “…,” she
        // said"): only a person of the very gender who opens a sentence.
        // (Or of no known gender, when no one else is named since: "Nasrin
        // Haddad runs a cafe. The menu is short. … “…,” she says.")
        let known = |c: ClusterId| wanted.is_some() && self.gender_of_cluster(c) == wanted;
        let alone_since = |back: usize| {
            (here + 1 - back..=here).all(|k| {
                self.sentences.get(k).is_none_or(|s| {
                    let span = Span::new(s.span.start, s.span.end.min(mention.start));
                    persons_in(span).next().is_none()
                })
            })
        };
        (PRONOUN_REACH + 1..=2 * PRONOUN_REACH)
            .take_while(|&back| back <= here)
            .find_map(|back| {
                let s = self.sentences.get(here - back)?.span;
                persons_in(s)
                    .next()
                    .filter(|&(e, c)| {
                        e.start == s.start
                            && (known(c)
                                || wanted.is_some()
                                    && self.gender_of_cluster(c).is_none()
                                    && self
                                        .clusters
                                        .get(c)
                                        .is_some_and(|cl| cl.name.split_whitespace().count() >= 2)
                                    && alone_since(back))
                    })
                    .map(|(_, c)| c)
            })
    }

    /// Give pronoun speakers the name of their person, and nominal ones a role.
    pub fn resolve_pronouns(&self, quotes: &mut [Quote]) {
        let mut quoted: Vec<Span> = quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .flat_map(|q| q.pieces.iter().copied())
            .collect();
        quoted.sort_unstable_by_key(|q| q.start);
        let mut speakers: Vec<(Span, ClusterId)> = Vec::new();
        // The latest plural speaker ("The researchers", "Aid officials").
        let mut plural: Option<Speaker> = None;
        // The latest body that spoke ("Apple", "the foreign ministry"), for "it".
        let mut body: Option<Speaker> = None;
        // The latest unnamed person who spoke ("a senior diplomat").
        let mut person: Option<Speaker> = None;
        // The mention of the latest quote's speaker.
        let mut previous: Option<Span> = None;
        // Speakers named by a noun phrase alone ("A spokesperson for Bellway").
        let mut nominals: Vec<Speaker> = Vec::new();
        // Every speaker so far, for a document that speaks ("the statement said").
        let mut issuers: Vec<Speaker> = Vec::new();
        let is_person = |sp: &Speaker| {
            sp.cluster
                .and_then(|c| self.clusters.get(c))
                .is_some_and(|c| c.label == EntityLabel::Person)
        };
        for q in quotes.iter_mut() {
            let Some(sp) = q.speaker.as_mut() else {
                continue;
            };
            if !is_person(sp) {
                // A name in apposition; else, for a nominal linked to no
                // entity, a role's holder or the organisation of its kind.
                let linked = self.person_beside(sp.mention, q.cue).or_else(|| {
                    if sp.cluster.is_some() {
                        return None;
                    }
                    // (Not past an unnamed speaker of that kind who spoke
                    // since: "One Western diplomat said … “…,” the diplomat said".)
                    self.holder_of_role(sp.mention)
                        .filter(|&(_, at)| {
                            self.same_nominal(sp.mention, &nominals)
                                .is_none_or(|n| n.mention.start < at.start)
                        })
                        .map(|(c, _)| c)
                        .or_else(|| self.body_named_before(sp.mention))
                        .or_else(|| self.headline_title_holder(sp.mention))
                });
                if let Some(c) = linked {
                    if let Some(cluster) = self.clusters.get(c) {
                        sp.name = super::roles::split_title(&cluster.name).0.to_owned();
                        sp.cluster = Some(c);
                        if q.role.is_none() {
                            q.role.clone_from(&cluster.role);
                        }
                    }
                }
            }
            // A definite nominal ("The nurse") that no name resolves below
            // is an unnamed person who spoke.
            let definite =
                sp.cluster.is_none() && is_definite_person_nominal(sp.mention.slice(self.text));
            let mention = sp.mention.slice(self.text).to_lowercase();
            // `Some(None)`: a person of either gender. (An epithet named in
            // apposition is that person: "The Mayor, Tom Hughes, said".)
            let wanted = match mention.as_str() {
                "he" => Some(Some(Gender::Male)),
                "she" => Some(Some(Gender::Female)),
                _ if is_person(sp) => None,
                _ => self.epithet(sp.mention),
            };
            if mention == "they" {
                let here = self.sentence_of(sp.mention.start);
                let near = |p: &&Speaker| {
                    here.abs_diff(self.sentence_of(p.mention.start)) <= PRONOUN_REACH
                };
                // A singular "they": the unnamed person who spoke just before
                // ("Another resident said …. “…,” they said.").
                let single = person.as_ref().filter(|p| {
                    previous == Some(p.mention)
                        && here.abs_diff(self.sentence_of(p.mention.start)) <= 1
                });
                if let Some(p) = single.or(plural.as_ref().filter(near)) {
                    sp.name.clone_from(&p.name);
                    sp.cluster = p.cluster;
                }
            } else if is_plural_nominal(sp.mention.slice(self.text)) {
                plural = Some(sp.clone());
            } else if mention == "it" {
                let here = self.sentence_of(sp.mention.start);
                if let Some(b) = body
                    .as_ref()
                    .filter(|b| here.abs_diff(self.sentence_of(b.mention.start)) <= PRONOUN_REACH)
                {
                    sp.name.clone_from(&b.name);
                    sp.cluster = b.cluster;
                }
            } else if self.is_body(sp) {
                body = Some(sp.clone());
            } else if sp.cluster.is_none() && is_person_nominal(sp.mention.slice(self.text)) {
                person = Some(sp.clone());
            }
            if let Some(wanted) = wanted {
                let here = self.sentence_of(sp.mention.start);
                let found = self.antecedent(sp.mention, wanted, &speakers, &quoted, &q.pieces);
                // "…, a senior diplomat told Reuters. He said …": an unnamed
                // person who spoke, when no named one is within reach (with
                // one, the pronoun mostly answers the unnamed: "one
                // questioner claimed … “You’re right,” he said").
                // (Or when the unnamed person spoke last, in the sentence before,
                // and the named one was not named since: "The daughter of one
                // patient said … “…,” she said.", but "When a journalist
                // suggested …, Carney bristled. “…,” he said.")
                // Whether each mention of `c` since `p` spoke is a possessor
                // ("had gone straight to Gillian Marsh's office").
                let possessors_since = |p: &Speaker, c: ClusterId| -> Vec<bool> {
                    let from = self
                        .entities
                        .partition_point(|e| e.span.start < p.mention.end);
                    self.entities[from..]
                        .iter()
                        .take_while(|e| e.span.start < sp.mention.start)
                        .filter(|e| e.cluster == Some(c))
                        .map(|e| crate::entities::is_possessor(self.text, e.span))
                        .collect()
                };
                // (A possessor is no new subject: "… Gillian Marsh's office.
                // “…,” she said" is still the nurse.)
                let named_since =
                    |p: &Speaker, c: ClusterId| possessors_since(p, c).contains(&false);
                let unnamed = person.as_ref().filter(|p| {
                    let back = here.checked_sub(self.sentence_of(p.mention.start));
                    let spoke_last = back == Some(1) && previous == Some(p.mention);
                    // (A definite one, "The nurse", only when it spoke last
                    // and the named one has not spoken: "Donald Trump says
                    // … The Republican presidential nominee noted … He said"
                    // is Trump.)
                    let definite = !is_person_nominal(p.mention.slice(self.text));
                    let found_spoke = found.is_some_and(|c| speakers.iter().any(|&(_, s)| s == c));
                    // (… and the named one was named since only as a possessor.)
                    let possessor_since = |c: ClusterId| {
                        let since = possessors_since(p, c);
                        !since.is_empty() && !since.contains(&false)
                    };
                    back.is_some_and(|b| (1..=PRONOUN_REACH).contains(&b))
                        && (!definite
                            || spoke_last && !found_spoke && found.is_none_or(possessor_since))
                        && found.is_none_or(|c| spoke_last && !named_since(p, c))
                        && matches!(mention.as_str(), "he" | "she")
                        && nominal_gender(p.mention.slice(self.text))
                            .is_none_or(|g| wanted == Some(g))
                });
                if let Some(p) = unnamed {
                    sp.name.clone_from(&p.name);
                } else if let Some(c) = found {
                    if let Some(cluster) = self.clusters.get(c) {
                        sp.name = super::roles::split_title(&cluster.name).0.to_owned();
                        sp.cluster = Some(c);
                        if q.role.is_none() {
                            q.role = cluster
                                .role
                                .clone()
                                .filter(|r| super::roles::is_plausible(r))
                                .or_else(|| {
                                    super::roles::split_title(&cluster.name)
                                        .1
                                        .map(str::to_owned)
                                });
                        }
                    }
                }
            }
            // "the spokesperson added": the one of that kind who spoke before.
            let unresolved = sp.cluster.is_none() && sp.name == sp.mention.slice(self.text);
            if unresolved {
                if let Some(earlier) = self.document_issuer(sp.mention, &issuers) {
                    sp.name.clone_from(&earlier.name);
                    sp.cluster = earlier.cluster;
                } else if let Some(earlier) = self.same_nominal(sp.mention, &nominals) {
                    sp.name.clone_from(&earlier.name);
                } else if nominal_words(sp.mention.slice(self.text)).count() >= 2 {
                    nominals.push(sp.clone());
                }
            }
            issuers.push(sp.clone());
            if definite && sp.cluster.is_none() {
                person = Some(sp.clone());
            }
            if let Some(c) = sp.cluster {
                speakers.push((sp.mention, c));
            }
            previous = Some(sp.mention);
        }
    }
}

/// Does `before` end with the phrase that names who heard the pronoun's
/// person ("In a 1999 interview with Rolling Stone, she recalled")?
fn interviews(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(str::to_lowercase)
        .collect();
    matches!(
        words.iter().map(String::as_str).collect::<Vec<_>>()[..],
        ["with", "interview" | "conversation" | "podcast" | "talks"]
            | ["to", "speaking" | "talking" | "interview"]
    )
}

/// Whether the words before a name end in a question put by it ("Asked by
/// Lib Dem spokesperson", "when pressed by"), with no comma between.
fn asks(before: &str) -> bool {
    let clause = before.rsplit(',').next().unwrap_or(before).to_lowercase();
    let words: Vec<&str> = clause.split_whitespace().rev().take(7).collect();
    // Role words between "by" and the name, but no question ("by reporters
    // whether Smith …").
    words.iter().position(|&w| w == "by").is_some_and(|by| {
        !words[..by]
            .iter()
            .any(|w| matches!(*w, "whether" | "if" | "about" | "what" | "why" | "how"))
            && words.get(by + 1).is_some_and(|w| {
                matches!(
                    *w,
                    "asked" | "pressed" | "questioned" | "quizzed" | "challenged"
                )
            })
    })
}

/// Whether the words before a name are a question about it, put to
/// someone else ("Asked if Diallo's head had been turned, he replied"):
/// the clause opens with "asked" and names its topic, with no comma between.
fn asked_about(before: &str) -> bool {
    let clause = before.rsplit(',').next().unwrap_or(before).to_lowercase();
    let mut words = clause.split_whitespace();
    let opens = match words.next() {
        Some("when" | "after") => words.next(),
        first => first,
    };
    matches!(opens, Some("asked" | "pressed" | "questioned" | "quizzed"))
        && words.any(|w| {
            matches!(
                w,
                "whether" | "if" | "about" | "on" | "what" | "why" | "how"
            )
        })
}

/// Kinds of organisation a nominal speaker may stand for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Company,
    Public,
    Media,
}

/// The kind a nominal's head names ("company", "regulator", "newspaper").
fn body_kind_of_noun(head: &str) -> Option<BodyKind> {
    Some(match head {
        "company" | "firm" | "chipmaker" | "carmaker" | "automaker" | "retailer" | "startup"
        | "insurer" | "lender" | "airline" | "manufacturer" | "supermarket" | "drugmaker" => {
            BodyKind::Company
        }
        "agency" | "regulator" | "ministry" | "department" | "commission" | "watchdog"
        | "authority" => BodyKind::Public,
        "newspaper" | "paper" | "outlet" | "broadcaster" | "publication" | "magazine" => {
            BodyKind::Media
        }
        _ => return None,
    })
}

/// The kind an organisation's name shows by its words; a company otherwise,
/// unless it is an acronym alone ("FDA", "IMF": any kind) or a body of
/// another kind ("House", "Labour Party", "Harvard University").
fn body_kind_of_name(name: &str) -> Option<BodyKind> {
    #[rustfmt::skip]
    const PUBLIC: &[&str] = &[
        "Agency", "Administration", "Ministry", "Department", "Commission", "Council",
        "Authority", "Office", "Service", "Programme", "Program", "Organization", "Organisation",
        "Bureau", "Centers", "Nations", "Police", "Parliament", "Court", "Government",
    ];
    #[rustfmt::skip]
    const MEDIA: &[&str] = &[
        "Times", "Post", "Telegraph", "Guardian", "Journal", "News", "Herald", "Tribune", "Mail",
        "Express", "Independent", "Reuters", "BBC", "CNN", "Gazette", "Observer", "Standard",
        "Press", "Athletic", "Marca", "Mirror", "Sun", "Economist",
    ];
    #[rustfmt::skip]
    const OTHER: &[&str] = &[
        "House", "Senate", "Congress", "Assembly", "Party", "Cabinet", "Army", "Navy", "Church",
        "University", "College", "School", "Hospital", "Club", "FC", "United", "Foundation",
        "Institute", "Association", "Union", "Committee", "Democrats", "Republicans",
    ];
    let words = || name.split_whitespace();
    if words().any(|w| OTHER.contains(&w)) {
        return None;
    }
    Some(if words().any(|w| MEDIA.contains(&w)) {
        BodyKind::Media
    } else if words().any(|w| PUBLIC.contains(&w)) {
        BodyKind::Public
    } else if !name.contains(' ') && !name.chars().any(char::is_lowercase) {
        return None;
    } else {
        BodyKind::Company
    })
}

/// Nouns that sports news calls the player it is about ("the left-hander
/// said", "said the skipper"). (Not "the star": celebrity news names a
/// couple together, and the nearer is often the wrong one.)
#[rustfmt::skip]
const PERSON_EPITHETS: &[&str] = &[
    "skipper", "striker", "midfielder", "defender", "goalkeeper", "winger", "batter", "batsman",
    "bowler", "spinner", "left-hander", "right-hander", "all-rounder", "seamer", "paceman",
    "opener", "wicketkeeper", "captain", "playmaker", "quarterback", "pitcher",
];

/// People who speak for or about the person named before them ("Clinton
/// aides", "Royal sources").
#[rustfmt::skip]
const GROUP_NOUNS: &[&str] = &[
    "sources", "aides", "supporters", "allies", "advisers", "advisors", "lawyers", "attorneys",
    "backers", "critics", "loyalists", "associates", "spokesmen", "spokespeople", "officials",
    // One of them, after an article ("A Garda spokesman", "a Trump aide").
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official",
    "source", "insider", "staffer", "ally",
];

/// Letters after a name ("KC", "MP", "OBE").
const POST_NOMINALS: &[&str] = &[
    "KC", "QC", "MP", "MSP", "MEP", "OBE", "CBE", "MBE", "DBE", "Jr.", "Jr", "Sr.", "Sr", "PhD",
];

/// Head nouns of a nominal speaker that is a body, not a person ("the
/// foreign ministry", "the company").
#[rustfmt::skip]
const BODIES: &[&str] = &[
    "administration", "agency", "army", "association", "authority", "bank", "board", "bureau",
    "campaign", "coalition", "commission", "committee", "company", "council", "court",
    "department", "firm", "force", "foundation", "government", "group", "institute", "ministry",
    "network", "newspaper", "office", "organisation", "organization", "party", "police",
    "regulator", "service", "team", "union", "university",
];

impl Resolver<'_> {
    /// An organisation or place that spoke ("Apple", "Moscow"), or a nominal
    /// whose head is a body or a document ("the ministry", "The report"):
    /// what "it" refers to.
    fn is_body(&self, sp: &Speaker) -> bool {
        const DOCUMENTS: &[&str] = &["report", "study", "survey", "statement", "document"];
        match sp.cluster.and_then(|c| self.clusters.get(c)) {
            Some(c) => matches!(c.label, EntityLabel::Org | EntityLabel::Loc),
            None => sp
                .mention
                .slice(self.text)
                .split_whitespace()
                .last()
                .map(str::to_lowercase)
                .is_some_and(|w| BODIES.contains(&w.as_str()) || DOCUMENTS.contains(&w.as_str())),
        }
    }
}

/// "the Sorbonne professor": a determiner, capitalised modifiers and a
/// lower-case head noun, at most three words.
fn role_with_modifier(role: &str) -> bool {
    let words: Vec<&str> = role.split_whitespace().collect();
    matches!(words.first(), Some(&("the" | "a" | "an")))
        && (2..=3).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| w.len() > 2 && w.chars().all(char::is_lowercase))
}

/// Words that open a nominal's post-modifier ("officials *at* the bank").
fn opens_modifier(word: &str) -> bool {
    matches!(word, "of" | "at" | "from" | "for" | "in" | "with" | "who")
}

/// A nominal's words before its first comma and its post-modifier: "Analysts
/// at Goldman Sachs" → "Analysts"; "a senior diplomat familiar with the
/// talks" → "a senior diplomat familiar".
fn nominal_words(mention: &str) -> impl Iterator<Item = &str> {
    mention
        .split(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take_while(|w| !opens_modifier(w))
}

/// "a senior diplomat familiar with the talks", "one resident": a singular
/// person not named.
fn is_person_nominal(mention: &str) -> bool {
    // "one of the officials": one person of a group.
    let lower = mention.to_lowercase();
    if let Some(group) = lower.strip_prefix("one of ") {
        let head = nominal_words(group).last().unwrap_or("");
        let single = head.strip_suffix('s').unwrap_or(head);
        return head != single
            && (crate::entities::is_role_head(single)
                || matches!(single, "diplomat" | "source" | "insider" | "witness"));
    }
    let mut words = nominal_words(mention);
    // Not "the": a definite one is mostly someone named before ("The
    // Republican nominee"), unless its "of" phrase says who it is ("The
    // daughter of one patient", "the owner of the takeaway").
    let described = mention.split_whitespace().any(|w| w == "of")
        && nominal_words(mention)
            .last()
            .is_some_and(|h| RELATIONS.contains(&h));
    let determiner = words.next().is_some_and(|w| {
        matches!(w.to_lowercase().as_str(), "a" | "an" | "one" | "another")
            || described && w.eq_ignore_ascii_case("the")
    });
    // Role words by suffix that name no person ("the paper", "the letter").
    const THINGS: &[&str] = &[
        "paper",
        "newspaper",
        "letter",
        "order",
        "number",
        "center",
        "centre",
        "chamber",
        "sector",
        "factor",
        "error",
        "monitor",
        "register",
        "other",
        "offer",
        "power",
        "water",
        "matter",
        "computer",
        "poster",
        "summary",
        "dictionary",
        "library",
        "documentary",
    ];
    determiner
        && words.any(|w| {
            w.chars().all(|c| c.is_lowercase())
                && !THINGS.contains(&w)
                && (crate::entities::is_role_head(w)
                    || RELATIONS.contains(&w)
                    || matches!(w, "diplomat" | "source" | "insider" | "witness"))
        })
        && !is_plural_nominal(mention)
}

/// "The nurse", "the witness": a definite singular person not named, whom
/// no entity was linked to.
fn is_definite_person_nominal(mention: &str) -> bool {
    let mut words = mention.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && !mention.contains(['\'', '’'])
        && is_person_nominal(&format!("a {}", words.collect::<Vec<_>>().join(" ")))
}

/// People named by whom they are to someone ("the daughter of …").
#[rustfmt::skip]
const RELATIONS: &[&str] = &[
    "daughter", "son", "mother", "father", "wife", "husband", "sister", "brother", "widow",
    "parent", "friend", "pal", "neighbour", "neighbor", "owner", "relative", "partner", "grandmother",
    "grandfather", "niece", "nephew", "aunt", "uncle", "cousin", "fiancee", "fiance",
];

/// The gender a nominal's role words show ("the spokeswoman").
fn nominal_gender(mention: &str) -> Option<Gender> {
    mention
        .split_whitespace()
        .take_while(|w| !opens_modifier(w))
        .filter(|w| !matches!(*w, "his" | "her"))
        .find_map(gender::of_title)
}

/// "The researchers", "Aid officials", "Campen and his colleagues": a
/// nominal whose head (before any "of", "at", "from" phrase) is a
/// lower-case plural, or a coordination.
fn is_plural_nominal(mention: &str) -> bool {
    let head = nominal_words(mention).last().unwrap_or("");
    // ("Analysts at Goldman Sachs": the head opens the sentence.)
    let mut words = mention.split_whitespace();
    let first = words.next() == Some(head) && words.next().is_some_and(opens_modifier);
    let lower_plural = (head.chars().all(|c| c.is_lowercase())
        || first && head.chars().skip(1).all(|c| c.is_lowercase()))
        && head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !head.ends_with("us")
        && !head.ends_with("is");
    lower_plural || mention.split_whitespace().any(|w| w == "and")
}
