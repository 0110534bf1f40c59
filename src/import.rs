//! Turning what people paste or drop (web pages, Markdown) into plain text
//! with its paragraphs kept, so the engine sees the article and not markup.
//!
//! Hand-written scanners rather than an HTML parser crate: we need only the
//! text and the block boundaries, and a parser would cost far more wasm
//! than these few functions. Pure, so tested natively.

/// Elements whose start or end is a paragraph break.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "nav",
];

/// Elements whose content is never text for the reader.
const HIDDEN: &[&str] = &[
    "script", "style", "head", "template", "noscript", "svg", "iframe", "object",
];

fn entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "eacute" => 'é',
        "euro" => '€',
        "pound" => '£',
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')?
        }
    })
}

/// Decode `&…;` character references in `s`.
fn decode_entities(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let end = rest[1..].find(';').map(|e| e + 1).filter(|&e| e <= 10);
        match end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e))) {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// Plain text of an HTML fragment: one paragraph per block, a blank line between.
pub fn html_to_text(html: &str) -> String {
    let mut raw = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut hidden: Option<String> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if hidden.is_none() {
                raw.push_str(rest);
            }
            break;
        };
        if hidden.is_none() {
            raw.push_str(&rest[..lt]);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(h) = &hidden {
            if closing && *h == name {
                hidden = None;
            }
            continue;
        }
        if HIDDEN.contains(&name.as_str()) && !closing && !tag.ends_with('/') {
            hidden = Some(name);
        } else if name == "br" {
            raw.push('\n');
        } else if BLOCKS.contains(&name.as_str()) {
            raw.push_str("\n\n");
        }
    }
    // Collapse white space as a browser does, keeping the breaks we made.
    let mut text = String::with_capacity(raw.len());
    for (i, block) in raw
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .enumerate()
    {
        if i > 0 {
            text.push_str("\n\n");
        }
        let lines: Vec<String> = block
            .split('\n')
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        decode_entities(&lines.join("\n"), &mut text);
    }
    text
}

/// Plain text of Markdown: headings, emphasis, links and images reduced to
/// their words; paragraphs kept.
pub fn markdown_to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for line in md.lines() {
        let mut l = line.trim_start();
        l = l.trim_start_matches('#').trim_start();
        if let Some(quoted) = l.strip_prefix('>') {
            l = quoted.trim_start();
        }
        let mut rest = l;
        while !rest.is_empty() {
            let Some(k) = rest.find(['[', '*', '_', '`', '!']) else {
                out.push_str(rest);
                break;
            };
            out.push_str(&rest[..k]);
            rest = &rest[k..];
            let image = rest.starts_with("![");
            let link_text = if image { &rest[2..] } else { &rest[1..] };
            if rest.starts_with('[') || image {
                // [text](url) → text; ![alt](src) → nothing.
                if let Some(close) = link_text.find("](") {
                    if let Some(end) = link_text[close..].find(')') {
                        if !image {
                            out.push_str(&link_text[..close]);
                        }
                        rest = &link_text[close + end + 1..];
                        continue;
                    }
                }
                out.push_str(&rest[..1]);
                rest = &rest[1..];
            } else if rest.starts_with(['*', '_', '`']) {
                // Emphasis and code markers go; a lone "*" list bullet at line start stays a bullet.
                let run = rest.len() - rest.trim_start_matches(['*', '_', '`']).len();
                let at_line_start = out.ends_with('\n') || out.is_empty();
                if at_line_start && rest[run..].starts_with(' ') {
                    out.push('•');
                }
                rest = &rest[run..];
            } else {
                out.push_str(&rest[..1]);
                rest = &rest[1..];
            }
        }
        out.push('\n');
    }
    out.trim_end().to_owned()
}

/// What kind of file a name says it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Html,
    Markdown,
}

impl FileKind {
    /// By extension; `None` for files Lede does not open.
    pub fn of(name: &str) -> Option<FileKind> {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
        match ext.as_str() {
            "txt" | "text" => Some(FileKind::Text),
            "html" | "htm" | "xhtml" => Some(FileKind::Html),
            "md" | "markdown" => Some(FileKind::Markdown),
            _ => None,
        }
    }

    /// The article text in a file of this kind.
    pub fn to_text(self, content: &str) -> String {
        match self {
            FileKind::Text => content.to_owned(),
            FileKind::Html => html_to_text(content),
            FileKind::Markdown => markdown_to_text(content),
        }
    }
}

/// Byte offset in `s` of the UTF-16 offset `units` (as the DOM counts),
/// clamped to the string and to a char boundary.
pub fn utf16_to_byte(s: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in s.char_indices() {
        if seen >= units {
            return i;
        }
        seen += c.len_utf16();
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_paragraphs_and_text_and_drops_markup_and_scripts() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body>\
            <h1>Talks  end</h1><p>“We are ready,” said <b>Anna&nbsp;Berg</b> &amp; others.</p>\
            <script>alert(1)</script><!-- note --><p>Line one<br>line two &#8212; &#x2019;</p>\
            <p>a &lt; b &unknown; c</p></body></html>";
        assert_eq!(
            html_to_text(html),
            "Talks end\n\n“We are ready,” said Anna Berg & others.\n\nLine one\nline two — ’\n\na < b &unknown; c"
        );
    }

    #[test]
    fn broken_html_never_panics() {
        for s in [
            "<",
            "<p",
            "&",
            "&#xFFFFFFFF;",
            "<script>never closed",
            "<!-- open",
            "é<é>é&é;",
        ] {
            let _ = html_to_text(s);
        }
    }

    #[test]
    fn file_kinds_and_utf16_offsets() {
        assert_eq!(FileKind::of("Story.HTML"), Some(FileKind::Html));
        assert_eq!(FileKind::of("notes.md"), Some(FileKind::Markdown));
        assert_eq!(FileKind::of("a.txt"), Some(FileKind::Text));
        assert_eq!(FileKind::of("photo.jpg"), None);
        assert_eq!(FileKind::of("README"), None);
        let s = "a😀é b";
        assert_eq!(utf16_to_byte(s, 0), 0);
        assert_eq!(utf16_to_byte(s, 1), 1);
        assert_eq!(utf16_to_byte(s, 3), 5);
        assert_eq!(utf16_to_byte(s, 4), 7);
        assert_eq!(utf16_to_byte(s, 99), s.len());
    }

    #[test]
    fn markdown_becomes_prose() {
        let md = "# Headline here\n\nThe **minister** said [the plan](https://x.y/z) works. ![chart](c.png)\n\n* first point\n> quoted";
        assert_eq!(
            markdown_to_text(md),
            "Headline here\n\nThe minister said the plan works. \n\n• first point\nquoted"
        );
    }
}
