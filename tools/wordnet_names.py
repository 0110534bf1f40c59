#!/usr/bin/env python3
"""List the proper names in WordNet 3.0 (Princeton's WordNet licence:
use, copy, modify and distribute for any purpose, with its copyright
notice), one `name<TAB>code` line each, for `train-ner --names FILE`:

  p  people: instances (`@i`) in the noun.person file ("Putin",
     "Vladimir Putin", "Indira Gandhi")
  w  places: capitalised nouns in the noun.location file ("Volgograd",
     "Hindu Kush", "Ankara")
  k  groups: capitalised nouns in the noun.group file ("Hezbollah",
     "Federal Security Service", "FSB")

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
    python3 tools/wordnet_names.py /tmp/wn/usr/share/wordnet/data.noun > /tmp/wordnet-names.tsv
"""
import sys

# Lexicographer file numbers (lexnames(5WN)).
PERSON, LOCATION, GROUP = 18, 15, 14


def main(path):
    out = set()
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            lexfile = int(fields[1])
            n_words = int(fields[3], 16)
            words = [fields[4 + 2 * k] for k in range(n_words)]
            rest = fields[4 + 2 * n_words :]
            instance = "@i" in rest
            if lexfile == PERSON and instance:
                code = "p"
            elif lexfile == LOCATION:
                code = "w"
            elif lexfile == GROUP:
                code = "k"
            else:
                continue
            for w in words:
                # Adjective markers like "(a)" are on adjectives only; strip any.
                name = w.split("(")[0].replace("_", " ").strip()
                if name[:1].isupper() and len(name) > 1:
                    out.add((name, code))
    for name, code in sorted(out):
        sys.stdout.write(f"{name}\t{code}\n")


if __name__ == "__main__":
    main(sys.argv[1])
