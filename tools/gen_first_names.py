#!/usr/bin/env python3
"""Generate `src/quotes/names/{female,male}.txt` from the US 1990 Census
first-name lists (public domain; /work/shared/data/gazetteers/census1990-names).

A name goes to the gender whose frequency for it is at least ten times the
other's; names used by both (e.g. "Jordan") are left out, so they stay
unknown. One lowercase name per line, sorted, so the engine can binary-search
the embedded text without parsing it at start-up.

    python3 tools/gen_first_names.py
"""
import os

SRC = "/work/shared/data/gazetteers/census1990-names"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "quotes", "names")


def read(name):
    freq = {}
    for line in open(os.path.join(SRC, name)):
        parts = line.split()
        if len(parts) >= 2:
            freq[parts[0].lower()] = float(parts[1])
    return freq


male, female = read("dist.male.first"), read("dist.female.first")
os.makedirs(OUT, exist_ok=True)
for gender, own, other in (("male", male, female), ("female", female, male)):
    keep = sorted(n for n, f in own.items() if f >= 10 * other.get(n, 0.0) and n.isalpha())
    with open(os.path.join(OUT, f"{gender}.txt"), "w") as f:
        f.write("\n".join(keep) + "\n")
    print(gender, len(keep))
