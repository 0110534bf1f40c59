//! Exports of an analysis for other tools: JSON, CSV tables and a Markdown
//! report. Pure functions of (text, analysis), so the browser's downloads and
//! the CLI produce the same files and tests pin them natively.
//!
//! Offsets in CSV are character (code-point) offsets, as spreadsheet and
//! Python users count them; the JSON keeps the engine's UTF-8 byte offsets
//! next to the text they index.

use std::fmt::Write;

use serde::Serialize;

use crate::analysis::{Analysis, EntityLabel, QuoteKind};
use crate::contract::Offsets;

/// The JSON export: the text and its full analysis (byte offsets into `text`).
pub fn json(text: &str, analysis: &Analysis) -> String {
    #[derive(Serialize)]
    struct Export<'a> {
        format: &'static str,
        offsets: &'static str,
        text: &'a str,
        analysis: &'a Analysis,
    }
    let export = Export {
        format: "lede-analysis/1",
        offsets: "utf8-bytes",
        text,
        analysis,
    };
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// One CSV field, quoted when it needs to be (RFC 4180).
fn field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn row(out: &mut String, values: &[&str]) {
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, v);
    }
    out.push_str("\r\n");
}

pub fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "reported",
        QuoteKind::Mixed => "mixed",
    }
}

/// The who-said-what table as CSV.
pub fn quotes_csv(text: &str, analysis: &Analysis) -> String {
    let cp = Offsets::code_points(text);
    let mut out = String::new();
    row(
        &mut out,
        &[
            "speaker",
            "speaker_as_written",
            "role",
            "kind",
            "cue",
            "quote",
            "start",
            "end",
        ],
    );
    for q in &analysis.quotes {
        let words: Vec<&str> = q.pieces.iter().map(|p| p.slice(text)).collect();
        let span = q.span();
        let (start, end) = (cp.at(span.start).to_string(), cp.at(span.end).to_string());
        row(
            &mut out,
            &[
                q.speaker.as_ref().map_or("", |s| s.name.as_str()),
                q.speaker.as_ref().map_or("", |s| s.mention.slice(text)),
                q.role.as_deref().unwrap_or(""),
                kind_name(q.kind),
                q.cue.map_or("", |c| c.slice(text)),
                &words.join(" … "),
                &start,
                &end,
            ],
        );
    }
    out
}

/// The entity list (one row per entity, with its mentions counted) as CSV.
pub fn entities_csv(analysis: &Analysis) -> String {
    let mut out = String::new();
    row(&mut out, &["entity", "type", "mentions", "aliases", "role"]);
    for c in &analysis.clusters {
        row(
            &mut out,
            &[
                &c.name,
                c.label.as_str(),
                &c.mentions.len().to_string(),
                &c.aliases.join("; "),
                c.role.as_deref().unwrap_or(""),
            ],
        );
    }
    out
}

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// A readable report: summary, who said what, entities.
pub fn markdown(text: &str, analysis: &Analysis) -> String {
    let a = analysis;
    let sentence = |i: &usize| a.sentences.get(*i).map_or("", |s| s.span.slice(text));
    let mut out = String::new();
    let title = a.summary.gist.first().map_or("Article", sentence);
    let _ = writeln!(out, "# {}\n", title.trim());
    let _ = writeln!(out, "## Summary\n");
    for (_, span) in a.summary.items() {
        let _ = writeln!(out, "- {}", span.slice(text).trim());
    }
    let _ = writeln!(out, "\n## Who said what\n");
    if a.quotes.is_empty() {
        let _ = writeln!(out, "No statements found.");
    } else {
        let _ = writeln!(
            out,
            "| Speaker | Role | Statement | Kind | Cue |\n|---|---|---|---|---|"
        );
        for q in &a.quotes {
            let words: Vec<&str> = q.pieces.iter().map(|p| p.slice(text)).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(q.speaker.as_ref().map_or("unknown", |s| s.name.as_str())),
                cell(q.role.as_deref().unwrap_or("")),
                cell(&words.join(" … ")),
                kind_name(q.kind),
                cell(q.cue.map_or("", |c| c.slice(text))),
            );
        }
    }
    let _ = writeln!(out, "\n## Names\n");
    for label in EntityLabel::ALL.iter().filter(|l| l.is_name()) {
        let mut clusters: Vec<_> = a.clusters.iter().filter(|c| c.label == *label).collect();
        if clusters.is_empty() {
            continue;
        }
        clusters.sort_by_key(|c| std::cmp::Reverse(c.mentions.len()));
        let names: Vec<String> = clusters
            .iter()
            .map(|c| format!("{} ({})", c.name, c.mentions.len()))
            .collect();
        let _ = writeln!(out, "- **{}**: {}", label.title(), names.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_fields_and_counts_characters() {
        let text = "“Yes, we will come back,” said Élodie Martin, the mayor of Paris.";
        let a = crate::analyse(text);
        let csv = quotes_csv(text, &a);
        let mut lines = csv.split("\r\n");
        assert_eq!(
            lines.next(),
            Some("speaker,speaker_as_written,role,kind,cue,quote,start,end")
        );
        let first = lines.next().unwrap();
        assert!(first.contains(",\"Yes, we will come back,\","), "{first}");
        assert!(first.ends_with(",1,24"), "{first}");
        let mut out = String::new();
        field(&mut out, "say \"hi\"");
        assert_eq!(out, "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn json_and_markdown_carry_the_analysis() {
        let text = include_str!("../seeds/ukraine-peace-talks.txt");
        let a = crate::analyse(text);
        let v: serde_json::Value = serde_json::from_str(&json(text, &a)).unwrap();
        assert_eq!(v["text"], text);
        assert_eq!(
            v["analysis"]["quotes"].as_array().unwrap().len(),
            a.quotes.len()
        );
        let md = markdown(text, &a);
        assert!(md.starts_with("# Ukraine calls latest peace talks"));
        assert!(md.contains("| Rustem Umerov |"));
        assert_eq!(entities_csv(&a).lines().count(), a.clusters.len() + 1);
    }
}
