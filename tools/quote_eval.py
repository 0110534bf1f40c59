#!/usr/bin/env python3
"""Quick PolNeAR quote scoring for iterating on `src/quotes/`.

Runs `target/release/lede batch` on a PolNeAR split (train/dev/test, optional
--limit) and scores it with the shared harness's `score_quotes`, plus recall
by gold quote type and precision by predicted kind. `--dump N` prints N
misses / false alarms / wrong speakers for error analysis.

    python3 tools/quote_eval.py dev [--limit 100] [--dump 20]
"""
import argparse, collections, json, random, subprocess, sys

sys.path.insert(0, "/work/shared/eval")
import scoring  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("split")
ap.add_argument("--limit", type=int, default=0)
ap.add_argument("--offset", type=int, default=0)
ap.add_argument("--dump", type=int, default=0)
ap.add_argument("--what", default="miss,fa,spk")
ap.add_argument("--seed", type=int, default=1)
a = ap.parse_args()

docs = [json.loads(l) for l in open(f"/work/shared/data/quotes/polnear-{a.split}.jsonl")]
if a.limit:
    docs = docs[a.offset:a.offset + a.limit]
inp = json.dumps([{"id": d["id"], "text": d["text"]} for d in docs])
out = subprocess.run([__import__("os").environ.get("LEDE_BIN","target/release/lede"), "batch"], input=inp, capture_output=True, text=True, check=True).stdout
preds = {}
for line in out.splitlines():
    r = json.loads(line)
    preds[r["id"]] = r
res = scoring.score_quotes(docs, preds)
f = lambda d: f"P {d['p']*100:.1f} R {d['r']*100:.1f} F1 {d['f1']*100:.1f}" if isinstance(d, dict) and 'p' in d else d
print(f"all: {f(res['all'])}\ndirect+mixed: {f(res['direct_mixed'])}\n"
      f"attr {res['attr_acc']*100:.1f} (n={res['attr_n']}) non-pronoun {res['attr_acc_nonpronoun']*100:.1f}\n"
      f"e2e: {f(res['e2e'])}  gold {res['gold_quotes']} pred {res['pred_quotes']}")

rec = collections.Counter(); tot = collections.Counter(); pk = collections.Counter(); pk_ok = collections.Counter()
misses, fas, spk, bound = [], [], [], []
for d in docs:
    gold = d["quotes"]; pred = [q for q in preds.get(d["id"], {}).get("quotes", []) if q["quote_end"] > q["quote_start"]]
    pairs = scoring.match_quotes(gold, pred)
    mg = {g for g, _ in pairs}; mp = {p for _, p in pairs}
    for gi, g in enumerate(gold):
        tot[g["quote_type"]] += 1; rec[g["quote_type"]] += gi in mg
        if gi not in mg:
            misses.append((d, g))
    for pi, p in enumerate(pred):
        pk[p.get("kind")] += 1; pk_ok[p.get("kind")] += pi in mp
        if pi not in mp:
            fas.append((d, p))
            for gi, g in enumerate(gold):
                if gi not in mg and min(g["quote_end"], p["quote_end"]) > max(g["quote_start"], p["quote_start"]):
                    bound.append((d, g, p))
                    break
    for gi, pi in pairs:
        g = gold[gi]
        if g.get("speaker") and not scoring.right_speaker(g, pred[pi]):
            spk.append((d, g, pred[pi]))
print("recall by gold type:", {k: f"{rec[k]}/{tot[k]} {100*rec[k]/tot[k]:.1f}" for k in tot})
print("precision by pred kind:", {k: f"{pk_ok[k]}/{pk[k]} {100*pk_ok[k]/max(pk[k],1):.1f}" for k in pk})
rnd = random.Random(a.seed)
def ctx(d, s, e, w=150):
    t = d["text"]
    return (t[max(0, s - w):s] + "[[" + t[s:e] + "]]" + t[e:e + w]).replace("\n", " ⏎ ")
if a.dump:
    if "miss" in a.what:
        print("\n=== MISSES")
        for d, g in rnd.sample(misses, min(a.dump, len(misses))):
            print(f"- {g['quote_type']} spk={g['speaker']!r} cue={g['cue']!r}\n  {ctx(d, g['quote_start'], g['quote_end'])}")
    if "fa" in a.what:
        print("\n=== FALSE ALARMS")
        for d, p in rnd.sample(fas, min(a.dump, len(fas))):
            print(f"- {p.get('kind')} spk={p.get('speaker')!r} cue={p.get('cue')!r}\n  {ctx(d, p['quote_start'], p['quote_end'])}")
    if "spk" in a.what:
        print("\n=== WRONG SPEAKER")
        for d, g, p in rnd.sample(spk, min(a.dump, len(spk))):
            print(f"- gold={g['speaker']!r} pred={p.get('speaker')!r} mention={p.get('speaker_mention')!r}\n  {ctx(d, g['quote_start'], g['quote_end'], 100)}")

if a.dump and "bound" in a.what:
    # Unmatched predictions that overlap an unmatched gold span: wrong extent.
    longer = sum(p["quote_end"] - p["quote_start"] > g["quote_end"] - g["quote_start"] for _, g, p in bound)
    print(f"\n=== BOUNDARY ({len(bound)}, prediction longer in {longer})")
    for d, g, p in rnd.sample(bound, min(a.dump, len(bound))):
        print(f"- {g['quote_type']}/{p.get('kind')} cue={g['cue']!r}/{p.get('cue')!r}\n  gold {ctx(d, g['quote_start'], g['quote_end'], 60)}\n  pred {ctx(d, p['quote_start'], p['quote_end'], 60)}")

if "cues" in a.what:
    import re as _re
    from collections import Counter as _C
    miss_cue = _C()
    for d, g in misses:
        cue = (g.get("cue") or "").lower().replace("\xa0", " ")
        words = _re.findall(r"[a-z]+", cue)
        miss_cue[" ".join(words[-1:]) if words else cue] += 1
    print("\n=== MISSED CUE HEADS", sum(miss_cue.values()))
    print(", ".join(f"{k}:{v}" for k, v in miss_cue.most_common(80)))
