#!/usr/bin/env python3
"""WordNet 3.0's glosses (definitions and their example sentences) as JSON
lines with a "text" field, 50 glosses a line, one gloss a text line: extra
unlabelled English for the word classes (`train-ner --unlabelled FILE`).
About 1.46 M words, many of them names in context ("Russian statesman
chosen as president of the Russian Federation in 2000"). WordNet licence
(use, copy, modify and distribute for any purpose, with its notice).

    python3 tools/wordnet_glosses.py /tmp/wn/usr/share/wordnet > /tmp/wordnet-glosses.jsonl
"""
import json
import os
import sys

PER_LINE = 50


def main(directory):
    for part in ["data.noun", "data.verb", "data.adj", "data.adv"]:
        batch = []
        with open(os.path.join(directory, part), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  ") or " | " not in line:
                    continue  # the licence header
                batch.append(line.split(" | ", 1)[1].strip())
                if len(batch) == PER_LINE:
                    print(json.dumps({"text": "\n".join(batch)}))
                    batch = []
        if batch:
            print(json.dumps({"text": "\n".join(batch)}))


if __name__ == "__main__":
    main(sys.argv[1])
