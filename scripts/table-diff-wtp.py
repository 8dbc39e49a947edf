#!/usr/bin/env python3
"""Compare wikiconv's table grids with wikitextparser's Table.data(span=True) over Corpus/ (or any
folder of .wikitext files, or a dump: see main()).

Our side comes from the Swift test that dumps grids:
    WIKICONV_DUMP_GRIDS=1 swift test --scratch-path .build-tables --filter TableGridDumpTests
which writes /tmp/wikiconv-grids.json ({file: [{index, line, parent, grid}]}, raw cell text,
null for an empty slot). Then:
    .venv/bin/python scripts/table-diff-wtp.py [grids.json]
Only wikitext tables (`{|`) are compared: wikitextparser reads no HTML `<table>`, and those are
counted apart. Tables are matched by the line of their `{|` and their order on that line. Cells are compared
after wikitextparser's own strip (leading spaces, trailing whitespace).

wikitextparser does not find a table inside a wikilink (a File caption holding a table, which
MediaWiki builds, since it forms tables before links). For a link whose text holds `{|`, the
script parses the link text on its own with wikitextparser, so that the grid can still be
compared; such tables are counted and named in the output.
"""
import json
import re
import sys
from pathlib import Path

import wikitextparser as wtp

WS = ' \t\n\r\x0b\x0c'
ROOT = Path(__file__).resolve().parent.parent


def source_text(name):
    """The wikitext of a Corpus/ file (main() may point it elsewhere)."""
    return (ROOT / 'Corpus' / name).read_text(encoding='utf-8')


# Wikipedia's table cell templates expand to `attributes | text`, so text written before one in
# a cell with no bar of its own (`| rowspan=2 {{n/a}}`) is the cell's attributes. wikiconv reads
# such cells as MediaWiki does (Sources/WikiExtract/Tables/TableCellTemplates.swift, same
# names); wikitextparser expands no template, so it is given the bar the expansion supplies.
# The cells this touches are counted and printed; TablePeerDifferenceTests pins one of them.
CELL_TEMPLATES = ['yes', 'no', 'partial', 'some', 'sometimes', 'n/a', 'na', 'n.a.', 'unk', 'unknown',
                  'dunno', 'tba', 'okay', 'good', 'bad', 'yes-no', 'yes2', 'no2', 'maybe', 'won', 'nom', 'sho',
                  'lost', 'pending', 'depends', 'included', 'dropped', 'terminated', 'beta', 'eliminated',
                  'safe', 'active']
CELL_TEMPLATE_AFTER_ATTRIBUTES = re.compile(
    r'(^[|!]|\|\||!!)([^|\n{}\[\]]*[^|\s{}\[\]][^|\n{}\[\]]*?)[ \t]*'
    r'(\{\{\s*(?:' + '|'.join(re.escape(n) for n in CELL_TEMPLATES) + r')\s*(?:\|[^{}\n]*)?\}\}[ \t]*(?=$|\|\||!!))',
    re.IGNORECASE | re.MULTILINE)


def expand_cell_templates(text):
    """The text with a bar after the attributes of every table-cell-template cell, and how many."""
    return CELL_TEMPLATE_AFTER_ATTRIBUTES.subn(lambda m: f'{m.group(1)}{m.group(2)} | {m.group(3)}', text)


# Templates that write two cells (`{{Party name with colour|X}}`: colour cell, name cell;
# `{{bartable|87.5}}`: number, bar; `{{convert|172|oilbbl|disp=table}}`: value, converted value).
# wikiconv reads the written cell as the two the page draws, each with the template in its raw
# wikitext (Sources/WikiExtract/Tables/TwoCellTemplates.swift); wikitextparser is given the
# template twice with a `||` between, the cell boundary the expansion supplies.
TWO_CELL_TEMPLATE = re.compile(
    r'\{\{\s*(?:(?:full[ _]+)?party[ _]+name[ _]+with[ _]+colou?r|bartable)\s*(?:\|[^{}\n]*)?\}\}'
    r'|\{\{\s*(?:convert|cvt)\s*\|[^{}\n]*\|\s*disp\s*=\s*table(?:cen)?\s*(?:\|[^{}\n]*)?\}\}',
    re.IGNORECASE)


def expand_two_cell_templates(text):
    """The text with every two-cell template on a table cell line written as two cells, and how many."""
    count = 0
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line.lstrip().startswith(('|', '!')):
            lines[i], n = TWO_CELL_TEMPLATE.subn(lambda m: f'{m.group(0)} || {m.group(0)}', line)
            count += n
    return '\n'.join(lines), count


def is_html_table(line):
    """True when the table starting on `line` is written as HTML (`<table>`), not `{|`."""
    return '{|' not in line and '<table' in line.lower()


def strip(cell):
    return None if cell is None else cell.lstrip(' ').rstrip(WS)


def wtp_tables(text):
    """(line, grid, in_link) for every table wikitextparser finds, nested ones included, in
    source order; in_link marks those found by parsing a wikilink's text on its own."""
    parsed = wtp.parse(text)
    found = [(t.span[0], t, False) for t in parsed.get_tables(recursive=True)]
    seen = {start for start, _, _ in found}
    for link in parsed.wikilinks:
        if link.text is None or '{|' not in link.text:
            continue
        offset = link.span[0] + len(link.string) - 2 - len(link.text)  # the text runs up to ]]
        for t in wtp.parse(link.text).get_tables(recursive=True):
            if offset + t.span[0] not in seen:
                found.append((offset + t.span[0], t, True))
    out = []
    for start, t, in_link in sorted(found, key=lambda f: f[0]):
        line = text.count('\n', 0, start) + 1
        try:
            data = t.data(span=True)
        except Exception as e:  # a crash in the peer is a difference too
            data = f'error: {e!r}'
        out.append((line, data, in_link))
    return out


def grids_from_json(json_dir, by_title=False):
    """Our grids from `wikiconv convert SRC --format json` output instead of the Swift test:
    raw cell text per slot, `null` where no cell is (an empty slot has `colspan` 0), keyed by
    the source file's name (by the page title for a dump, whose pages share one path)."""
    grids = {}
    for path in sorted(Path(json_dir).glob('*.json')):
        article = json.loads(path.read_text(encoding='utf-8'))
        name = article['title'] if by_title else Path(article['source']['path']).name
        grids[name] = [{'index': t['index'], 'line': t['line'],
                        'parent': t['parent']['table'] if t['parent'] else None,
                        'grid': [[None if c.get('colspan') == 0 else c['raw'] for c in row] for row in t['rows']]}
                       for t in article['tables']]
    return grids


def dump_texts(path):
    """Title → text of the article pages (namespace 0, no redirects) of a dump, read by mwxml."""
    import bz2
    import mwxml
    with open(path, 'rb') as f:
        compressed = f.read(3) == b'BZh'
    texts = {}
    with (bz2.open(path, 'rb') if compressed else open(path, 'rb')) as f:
        for page in mwxml.Dump.from_file(f):
            if page.namespace != 0 or page.redirect:
                continue
            for revision in page:
                texts[page.title] = revision.text or ''
    return texts


def main():
    # Usage: table-diff-wtp.py [grids.json] — or --json DIR with --corpus DIR or --dump FILE to
    # compare the JSON that `wikiconv convert SRC --format json --output OUT` wrote (OUT/json)
    # over any folder of .wikitext files or a dump's articles (mwxml reads the dump's texts).
    global source_text
    args = sys.argv[1:]
    if '--json' in args:
        by_title = '--dump' in args
        ours_by_file = grids_from_json(args[args.index('--json') + 1], by_title=by_title)
        if by_title:
            texts = dump_texts(args[args.index('--dump') + 1])
            source_text = lambda name: texts[name]
        elif '--corpus' in args:
            folder = Path(args[args.index('--corpus') + 1])
            source_text = lambda name: (folder / name).read_text(encoding='utf-8')
    else:
        grids_path = Path(args[0] if args else '/tmp/wikiconv-grids.json')
        ours_by_file = json.loads(grids_path.read_text())
    total = agree = 0
    differences = []
    in_links = []
    cell_template_cells = 0
    two_cell_templates = 0
    html_tables = 0
    for name in sorted(ours_by_file):
        text, expanded = expand_cell_templates(source_text(name))
        cell_template_cells += expanded
        text, split = expand_two_cell_templates(text)
        two_cell_templates += split
        theirs = wtp_tables(text)
        # HTML tables (`<table>`): wikitextparser reads none, so they are counted, not compared.
        source_lines = text.split('\n')
        html = [t for t in ours_by_file[name] if is_html_table(source_lines[t['line'] - 1])]
        html_tables += len(html)
        ours = [(t['line'], [[strip(c) for c in row] for row in t['grid']]) for t in ours_by_file[name] if t not in html]
        their_keys = {}
        for line, data, in_link in theirs:
            their_keys.setdefault(line, []).append(data)
            if in_link:
                in_links.append(f'{name}:{line}')
        our_keys = {}
        for line, grid in ours:
            our_keys.setdefault(line, []).append(grid)
        for line in sorted(set(their_keys) | set(our_keys)):
            a, b = our_keys.get(line, []), their_keys.get(line, [])
            for i in range(max(len(a), len(b))):
                total += 1
                mine = a[i] if i < len(a) else None
                peer = b[i] if i < len(b) else None
                if mine == peer:
                    agree += 1
                    continue
                differences.append((name, line, describe(mine, peer)))
    print(f'wikitext tables: {total}, agree: {agree} ({100.0 * agree / max(total, 1):.2f}%)')
    print(f'HTML tables (not compared: wikitextparser reads no <table>): {html_tables}')
    print(f'cells given the bar a table cell template supplies (`| rowspan=2 {{{{n/a}}}}`): {cell_template_cells}')
    print(f'two-cell templates given the `||` their expansion supplies (`{{{{bartable|87.5}}}}`): {two_cell_templates}')
    for where in in_links:
        print(f'NOTE {where}: table inside a wikilink, found by parsing the link text on its own')
    for name, line, what in differences:
        print(f'DIFF {name}:{line}: {what}')


def describe(mine, peer):
    if mine is None:
        return 'only wikitextparser sees a table here'
    if peer is None:
        return 'only wikiconv sees a table here'
    if isinstance(peer, str):
        return peer
    if len(mine) != len(peer):
        return f'rows {len(mine)} vs {len(peer)}'
    for y, (r1, r2) in enumerate(zip(mine, peer)):
        if r1 != r2:
            for x in range(max(len(r1), len(r2))):
                c1 = r1[x] if x < len(r1) else '<missing>'
                c2 = r2[x] if x < len(r2) else '<missing>'
                if c1 != c2:
                    return f'row {y} col {x}: ours {c1!r:.60} vs wtp {c2!r:.60} (widths {len(r1)}/{len(r2)})'
    return 'differs'


if __name__ == '__main__':
    main()
