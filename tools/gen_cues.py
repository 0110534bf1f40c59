#!/usr/bin/env python3
"""Generate `src/quotes/cue_table.rs`: every inflected form of the cue verbs.

The lemma lists below are hand-curated: the verbs of speaking, writing and
stance that PolNeAR (train split) annotates as attribution cues with high
precision (a form counted as a cue in at least ~half of its occurrences), plus
the common speech verbs from the Lede issue. Run:

    python3 tools/gen_cues.py > src/quotes/cue_table.rs && rustfmt --edition 2021 src/quotes/cue_table.rs
"""

# Verbs that take a reported clause: "X said (that) …", "…, X said."
SAY = """say add note argue claim insist stress warn announce explain suggest write tweet
declare acknowledge admit confirm deny predict reiterate recall conclude contend assert state
show report reveal respond reply answer complain concede emphasize emphasise observe remark testify
promise vow pledge joke boast brag allege caution speculate muse opine quip maintain indicate
hint imply proclaim disclose lament retort counter agree estimate forecast post email write
continue elaborate clarify affirm reaffirm recount shout yell scream interject mention repeat
theorize theorise wonder predict point_out signal""".split()
# Verbs whose first object is the addressee: "X told reporters (that) …".
TELL = """tell ask assure inform remind advise""".split()
# Verbs whose content is an object phrase: "X criticized Trump for …", "X echoed this assessment".
OBJECT = """call describe accuse criticize criticise praise defend endorse blast denounce slam mock
dismiss reject question cite echo blame attack condemn decry deride lambast rebuke chide tout
applaud hail thank congratulate urge propose refer characterize characterise portray label dub
liken credit highlight invoke reference quote retweet decline refuse threaten
assail bemoan lash balk chant recommend plead dispute rebut refute""".split()

# Stance and action verbs PolNeAR annotates as cues (train split: a cue in
# roughly 40 % or more of their occurrences): "X opposed …", "X found that …".
STANCE = """find offer seek oppose support hope discuss worry charge learn order identify list
challenge deem nominate voice request encourage express rail point talk speak focus comment
advocate vote""".split()
# Cognition verbs: PolNeAR annotates attributed beliefs and intentions too.
COGNITION = """believe think know want fear feel expect doubt realize realise understand consider
prefer plan intend view""".split()

IRREGULAR = {
    "find": ["found"], "seek": ["sought"], "think": ["thought"], "know": ["knew", "known"],
    "feel": ["felt"], "understand": ["understood"], "speak": ["spoke", "spoken"],
    "show": ["showed", "shown", "shows"],
    "say": ["said"], "tell": ["told"], "write": ["wrote", "written"],
    "forecast": ["forecast"], "lay": ["laid"],
}


def forms(lemma):
    if "_" in lemma:
        return []  # phrasal cues are handled in code
    out = {lemma}
    if lemma.endswith("e"):
        stem = lemma[:-1]
        out |= {lemma + "s", stem + "ed", stem + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        out |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        double = lemma in {"admit", "quip", "commit", "refer", "regret", "plan", "chat", "jab", "slam",
                          "rebut"}
        last = lemma[-1] * double
        out |= {lemma + "s", lemma + last + "ed", lemma + last + "ing"}
    if lemma in IRREGULAR:
        out -= {lemma + "ed", lemma[:-1] + "ed", lemma + "ied"}
        out |= set(IRREGULAR[lemma])
    return sorted(out)


# Plural nouns that share a verb form ("the United States", "his claims"): left out.
NOUN_FORMS = {"states", "reports", "calls", "claims", "notes", "answers", "posts", "questions",
              "attacks", "counters", "quotes", "references", "estimates", "forecasts", "promises",
              "thanks", "credits", "labels", "highlights", "echoes", "vows", "pledges", "boasts",
              "jokes", "replies", "comments", "reply", "answer", "post", "quote", "label", "credit",
              "reference", "estimate", "forecast", "promise", "vow", "pledge", "boast", "joke",
              "call", "claim", "note", "question", "attack", "counter", "state", "report", "tweet",
              "email", "yell", "shout", "hint", "thank", "highlight", "repeat", "refuse", "decline",
              "signal", "signals", "chant", "chants", "lash", "lashes",
              # "a statewide recount"
              "recount",
              # too often not speech: "will continue their attacks"
              "continue", "continues", "continuing"}

# Forms that, read by the attribution patterns, were right less than ~30 % of
# the time on PolNeAR train (below half the F1, so they cost more than they add).
LOW_PRECISION = {"find", "knew", "speaking", "emails", "feels", "remarks", "felt", "considered",
                 "thought", "wanted", "planned", "maintained", "intended", "consider", "speak",
                 "comments", "known"}

table = {}
# Lemmas whose base and -s forms are mostly nouns ("his tax plan", "the
# greatest fear"): only their -ed and -ing forms are cues.
VERB_FORMS_ONLY = {"plan", "fear", "view", "order", "list", "name", "charge", "support", "offer",
                   "request", "voice", "point", "doubt", "rail", "hope", "challenge", "worry", "show",
                   "talk", "focus", "comment", "vote", "dispute"}

import os
GROUPS = [("Object", OBJECT), ("Object", STANCE), ("Tell", TELL), ("Say", SAY)]
if os.environ.get("WITH_COGNITION", "1") == "1":
    GROUPS.insert(2, ("Say", COGNITION))
for cls, lemmas in GROUPS:
    for lemma in lemmas:
        for f in forms(lemma):
            if f in NOUN_FORMS or f in LOW_PRECISION:
                continue
            if lemma in VERB_FORMS_ONLY and not f.endswith(("ed", "ing")) and f not in IRREGULAR.get(lemma, []):
                continue
            table[f] = cls  # later classes win: SAY over OBJECT for shared forms

print("// Generated by tools/gen_cues.py — do not edit by hand.")
print("//! Every inflected form of the cue verbs, sorted for binary search.")
print()
print("use super::CueClass;")
print()
print("pub(super) const CUE_FORMS: &[(&str, CueClass)] = &[")
for f in sorted(table):
    print(f'    ("{f}", CueClass::{table[f]}),')
print("];")
print()
# A quick filter: which first and last letters occur at each word length.
first = [0] * 17
last = [0] * 17
for f in table:
    if len(f) <= 16:
        first[len(f)] |= 1 << (ord(f[0]) - ord("a"))
        last[len(f)] |= 1 << (ord(f[-1]) - ord("a"))
print("/// Bit `c - b'a'` is set when some form of that length starts with letter `c`.")
print("pub(super) const FIRST_LETTERS_BY_LEN: [u32; 17] = [" + ", ".join(str(x) for x in first) + "];")
print("/// Bit `c - b'a'` is set when some form of that length ends with letter `c`.")
print("pub(super) const LAST_LETTERS_BY_LEN: [u32; 17] = [" + ", ".join(str(x) for x in last) + "];")
