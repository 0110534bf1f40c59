//! `lede`: the engine on the command line.
//!
//! `lede batch` follows the evaluation contract (JSON list in, JSON lines out,
//! code-point offsets); `lede analyse` prints a report or the full
//! `Analysis`. Errors are one line on stderr and a non-zero exit.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match cli::run(std::env::args().skip(1).collect()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(cli::Error::BrokenPipe) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lede: {e}");
            std::process::ExitCode::from(e.code())
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::fmt;
    use std::io::{self, Read, Write};

    use lede::contract::{Record, SUMMARY_SENTENCES};
    use lede::{analyse_with, Analysis, EntityLabel, Options, SummaryLength};

    const USAGE: &str = "\
usage: lede batch                  JSON list of {\"id\",\"text\"} on stdin -> one JSON line per document
       lede analyse FILE|- [--json] report on one article (--json: the full analysis)
       lede --help | --version";

    pub enum Error {
        Usage(String),
        Input(String),
        BrokenPipe,
        Output(io::Error),
    }

    impl Error {
        pub fn code(&self) -> u8 {
            match self {
                Error::Usage(_) => 2,
                _ => 1,
            }
        }
    }

    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            match self {
                Error::Usage(m) => write!(f, "{m}\n{USAGE}"),
                Error::Input(m) => f.write_str(m),
                Error::BrokenPipe => f.write_str("broken pipe"),
                Error::Output(e) => write!(f, "cannot write output: {e}"),
            }
        }
    }

    impl From<io::Error> for Error {
        fn from(e: io::Error) -> Self {
            if e.kind() == io::ErrorKind::BrokenPipe {
                Error::BrokenPipe
            } else {
                Error::Output(e)
            }
        }
    }

    pub fn run(args: Vec<String>) -> Result<(), Error> {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        match args.as_slice() {
            ["batch"] => batch(),
            ["analyse" | "analyze", rest @ ..] => {
                let json = rest.contains(&"--json");
                let files: Vec<&&str> = rest.iter().filter(|a| **a != "--json").collect();
                match files.as_slice() {
                    [file] => analyse_file(file, json),
                    _ => Err(Error::Usage(
                        "analyse takes one FILE (or - for stdin)".into(),
                    )),
                }
            }
            ["--help" | "-h" | "help"] => {
                println!("{USAGE}");
                Ok(())
            }
            ["--version" | "-V"] => {
                println!("lede {}", env!("CARGO_PKG_VERSION"));
                Ok(())
            }
            [] => Err(Error::Usage("no command given".into())),
            [other, ..] => Err(Error::Usage(format!("unknown command '{other}'"))),
        }
    }

    fn read_utf8(mut reader: impl Read, what: &str) -> Result<String, Error> {
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .map_err(|e| Error::Input(format!("cannot read {what}: {e}")))?;
        String::from_utf8(bytes).map_err(|e| {
            Error::Input(format!(
                "{what} is not valid UTF-8 (bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ))
        })
    }

    #[derive(serde::Deserialize)]
    struct Document {
        id: serde_json::Value,
        text: String,
    }

    fn batch() -> Result<(), Error> {
        let input = read_utf8(io::stdin().lock(), "standard input")?;
        let docs: Vec<Document> = serde_json::from_str(&input).map_err(|e| {
            Error::Input(format!(
                "standard input is not a JSON list of {{\"id\", \"text\"}} objects: {e}"
            ))
        })?;
        let options = Options {
            summary_length: SummaryLength::Sentences(SUMMARY_SENTENCES),
        };
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        for doc in &docs {
            let id = match &doc.id {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let analysis = analyse_with(&doc.text, &options);
            let record = Record::new(&id, &doc.text, &analysis);
            serde_json::to_writer(&mut out, &record).map_err(io::Error::from)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        Ok(())
    }

    fn analyse_file(path: &str, json: bool) -> Result<(), Error> {
        let text = if path == "-" {
            read_utf8(io::stdin().lock(), "standard input")?
        } else {
            let file = std::fs::File::open(path)
                .map_err(|e| Error::Input(format!("cannot open {path}: {e}")))?;
            read_utf8(file, path)?
        };
        let analysis = analyse_with(&text, &Options::default());
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        if json {
            serde_json::to_writer_pretty(&mut out, &analysis).map_err(io::Error::from)?;
            out.write_all(b"\n")?;
        } else {
            report(&mut out, &text, &analysis)?;
        }
        out.flush()?;
        Ok(())
    }

    /// "1 statement", "3 statements".
    fn count(n: usize, one: &str, many: &str) -> String {
        format!("{n} {}", if n == 1 { one } else { many })
    }

    /// A plain-text report: entities with counts, who said what, summary.
    fn report(out: &mut impl Write, text: &str, a: &Analysis) -> io::Result<()> {
        for w in &a.warnings {
            writeln!(out, "warning: {}", w.message)?;
        }
        writeln!(
            out,
            "ENTITIES ({}, {})",
            count(a.entities.len(), "mention", "mentions"),
            count(a.clusters.len(), "entity", "entities")
        )?;
        for label in EntityLabel::ALL.iter().filter(|l| l.is_name()) {
            let mut clusters: Vec<_> = a.clusters.iter().filter(|c| c.label == *label).collect();
            if clusters.is_empty() {
                continue;
            }
            clusters.sort_by_key(|c| std::cmp::Reverse(c.mentions.len()));
            writeln!(out, "  {}:", label.title())?;
            for c in clusters {
                write!(out, "    {} ×{}", c.name, c.mentions.len())?;
                if !c.aliases.is_empty() {
                    write!(out, "  (also: {})", c.aliases.join(", "))?;
                }
                if let Some(role) = &c.role {
                    write!(out, "  — {role}")?;
                }
                writeln!(out)?;
            }
        }
        writeln!(
            out,
            "\nWHO SAID WHAT ({})",
            count(a.quotes.len(), "statement", "statements")
        )?;
        for (n, q) in a.quotes.iter().enumerate() {
            let speaker = q.speaker.as_ref().map_or("(unknown)", |s| s.name.as_str());
            let kind = lede::export::kind_name(q.kind);
            let words: Vec<&str> = q.pieces.iter().map(|p| p.slice(text)).collect();
            writeln!(
                out,
                "  {:>2}. {speaker} [{kind}]: {}",
                n + 1,
                words.join(" … ")
            )?;
        }
        writeln!(out, "\nSUMMARY")?;
        for (_, span) in a.summary.items() {
            writeln!(out, "  {}", span.slice(text))?;
        }
        Ok(())
    }
}
