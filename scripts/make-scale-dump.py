#!/usr/bin/env python3
"""Build a large MediaWiki pages-articles dump from real pages, for scale benchmarks.

Usage: scripts/make-scale-dump.py [--size-mb 1050] [--out /tmp/wikiconv-scale] [--jobs 2]
                                  [--no-xml] [--no-single] [--no-multistream]

The pages are the articles of Corpus/*.wikitext and every page of the samples in
../shared/dumps (articles, redirects, templates, categories: the real mix), repeated in
rounds until the XML reaches --size-mb. Every copy gets a new page id, a new revision id and
a new title ("Title (copy N)"), so ids and titles are unique, as in a real dump. A round holds
every source page once, so identical texts are megabytes apart: bzip2 (900 kB blocks) cannot
exploit the repetition, and the compression ratio stays that of real wikitext.

Writes into --out (never into the repository):
  scale-pages-articles.xml                            the XML (export-0.11; skipped with --no-xml
                                                      unless a bz2 output needs it, then deleted)
  scale-pages-articles.xml.bz2                        single bzip2 stream (lbzip2 or bzip2)
  scale-pages-articles-multistream.xml.bz2            Wikimedia's multistream layout: stream 0 is
                                                      <mediawiki> + <siteinfo>, then one stream per
                                                      100 pages, then one stream with </mediawiki>
  scale-pages-articles-multistream-index.txt.bz2      offset:pageid:title per page (the offset
                                                      of the page's stream; the title XML-escaped
                                                      as in <title>)
All three decompress to the same XML, byte for byte (--verify checks the multistream one
against the XML with a streaming comparison, and that every index offset starts a stream).

Needs only the Python standard library; uses lbzip2 for the single stream when installed
(apt-get install lbzip2), else bzip2. 1 GB of XML took 18 minutes with --verify on the
shared 2-core machine under load (XML 17 s, lbzip2 4.5 min, multistream 7.5 min).
"""
import argparse
import bz2
import hashlib
import multiprocessing
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_DUMPS = os.path.join(os.path.dirname(ROOT), "shared", "dumps")
STEM = "scale-pages-articles"
PAGES_PER_STREAM = 100

NAMESPACES = [(-2, "Media"), (-1, "Special"), (0, ""), (1, "Talk"), (2, "User"), (3, "User talk"),
              (4, "Wikipedia"), (5, "Wikipedia talk"), (6, "File"), (7, "File talk"),
              (8, "MediaWiki"), (9, "MediaWiki talk"), (10, "Template"), (11, "Template talk"),
              (12, "Help"), (13, "Help talk"), (14, "Category"), (15, "Category talk")]


def escape(s):
    """htmlspecialchars, as MediaWiki's XML dumper writes text and titles."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sha1_base36(data):
    n = int.from_bytes(hashlib.sha1(data).digest(), "big")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out.rjust(31, "0")


def open_dump(path):
    with open(path, "rb") as f:
        magic = f.read(3)
    return bz2.open(path, "rb") if magic == b"BZh" else open(path, "rb")


def sample_pages(path):
    """(title, ns, redirect, text) of every page of a dump, with ElementTree."""
    out = []
    with open_dump(path) as f:
        for _, el in ET.iterparse(f, events=("end",)):
            tag = el.tag.rsplit("}", 1)[-1]
            if tag != "page":
                continue
            q = lambda name: el.find("{*}" + name)  # noqa: E731
            title = q("title").text or ""
            ns = int((q("ns").text if q("ns") is not None else "0") or 0)
            red = q("redirect")
            redirect = red.get("title") if red is not None else None
            text = ""
            for rev in el.findall("{*}revision"):
                t = rev.find("{*}text")
                text = (t.text if t is not None else None) or ""
            out.append((title, ns, redirect, text))
            el.clear()
    return out


def source_pages():
    pages = []
    corpus = os.path.join(ROOT, "Corpus")
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".wikitext"):
            with open(os.path.join(corpus, name), encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
            title = name[: -len(".wikitext")].replace("_", " ")
            pages.append((title, 0, None, text))
    if not os.path.isdir(SHARED_DUMPS):
        sys.exit(f"error: {SHARED_DUMPS} is missing: put the team's shared folder beside the repository")
    for name in sorted(os.listdir(SHARED_DUMPS)):
        if name.endswith((".xml", ".bz2")) and "-index" not in name and "multistream" not in name:
            pages.extend(sample_pages(os.path.join(SHARED_DUMPS, name)))
    return pages


class Template:
    """One source page, pre-escaped; `render` only fills in the ids and the title."""

    def __init__(self, title, ns, redirect, text):
        tb = text.encode("utf-8", "surrogateescape")
        sha = sha1_base36(tb)
        self.title, self.ns = title, ns
        self.redirect = redirect
        red = f'    <redirect title="{escape(redirect)}" />\n' if redirect is not None else ""
        self.head = f"    <ns>{ns}</ns>\n"
        self.middle = red
        self.tail = ("      <timestamp>2024-11-01T00:00:00Z</timestamp>\n"
                     "      <contributor>\n        <username>Scale &amp; bench</username>\n"
                     "        <id>42</id>\n      </contributor>\n"
                     "      <comment>copy for benchmarking</comment>\n"
                     "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
                     f'      <text bytes="{len(tb)}" sha1="{sha}" xml:space="preserve">'
                     + escape(text) + "</text>\n"
                     f"      <sha1>{sha}</sha1>\n    </revision>\n  </page>\n").encode("utf-8", "surrogateescape")

    def render(self, copy, page_id):
        title = escape(f"{self.title} (copy {copy})")
        head = (f"  <page>\n    <title>{title}</title>\n{self.head}    <id>{page_id}</id>\n{self.middle}"
                f"    <revision>\n      <id>{page_id * 10 + 1}</id>\n      <parentid>{page_id * 10}</parentid>\n"
                f"      <origin>{page_id * 10 + 1}</origin>\n")
        return head.encode("utf-8"), self.tail, title


def header():
    ns = "http://www.mediawiki.org/xml/export-0.11/"
    s = (f'<mediawiki xmlns="{ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         f'xsi:schemaLocation="{ns} http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="en">\n'
         "  <siteinfo>\n    <sitename>Wikipedia</sitename>\n    <dbname>scalewiki</dbname>\n"
         "    <base>https://en.wikipedia.org/wiki/Main_Page</base>\n"
         "    <generator>MediaWiki 1.43.0-wmf.1</generator>\n    <case>first-letter</case>\n"
         "    <namespaces>\n")
    for k, name in NAMESPACES:
        s += (f'      <namespace key="{k}" case="first-letter">{escape(name)}</namespace>\n' if name
              else f'      <namespace key="{k}" case="first-letter" />\n')
    return (s + "    </namespaces>\n  </siteinfo>\n").encode("utf-8")


FOOTER = b"</mediawiki>\n"


def groups(templates, target_bytes):
    """Yields (xml_bytes, [(page_id, escaped_title)]) per group of 100 pages until the target."""
    written = len(header()) + len(FOOTER)
    page_id = 10
    copy = 0
    group, meta = [], []
    while written < target_bytes:
        copy += 1
        for t in templates:
            head, tail, title = t.render(copy, page_id)
            group.append(head)
            group.append(tail)
            meta.append((page_id, title))
            written += len(head) + len(tail)
            page_id += 1
            if len(meta) == PAGES_PER_STREAM:
                yield b"".join(group), meta
                group, meta = [], []
            if written >= target_bytes:
                break
    if meta:
        yield b"".join(group), meta


def compress(data):
    return bz2.compress(data, 9)


def write_xml(path, templates, target):
    pages = 0
    with open(path, "wb") as f:
        f.write(header())
        for data, meta in groups(templates, target):
            f.write(data)
            pages += len(meta)
        f.write(FOOTER)
    return pages


def write_single(xml_path, out_path):
    tool = shutil.which("lbzip2") or shutil.which("bzip2")
    cmd = [tool, "-9", "-c", xml_path]
    if os.path.basename(tool) == "lbzip2":
        cmd[1:1] = ["-n", str(os.cpu_count() or 1)]
    with open(out_path, "wb") as f:
        subprocess.run(cmd, stdout=f, check=True)
    return os.path.basename(tool)


def write_multistream(templates, target, dump_path, index_path, jobs):
    offset = 0
    index = bz2.BZ2Compressor(9)
    index_out = open(index_path, "wb")
    streams = 0
    with open(dump_path, "wb") as out, multiprocessing.Pool(jobs) as pool:
        first = compress(header())
        out.write(first)
        offset += len(first)
        metas = []

        def chunks():
            for data, meta in groups(templates, target):
                metas.append(meta)
                yield data

        for i, blob in enumerate(pool.imap(compress, chunks(), chunksize=4)):
            meta = metas[i]
            metas[i] = None
            lines = "".join(f"{offset}:{pid}:{title}\n" for pid, title in meta)
            index_out.write(index.compress(lines.encode("utf-8")))
            out.write(blob)
            offset += len(blob)
            streams += 1
        last = compress(FOOTER)
        out.write(last)
    index_out.write(index.flush())
    index_out.close()
    return streams + 2


def verify(xml_path, dump_path, index_path):
    """The multistream file decompresses to the XML, and every index offset starts a stream."""
    with open(xml_path, "rb") as want, bz2.open(dump_path, "rb") as got:
        n = 0
        while True:
            a, b = want.read(1 << 20), got.read(1 << 20)
            if a != b:
                sys.exit(f"verify: multistream differs from the XML near byte {n}")
            if not a:
                break
            n += len(a)
    offsets = set()
    with bz2.open(index_path, "rt", encoding="utf-8") as f:
        for line in f:
            offsets.add(int(line.split(":", 1)[0]))
    with open(dump_path, "rb") as f:
        for off in sorted(offsets):
            f.seek(off)
            if f.read(4)[:3] != b"BZh":
                sys.exit(f"verify: index offset {off} does not start a bzip2 stream")
    print(f"verify: multistream == XML ({n} bytes); {len(offsets)} index offsets all start a stream")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=1050, help="XML size to reach, in MB (1e6 bytes)")
    ap.add_argument("--out", default="/tmp/wikiconv-scale")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-xml", action="store_true", help="do not keep the uncompressed XML")
    ap.add_argument("--no-single", action="store_true")
    ap.add_argument("--no-multistream", action="store_true")
    ap.add_argument("--verify", action="store_true")
    a = ap.parse_args()
    if os.path.realpath(a.out).startswith(os.path.realpath(ROOT) + os.sep):
        sys.exit("error: --out must be outside the repository")
    os.makedirs(a.out, exist_ok=True)
    target = int(a.size_mb * 1e6)
    t0 = time.time()
    templates = [Template(*p) for p in source_pages()]
    round_bytes = sum(len(t.tail) + 200 for t in templates)
    print(f"{len(templates)} source pages, ~{round_bytes / 1e6:.1f} MB per round")
    xml_path = os.path.join(a.out, STEM + ".xml")
    pages = write_xml(xml_path, templates, target)
    print(f"{xml_path}: {os.path.getsize(xml_path):,} bytes, {pages:,} pages ({time.time() - t0:.0f} s)")
    if not a.no_single:
        t1 = time.time()
        path = os.path.join(a.out, STEM + ".xml.bz2")
        tool = write_single(xml_path, path)
        print(f"{path}: {os.path.getsize(path):,} bytes ({tool}, {time.time() - t1:.0f} s)")
    if not a.no_multistream:
        t1 = time.time()
        path = os.path.join(a.out, STEM + "-multistream.xml.bz2")
        index = os.path.join(a.out, STEM + "-multistream-index.txt.bz2")
        streams = write_multistream(templates, target, path, index, a.jobs)
        print(f"{path}: {os.path.getsize(path):,} bytes, {streams:,} streams; {index} "
              f"({time.time() - t1:.0f} s)")
        if a.verify:
            verify(xml_path, path, index)
    if a.no_xml:
        os.remove(xml_path)
    print(f"done in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
