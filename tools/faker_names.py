#!/usr/bin/env python3
"""Dump the first names and surnames of every locale of the Faker package
(MIT licence) written in Latin letters, one `name<TAB>f|l` line each, for
`train-ner --names FILE` (an international first-name/surname list).

    pip download faker==40.63.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/*.whl -d /tmp/faker/x
    PYTHONPATH=/tmp/faker/x python3 tools/faker_names.py > /tmp/faker-names.tsv

Only plain attribute lists are read (tuples, lists, dicts of name -> weight);
names in other scripts are left out unless the locale gives a romanised list
("first_romanized_names"); there is no transliteration.
"""
import importlib
import pkgutil
import sys
import unicodedata

import faker.providers.person as person


def latin(name):
    """Letters all Latin (spaces, hyphens, apostrophes and dots allowed)."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def names_of(value):
    if isinstance(value, dict):
        return [k for k in value if isinstance(k, str)]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return []


def main():
    out = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, value in vars(provider).items():
            if "first" in attr and "name" in attr:
                code = "f"
            elif "last" in attr and "name" in attr:
                code = "l"
            else:
                continue
            for name in names_of(value):
                name = name.strip()
                if latin(name) and len(name) > 1:
                    out.add((name, code))
    for name, code in sorted(out):
        sys.stdout.write(f"{name}\t{code}\n")


if __name__ == "__main__":
    main()
