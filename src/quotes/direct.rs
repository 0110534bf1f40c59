//! Quotation marks: pair them, and join the pieces of one quote.
//!
//! Curly, straight, low-9 and guillemet double quotes are paired within a
//! paragraph; an apostrophe is never a quotation mark here. A quote left open
//! at the end of a paragraph ends there (news style continues it in the next
//! paragraph, which opens with a fresh mark). Pieces separated only by an
//! attribution (`“A,” he said, “B.”`) are one quote.

use crate::analysis::Span;
use crate::text::paragraphs;

fn closer_for(open: char) -> &'static [char] {
    match open {
        '“' => &['”'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '»' => &['«'],
        _ => &['"'],
    }
}

/// The text inside each pair of double quotation marks, marks excluded.
pub fn quoted_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for para in paragraphs(text) {
        let s = para.slice(text);
        let mut open: Option<(usize, char)> = None;
        let mut prev = ' ';
        for (i, c) in s.char_indices() {
            let at = para.start + i;
            match open {
                None if matches!(c, '“' | '„' | '«') || (c == '"' && !prev.is_alphanumeric()) =>
                {
                    open = Some((at + c.len_utf8(), c));
                }
                Some((start, o)) if closer_for(o).contains(&c) => {
                    if start < at {
                        out.push(Span::new(start, at));
                    }
                    open = None;
                }
                _ => {}
            }
            prev = c;
        }
        if let Some((start, _)) = open {
            if start < para.end {
                out.push(Span::new(start, para.end));
            }
        }
    }
    out
}

/// Join pieces split by an attribution, and drop scare quotes (fewer than four words).
pub fn group(text: &str, spans: &[Span]) -> Vec<Vec<Span>> {
    let mut groups: Vec<Vec<Span>> = Vec::new();
    for &span in spans {
        if let Some(last) = groups
            .last_mut()
            .and_then(|g| g.last().copied())
            .filter(|last| {
                let inner = last.slice(text).trim_end();
                let gap = text.get(last.end..span.start).unwrap_or("\n");
                inner.ends_with(',')
                    && gap.len() < 80
                    && !gap.contains('\n')
                    && gap
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| super::is_speech_verb(&w.to_lowercase()))
            })
        {
            let _ = last;
            if let Some(g) = groups.last_mut() {
                g.push(span);
            }
            continue;
        }
        groups.push(vec![span]);
    }
    groups.retain(|g| {
        g.iter()
            .map(|s| s.slice(text).split_whitespace().count())
            .sum::<usize>()
            >= 4
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_marks_and_joins_split_quotes() {
        let text =
            "“We are ready to talk,” he said, “but not today.” Then ‘scare’ and \"fake news\".";
        let spans = quoted_spans(text);
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            got,
            ["We are ready to talk,", "but not today.", "fake news"]
        );
        let groups = group(text, &spans);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].len(), 2);
    }

    #[test]
    fn an_apostrophe_is_not_a_quote() {
        assert!(quoted_spans("Ukraine’s talks in the '90s").is_empty());
    }
}
