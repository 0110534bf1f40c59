//! Quotation marks: pair them, and join the pieces of one quote.
//!
//! Double marks of every style (straight, curly, low-9, guillemets) and
//! single marks (curly, straight, low-9) are paired within a paragraph by a
//! small scanner. A single mark counts only where an apostrophe cannot be:
//! an opener stands before a letter and after a space or bracket
//! (`'90s` and `Ukraine’s` stay words), a closer after a word and before a
//! space or punctuation. Single marks inside double marks are nested quotes
//! and stay part of the outer quote. A quote left open at the end of a
//! paragraph continues when the next paragraph opens with a fresh mark (news
//! style); otherwise it ends with its paragraph. Pieces separated only by an
//! attribution (`“A,” he said, “B.”`) are one quote.

use crate::analysis::Span;
use crate::text::paragraphs;

/// One pair of quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// The words inside, marks excluded.
    pub inner: Span,
    /// The words with their marks.
    pub outer: Span,
    /// Opened a paragraph while the previous paragraph's quote was still open.
    pub continues: bool,
}

/// Stands for `''`, two apostrophes used as one double mark (``''like this''``).
const TWO_APOSTROPHES: char = '″';

/// The paragraph's chars with their offsets; `''` becomes one [`TWO_APOSTROPHES`].
fn units(s: &str) -> Vec<(usize, char)> {
    let mut out: Vec<(usize, char)> = Vec::with_capacity(s.len());
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c == '\'' && it.peek().is_some_and(|&(_, n)| n == '\'') {
            it.next();
            out.push((i, TWO_APOSTROPHES));
        } else {
            out.push((i, c));
        }
    }
    out
}

/// Bytes a mark takes in the text.
fn mark_len(c: char) -> usize {
    if c == TWO_APOSTROPHES {
        2
    } else {
        c.len_utf8()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Double,
    Single,
}

/// Could `c` be a quotation mark of any style?
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”'
            | '„'
            | '«'
            | '»'
            | '‟'
            | '"'
            | '‘'
            | '’'
            | '\''
            | '‚'
            | '‹'
            | '›'
            | TWO_APOSTROPHES
    )
}

fn double_opener(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '‟' | '"' | TWO_APOSTROPHES)
}

fn double_closer(open: char, c: char) -> bool {
    match open {
        '“' | '‟' => matches!(c, '”' | '“' | '"'),
        '„' => matches!(c, '“' | '”'),
        '«' => c == '»',
        TWO_APOSTROPHES => c == TWO_APOSTROPHES,
        _ => matches!(c, '"' | '”'),
    }
}

fn single_opener(c: char) -> bool {
    matches!(c, '‘' | '\'' | '‚' | '‹')
}

fn single_closer(open: char, c: char) -> bool {
    match open {
        '‹' => c == '›',
        '‚' => matches!(c, '‘' | '’'),
        _ => matches!(c, '’' | '\''),
    }
}

/// The quotation among `spans` (in text order, not overlapping, as the outer
/// spans of [`quotes`] are) that holds `span`, found by binary search: only
/// the last one starting at or before `span` can.
pub fn holding(spans: &[Span], span: Span) -> Option<Span> {
    let k = spans.partition_point(|q| q.start <= span.start);
    spans[..k].last().filter(|q| q.contains(span)).copied()
}

/// Every pair of quotation marks in `text`, in text order (outermost only),
/// without empty ones.
pub fn quotes(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    // The previous paragraph ended inside a double-quoted quote.
    let mut carried = false;
    for para in paragraphs(text) {
        let chars = units(para.slice(text));
        let mut open: Option<(usize, char, Style)> = None;
        let mut nested: Option<char> = None;
        let push =
            |out: &mut Vec<Quoted>, start: usize, open: char, end: usize, close_len: usize| {
                // French spacing inside guillemets (« Nous … ») is not part of the words.
                let inner = Span::new(start + mark_len(open), end);
                let words = inner.slice(text);
                let inner = Span::new(
                    inner.start + (words.len() - words.trim_start().len()),
                    inner.end - (words.len() - words.trim_end().len()),
                );
                if inner.start < inner.end {
                    out.push(Quoted {
                        inner,
                        outer: Span::new(start, end + close_len),
                        continues: carried && start == para.start,
                    });
                }
            };
        for (k, &(i, c)) in chars.iter().enumerate() {
            if !is_mark(c) {
                continue;
            }
            let at = para.start + i;
            let prev = k.checked_sub(1).map(|p| chars[p].1);
            let next = chars.get(k + 1).map(|&(_, n)| n);
            let after_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
            let before_letter = next.is_some_and(|n| n.is_alphabetic() || "“\"‘'…".contains(n));
            let closing_position = prev.is_some_and(|p| !p.is_whitespace())
                && next.is_none_or(|n| !n.is_alphanumeric());
            match open {
                Some((start, o, Style::Double)) => {
                    if let Some(n) = nested {
                        if single_closer(n, c) && closing_position {
                            nested = None;
                            continue;
                        }
                    }
                    if c == '“' && o == '“' && after_space && before_letter {
                        // A fresh opener before the close: the close was left out.
                        push(
                            &mut out,
                            start,
                            o,
                            trim_end(text, Span::new(start, at)).end,
                            0,
                        );
                        open = Some((at, c, Style::Double));
                        nested = None;
                    } else if double_closer(o, c) {
                        push(&mut out, start, o, at, mark_len(c));
                        open = None;
                        nested = None;
                    } else if nested.is_none() && single_opener(c) && after_space && before_letter {
                        nested = Some(c);
                    }
                }
                Some((start, o, Style::Single)) => {
                    if single_closer(o, c) && closing_position && !is_plural_possessive(&chars, k) {
                        push(&mut out, start, o, at, mark_len(c));
                        open = None;
                    }
                }
                None => {
                    // A closing mark that opens a line before a word (”Fear. I am …”) opens.
                    let is_double = double_opener(c)
                        && (!matches!(c, '"' | TWO_APOSTROPHES)
                            || !prev.is_some_and(char::is_alphanumeric))
                        || c == '”' && prev.is_none() && before_letter;
                    let is_single = single_opener(c) && after_space && before_letter;
                    if is_double || is_single {
                        open = Some((
                            at,
                            c,
                            if is_double {
                                Style::Double
                            } else {
                                Style::Single
                            },
                        ));
                    }
                }
            }
        }
        let next_carried = matches!(open, Some((_, _, Style::Double)));
        if let Some((start, o, _)) = open {
            push(
                &mut out,
                start,
                o,
                trim_end(text, Span::new(start, para.end)).end,
                0,
            );
        }
        carried = next_carried;
    }
    out
}

fn trim_end(text: &str, span: Span) -> Span {
    let t = span.slice(text).trim_end();
    Span::new(span.start, span.start + t.len())
}

/// "the workers’ rights": an apostrophe after a plural, followed by a
/// lowercase word that is not a function word ("'Books not cuts' and 'Save
/// …'" closes).
fn is_plural_possessive(chars: &[(usize, char)], k: usize) -> bool {
    let prev = k.checked_sub(1).map(|p| chars[p].1);
    let next = chars.get(k + 1).map(|&(_, c)| c);
    let word: String = chars
        .iter()
        .skip(k + 2)
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphabetic())
        .take(8)
        .collect();
    prev == Some('s')
        && next == Some(' ')
        && word.starts_with(char::is_lowercase)
        && !matches!(
            word.as_str(),
            "and"
                | "or"
                | "but"
                | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "from"
                | "as"
                | "is"
                | "was"
                | "are"
                | "were"
                | "said"
                | "says"
                | "the"
                | "a"
                | "an"
                | "of"
        )
}

/// Join pieces of one quote: across paragraphs (a continued quote) and across
/// an attribution (`“A,” he said, “B.”`, `“A!” she shouted. “B.”`), also
/// one holding a short quoted name of its own (`“A,” Flynn said on “Fox and
/// Friends.” “B.”`, `“A!” Marcia “Cia” Price shouted. “B.”`), which is then
/// dropped: it is part of the attribution, not a statement. Not
/// when the gap ends with a clause of its own (`“A,” he said, adding, “B”`:
/// PolNeAR's annotators give B to "adding"), after a finished sentence (`… “A.” She adds, “B”`),
/// nor into a piece that the sentence goes on after (`“A,” Warren said. “B”
/// to drive up …, she said`: B belongs to that later statement).
pub fn group(text: &str, quoted: &[Quoted]) -> Vec<Vec<Quoted>> {
    let mut groups: Vec<Vec<Quoted>> = Vec::new();
    for &q in quoted {
        let n = groups.len();
        if groups.last().is_some_and(|g| joins(text, g, q)) {
            groups[n - 1].push(q);
        } else if n >= 2
            && matches!(groups[n - 1].as_slice(), [name] if is_short_name(text, name))
            && joins(text, &groups[n - 2], q)
        {
            groups.pop();
            groups[n - 2].push(q);
        } else {
            groups.push(vec![q]);
        }
    }
    groups
}

/// The most words a quoted name inside an attribution has (“Fox and Friends”).
const SHORT_NAME_WORDS: usize = 4;

/// A short quotation with no clause punctuation: a nickname or a title.
fn is_short_name(text: &str, q: &Quoted) -> bool {
    let inner = q.inner.slice(text).trim_end_matches('.');
    !q.continues
        && !inner.contains([',', ';', ':', '!', '?', '.'])
        && inner.split_whitespace().count() <= SHORT_NAME_WORDS
}

/// Does `q` continue the quote `g`? See [`group`].
fn joins(text: &str, g: &[Quoted], q: Quoted) -> bool {
    let (Some(first), Some(last)) = (g.first(), g.last()) else {
        return false;
    };
    if q.continues {
        return true;
    }
    // The first piece opens its sentence: one inside a sentence ("DuVernay
    // said she felt … “…,” she said. “B.”) makes a statement of its own.
    let opens_sentence = text
        .get(..first.outer.start)
        .and_then(|before| before.trim_end_matches([' ', '\t']).chars().next_back())
        .is_none_or(|c| matches!(c, '\n' | '\r' | '.' | '!' | '?' | '”' | '"' | '’' | '\''));
    // A nested quote may close with the outer one: “People say, ‘…,’”.
    let inner = last
        .inner
        .slice(text)
        .trim_end_matches(|c: char| c.is_whitespace() || is_mark(c));
    let gap = text.get(last.outer.end..q.outer.start).unwrap_or("\n");
    // A quoted name may end the gap, its full stop inside its marks.
    let gap_end = gap.trim_end().trim_end_matches(is_mark);
    let words: Vec<String> = gap
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let has_cue = words.iter().any(|w| super::is_speech_verb(w));
    // The gap's last clause ("…, adding later,", "…, including,") opens a statement of its own.
    let last_clause = gap_end
        .strip_suffix(',')
        .map(|g| g.rsplit(',').next().unwrap_or(g).to_lowercase());
    let second_cue = last_clause.is_some_and(|c| {
        c.split(|ch: char| !ch.is_alphabetic())
            .any(|w| w == "including" || w.ends_with("ing") && super::is_speech_verb(w))
    });
    let sentence_goes_on = gap_end.ends_with('.')
        && text
            .get(q.outer.end..)
            .and_then(|rest| rest.trim_start_matches([' ', ',']).chars().next())
            .is_some_and(char::is_lowercase);
    opens_sentence
        && inner.ends_with([',', '—', '–', '!', '?'])
        && gap_end.ends_with([',', '.'])
        && words.len() <= 30
        && !gap.contains('\n')
        && has_cue
        && !second_cue
        && !sentence_goes_on
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        quotes(text).iter().map(|q| q.inner.slice(text)).collect()
    }

    #[test]
    fn pairs_every_mark_style() {
        let text = "“Curly.” \"Straight.\" „Low-nine.“ «Guillemets.» ‘Single curly.’ 'Single straight.' ''Doubled.''";
        assert_eq!(
            inner(text),
            [
                "Curly.",
                "Straight.",
                "Low-nine.",
                "Guillemets.",
                "Single curly.",
                "Single straight.",
                "Doubled."
            ]
        );
    }

    #[test]
    fn an_apostrophe_is_not_a_quote() {
        assert!(inner("Ukraine’s talks in the '90s and the ‘90s, rock ’n’ roll.").is_empty());
        assert_eq!(
            inner("‘The workers’ rights matter,’ she said of Kyiv’s plan."),
            ["The workers’ rights matter,"]
        );
    }

    #[test]
    fn single_marks_inside_double_marks_are_nested() {
        let text = "“Americans don’t use the word ‘queue’, they say ‘line’,” Mr Farage said.";
        assert_eq!(
            inner(text),
            ["Americans don’t use the word ‘queue’, they say ‘line’,"]
        );
    }

    #[test]
    fn joins_a_quote_split_by_its_attribution() {
        let text = "“We are ready to talk,” he said, “but not today.” Then came \"fake news\".";
        let qs = quotes(text);
        let groups = group(text, &qs);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].len(), 2);
        assert_eq!(groups[0][1].inner.slice(text), "but not today.");
    }

    #[test]
    fn a_closing_mark_that_opens_a_paragraph_opens_a_quote() {
        assert_eq!(
            inner("”Fear. I am afraid.” ― Jane Doe\n\nHe said ”no”."),
            ["Fear. I am afraid."]
        );
    }

    #[test]
    fn joins_pieces_only_around_a_plain_attribution() {
        let groups = |text: &str| -> Vec<usize> {
            group(text, &quotes(text)).iter().map(Vec::len).collect()
        };
        // A nested quote closing with the outer one; an exclamation.
        assert_eq!(
            groups(
                "“People say, ‘It doesn't matter,’” said Charlie King. “The question is turnout.”"
            ),
            [2]
        );
        assert_eq!(
            groups("“A big year!” Price shouted to the crowd. “We have his back.”"),
            [2]
        );
        // A nickname or a programme's title inside the attribution.
        assert_eq!(
            groups(
                "“A big year!” Del. Marcia “Cia” Price shouted to the crowd. “We have his back.”"
            ),
            [2]
        );
        assert_eq!(
            groups("“He's right,” Flynn said on Fox News’s “Fox and Friends.” “I mean, there's frustration.”"),
            [2]
        );
        // A longer quotation in the gap is a statement of its own.
        assert_eq!(
            groups("“A big year!” Price said, quoting “a saying, old as the hills.” “We have his back.”"),
            [1, 1, 1]
        );
        // A second statement opens in the gap, or the first piece ends a sentence.
        assert_eq!(
            groups("“We can’t afford it,” Trump said, adding later, “NATO costs a fortune.”"),
            [1, 1]
        );
        assert_eq!(
            groups("She says he is the “same rigged system.” She adds, “What kind of genius?”"),
            [1, 1]
        );
        // The second piece belongs to a sentence that goes on after it.
        assert_eq!(
            groups("“This isn’t right,” Warren said. “You squeezed employees” to drive up the price, she said."),
            [1, 1]
        );
    }

    #[test]
    fn continues_a_quote_into_the_next_paragraph() {
        let text =
            "“We will rebuild the country, he said.\n\n“And we will do it together.”\n\n“New.”";
        let qs = quotes(text);
        assert_eq!(qs.len(), 3);
        assert!(qs[1].continues && !qs[2].continues);
        assert_eq!(group(text, &qs).len(), 2);
    }
}
