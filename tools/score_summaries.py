"""Score summary systems on the summary sets only, with BBC split by id parity.

usage (from the worktree root, after `cargo build --release --features tune`):
  python3 tools/score_summaries.py 'lede=target/release/lede batch' \
      'lead3=target/release/tune-summary batch --lead3' [NAME=CMD ...]

Uses the shared harness's data loader and ROUGE scorer
(../shared/eval/{datasets,scoring}.py), so the figures are the harness's own;
BBC is reported as odd ids (the tuning set) and even ids (held out), next to
CNN/DM (250, never tuned on) and XSum (sanity check). Prints a Markdown table.
SETS=even,cnndm restricts the run to the sets whose label contains one of the words.
"""
import json
import os
import subprocess
import sys
import time

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval")
sys.path.insert(0, os.environ.get("LEDE_EVAL_DIR", EVAL))
import datasets  # noqa: E402
import scoring  # noqa: E402

DATA = os.path.join(os.path.dirname(EVAL), "data", "summaries")


def parity(doc):
    tail = doc["id"].rsplit("/", 1)[-1]
    return "odd" if tail.isdigit() and int(tail) % 2 else "even"


def sets():
    bbc = datasets.read_jsonl(os.path.join(DATA, "bbc-news-summary.jsonl"))
    return {
        "bbc odd ids (tuning)": [d for d in bbc if parity(d) == "odd"],
        "bbc even ids": [d for d in bbc if parity(d) == "even"],
        "cnndm-test-frank": datasets.read_jsonl(os.path.join(DATA, "cnndm-test-frank.jsonl")),
        "xsum-test-frank": datasets.read_jsonl(os.path.join(DATA, "xsum-test-frank.jsonl")),
    }


def run(cmd, docs):
    payload = json.dumps([{"id": d["id"], "text": d["text"]} for d in docs], ensure_ascii=False)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, shell=True, input=payload, capture_output=True, text=True, encoding="utf-8")
    wall = time.perf_counter() - t0
    if p.returncode:
        raise SystemExit(f"{cmd!r} exited {p.returncode}: {p.stderr[-2000:]}")
    rows = [json.loads(line) for line in p.stdout.splitlines() if line.strip()]
    return {str(r["id"]): r for r in rows}, wall


def main():
    systems = [a.split("=", 1) for a in sys.argv[1:]]
    data = sets()
    only = os.environ.get("SETS")  # e.g. SETS=even,cnndm: labels containing any of these
    if only:
        data = {k: v for k, v in data.items() if any(w in k for w in only.split(","))}
    print("| system | data | R-1 | R-2 | R-L | R-Lsum | s |")
    print("|---|---|---|---|---|---|---|")
    for label, docs in data.items():
        for name, cmd in systems:
            outs, wall = run(cmd, docs)
            s = scoring.score_summaries(docs, outs)
            cells = " | ".join(f"{100 * s[k]:.1f}" for k in ("rouge1", "rouge2", "rougeL", "rougeLsum"))
            print(f"| {name} | {label} ({len(docs)}) | {cells} | {wall:.1f} |", flush=True)


if __name__ == "__main__":
    main()
