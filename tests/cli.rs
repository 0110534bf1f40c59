//! The `lede` command line: the evaluation contract and its errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn lede(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn batch_writes_one_contract_line_per_document_with_code_point_offsets() {
    let docs = serde_json::json!([
        {"id": "a", "text": "“Ça va,” said Élodie Martin in Paris. She said the talks in Geneva went well."},
        {"id": "b", "text": ""},
    ]);
    let out = lede(&["batch"], docs.to_string().as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    let text: Vec<char> = docs[0]["text"].as_str().unwrap().chars().collect();
    for e in lines[0]["entities"].as_array().unwrap() {
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text[s..t].iter().collect::<String>(),
            e["text"].as_str().unwrap()
        );
    }
    assert!(lines[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"] == "Paris"));
    for key in ["quotes", "summary", "sentences"] {
        assert!(lines[0][key].is_array(), "{key}");
    }
    assert_eq!(lines[0]["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(lines[1]["entities"], serde_json::json!([]));
}

#[test]
fn batch_of_an_empty_list_prints_nothing() {
    let out = lede(&["batch"], b"[]");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_input_is_a_one_line_error_not_a_panic() {
    let cases: [(&[&str], &[u8]); 5] = [
        (&["batch"], b"{not json"),
        (&["batch"], b"[{\"id\": 1}]"),
        (&["batch"], b"[\"\xff\xfe\"]"),
        (&["analyse", "/no/such/file.txt"], b""),
        (&["frobnicate"], b""),
    ];
    for (args, input) in cases {
        let out = lede(args, input);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = stderr(&out);
        assert!(err.starts_with("lede: "), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let out = lede(&["analyse", "-"], b"caf\xe9");
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", stderr(&out));
}

#[test]
fn analyse_prints_a_report_or_the_full_analysis() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/ukraine-peace-talks.txt");
    let out = lede(&["analyse", seed], b"");
    let report = String::from_utf8(out.stdout).unwrap();
    for heading in ["ENTITIES", "WHO SAID WHAT", "SUMMARY"] {
        assert!(report.contains(heading), "{report}");
    }
    assert!(report.contains("Rustem Umerov"));
    let out = lede(
        &["analyse", "--json", "-"],
        b"Anna Berg said the plan works well enough.",
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["quotes"][0]["kind"], "indirect");
    // Counts of one read in the singular.
    let out = lede(
        &["analyse", "-"],
        b"Anna Berg said the plan works well enough.",
    );
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(
        report.contains("ENTITIES (1 mention, 1 entity)")
            && report.contains("WHO SAID WHAT (1 statement)"),
        "{report}"
    );
}
