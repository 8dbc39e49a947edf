#!/usr/bin/env python3
"""Independent reference for the WikiDump tests: list every page of a MediaWiki XML
dump as Python's mwxml reads it, one JSON object per line.

Usage: .venv/bin/python scripts/dump-pages-mwxml.py DUMP [DUMP ...]
  DUMP is .xml or bzip2 (detected by the "BZh" magic, any number of concatenated
  streams, so multistream files work too).

Each line: {"id", "ns", "title", "redirect", "revid", "timestamp", "sha1", "len"}
  - the values of the page's LAST revision (pages-articles has exactly one);
  - "sha1" is the hex SHA-1 of the revision text encoded as UTF-8, "len" its byte
    length; a missing text (<text/>, <text deleted="deleted"/>) counts as "".
No filter is applied: every <page> mwxml yields is printed, in file order.
Setup: python3 -m venv .venv && .venv/bin/pip install mwxml mwparserfromhell wikitextparser
"""
import bz2
import hashlib
import json
import sys

import mwxml


def open_dump(path):
    with open(path, "rb") as f:
        magic = f.read(3)
    return bz2.open(path, "rb") if magic == b"BZh" else open(path, "rb")


def main(paths):
    out = sys.stdout
    for path in paths:
        with open_dump(path) as f:
            for page in mwxml.Dump.from_file(f):
                last = None
                for rev in page:
                    last = rev
                text = (last.text if last is not None else None) or ""
                data = text.encode("utf-8")
                out.write(json.dumps({
                    "id": page.id,
                    "ns": page.namespace,
                    "title": page.title,
                    "redirect": page.redirect,
                    "revid": last.id if last is not None else None,
                    "timestamp": str(last.timestamp) if last is not None and last.timestamp else None,
                    "sha1": hashlib.sha1(data).hexdigest(),
                    "len": len(data),
                }, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
