//! The English "Golden Rules" of sentence-boundary detection (Pragmatic
//! Segmenter, as carried by pySBD; see `tests/data/README.md`): every case
//! must split exactly as expected, compared after trimming white space.

use serde_json::Value;

const GOLDEN_RULES: &str = include_str!("data/golden_rules_en.jsonl");

struct Case {
    text: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    GOLDEN_RULES
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let case: Value = serde_json::from_str(line).expect("valid JSON line");
            Case {
                text: case["text"].as_str().expect("text").to_owned(),
                expected: case["sentences"]
                    .as_array()
                    .expect("sentences")
                    .iter()
                    .map(|s| s.as_str().expect("sentence").trim().to_owned())
                    .collect(),
            }
        })
        .collect()
}

#[test]
fn splits_all_golden_rules_cases() {
    let cases = cases();
    assert_eq!(cases.len(), 48, "the Golden Rules file has 48 cases");
    let mut misses = Vec::new();
    for (n, case) in cases.iter().enumerate() {
        let got: Vec<String> = lede::text::sentences(&case.text)
            .iter()
            .map(|s| s.span.slice(&case.text).trim().to_owned())
            .collect();
        if got != case.expected {
            misses.push(format!(
                "case {}: {:?}\n  expected: {:?}\n  got:      {:?}",
                n + 1,
                case.text,
                case.expected,
                got
            ));
        }
    }
    let passed = cases.len() - misses.len();
    println!("Golden Rules: {passed}/{}", cases.len());
    for miss in &misses {
        println!("{miss}");
    }
    assert!(
        misses.is_empty(),
        "{passed}/{} Golden Rules cases pass:\n{}",
        cases.len(),
        misses.join("\n")
    );
}
