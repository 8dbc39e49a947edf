#!/usr/bin/env python3
"""List every infobox field that mwparserfromhell finds in Corpus/, as the expectation for
Tests/WikiExtractTests/InfoboxDifferentialTests.swift.

For each Corpus/*.wikitext file (sorted by name), every template whose name starts with the
word "Infobox" (any case, "_" or space, "Template:" prefix dropped; nested ones included, in
document order: a holder before the infobox embedded in it) is listed with its fields in
source order: the field name (comments removed, trimmed; positional ones numbered "1", "2" …
as MediaWiki counts them) and its position among the template's parameters (0-based).

Usage (mwparserfromhell from a venv; .venv is git-ignored):
    python3 -m venv .venv && .venv/bin/pip install mwparserfromhell
    .venv/bin/python scripts/infobox-diff-mwph.py            # writes the expectation, prints counts
    .venv/bin/python scripts/infobox-diff-mwph.py --check    # fails if the committed file differs
"""
import json
import pathlib
import re
import sys

import mwparserfromhell
from mwparserfromhell.nodes import Comment

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Corpus"
OUT = ROOT / "Tests" / "WikiExtractTests" / "Expected" / "infobox-fields-mwph.json"


def without_comments(wikicode):
    return "".join(str(n) for n in wikicode.nodes if not isinstance(n, Comment)).strip()


def normalized(name):
    name = re.sub(r"[\s_]+", " ", name).strip()
    if name.lower().startswith("template:"):
        name = name[9:].strip()
    return name


def is_infobox(name):
    lower = normalized(name).lower()
    return lower.startswith("infobox") and (len(lower) == 7 or lower[7] in " /")


def infoboxes(text):
    code = mwparserfromhell.parse(text)
    boxes = []
    for template in code.filter_templates(recursive=True):
        name = without_comments(template.name)
        if not is_infobox(name):
            continue
        fields = [[without_comments(p.name), i] for i, p in enumerate(template.params)]
        boxes.append({"template": name, "fields": fields})
    return boxes


def render(doc):
    """JSON with one field per line, so diffs of the expectation read well."""
    dump = lambda v: json.dumps(v, ensure_ascii=False)
    lines = ["{", f' "generator": {dump(doc["generator"])},', ' "files": {']
    names = list(doc["files"])
    for n, name in enumerate(names):
        boxes = doc["files"][name]
        tail = "," if n < len(names) - 1 else ""
        if not boxes:
            lines.append(f"  {dump(name)}: []{tail}")
            continue
        lines.append(f"  {dump(name)}: [")
        for b, box in enumerate(boxes):
            lines.append(f'   {{"template": {dump(box["template"])}, "fields": [')
            for f, field in enumerate(box["fields"]):
                lines.append(f"    {dump(field)}" + ("," if f < len(box["fields"]) - 1 else ""))
            lines.append("   ]}" + ("," if b < len(boxes) - 1 else ""))
        lines.append(f"  ]{tail}")
    lines += [" }", "}"]
    return "\n".join(lines) + "\n"


def main():
    files = {}
    for path in sorted(CORPUS.glob("*.wikitext")):
        files[path.name] = infoboxes(path.read_text(encoding="utf-8"))
    doc = {
        "generator": f"scripts/infobox-diff-mwph.py with mwparserfromhell {mwparserfromhell.__version__}",
        "files": files,
    }
    text = render(doc)
    boxes = sum(len(b) for b in files.values())
    fields = sum(len(box["fields"]) for b in files.values() for box in b)
    print(f"{len(files)} files, {sum(1 for b in files.values() if b)} with infoboxes, "
          f"{boxes} infoboxes, {fields} fields")
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("expectation up to date" if same else f"{OUT} differs: rerun without --check")
        sys.exit(0 if same else 1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
