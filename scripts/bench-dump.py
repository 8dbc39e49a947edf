#!/usr/bin/env python3
"""Dump throughput of wikiconv and of mwxml + mwparserfromhell on the same dump, in one run.

Usage: .venv/bin/python scripts/bench-dump.py DUMP.xml.bz2 [--peer-seconds 120] [--wikiconv PATH]
                                              [--peer-modes mwph,mwph-full] [--skip-wikiconv]
                                              [--pairs N]

1. `wikiconv bench --dump DUMP` (release build): decompression alone, scan alone, the full
   convert to JSON Lines (--jobs 1 and all cores) and, when DUMP has a multistream twin
   (X.xml.bz2 beside X-multistream.xml.bz2 and its index, as scripts/make-scale-dump.py writes
   them), the multistream convert with --jobs 2; then its ratios. --pairs N (default 1) times
   the single-stream and multistream converts N times back to back and takes the median ratio
   (`wikiconv bench --dump DUMP --pairs N`).
2. The peer: mwxml over the same .bz2 (Python's bz2 module), every revision text parsed with
   mwparserfromhell ("mwph"), or parsed and its templates with parameters and tables taken
   out ("mwph-full", as ../shared/peers/bench_py.py defines it). The peer manages about
   1 MB/s, so it runs on a PREFIX of the dump: it stops after --peer-seconds and its rate is
   the decompressed XML bytes it consumed (BZ2File.tell()) over the time taken. The dump is
   made of identical rounds of ~15 MB (make-scale-dump.py), so a prefix of a few rounds has the
   same mix of pages as the whole; the whole dump would take the peer hours (its size divided
   by its rate, printed as the extrapolation).
3. The ratios wikiconv / peer in MB/s of XML.

wikiconv: --wikiconv PATH, else `swift build -c release --product wikiconv` (scratch path
.build-release unless --scratch-path) is built first. Run with the venv that has mwxml and
mwparserfromhell (python3 -m venv .venv && .venv/bin/pip install mwxml mwparserfromhell).
"""
import argparse
import bz2
import importlib.util
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_PEERS = os.path.join(os.path.dirname(ROOT), "shared", "peers", "bench_py.py")


def load_peer(mode):
    import mwparserfromhell
    if mode == "mwph":
        return mwparserfromhell.parse, f"mwparserfromhell {mwparserfromhell.__version__}"
    if not os.path.exists(SHARED_PEERS):
        sys.exit(f"error: {SHARED_PEERS} is missing: put the team's shared folder beside the repository")
    spec = importlib.util.spec_from_file_location("bench_py", SHARED_PEERS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    version, _parse, full = module.load_peer("mwph")
    return full, f"mwparserfromhell {version}, full extraction"


def peer(mode, path, seconds):
    import mwxml
    parse, label = load_peer(mode)
    t0, c0 = time.perf_counter(), time.process_time()
    pages = text_bytes = 0
    with bz2.open(path, "rb") as f:
        for page in mwxml.Dump.from_file(f):
            for rev in page:
                t = rev.text or ""
                text_bytes += len(t.encode("utf-8"))
                parse(t)
            pages += 1
            if time.perf_counter() - t0 >= seconds:
                break
        xml_bytes = f.tell()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"label": label, "pages": pages, "xml_bytes": xml_bytes, "text_bytes": text_bytes,
            "wall": wall, "cpu": cpu, "MBps": xml_bytes / 1e6 / wall, "cpu_MBps": xml_bytes / 1e6 / cpu}


def wikiconv_binary(a):
    if a.wikiconv:
        return a.wikiconv
    scratch = a.scratch_path or ".build-release"
    subprocess.run(["swift", "build", "-c", "release", "--product", "wikiconv", "--scratch-path", scratch],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return os.path.join(ROOT, scratch, "release", "wikiconv")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump")
    ap.add_argument("--peer-seconds", type=float, default=120)
    ap.add_argument("--peer-modes", default="mwph,mwph-full")
    ap.add_argument("--wikiconv")
    ap.add_argument("--scratch-path")
    ap.add_argument("--skip-wikiconv", action="store_true", help="only the peers (ratios need the wikiconv lines)")
    ap.add_argument("--pairs", type=int, default=1, help="back-to-back single/multistream convert pairs (median ratio)")
    a = ap.parse_args()
    rates = {}
    xml_mb = None
    if not a.skip_wikiconv:
        exe = wikiconv_binary(a)
        print(f"$ {exe} bench --dump {a.dump} --pairs {a.pairs}", flush=True)
        proc = subprocess.Popen([exe, "bench", "--dump", a.dump, "--pairs", str(a.pairs)], stdout=subprocess.PIPE, text=True)
        for line in proc.stdout:
            print("  " + line, end="", flush=True)
            m = re.match(r"(.+?): ([\d.]+) MB of XML in [\d.]+ s = ([\d.]+) MB/s wall; CPU [\d.]+ s = ([\d.]+) MB/s", line)
            if m:
                xml_mb = float(m.group(2))
                rates[m.group(1)] = (float(m.group(3)), float(m.group(4)))
        if proc.wait() != 0:
            sys.exit(f"error: wikiconv bench exited {proc.returncode}")
    for mode in a.peer_modes.split(","):
        r = peer(mode, a.dump, a.peer_seconds)
        whole = f"; the whole {xml_mb:.0f} MB would take ~{xml_mb / r['MBps'] / 3600:.1f} h" if xml_mb else ""
        print(f"peer mwxml + {r['label']}: prefix of {r['xml_bytes'] / 1e6:.1f} MB of XML ({r['pages']} pages) "
              f"in {r['wall']:.1f} s = {r['MBps']:.2f} MB/s wall; CPU {r['cpu']:.1f} s = {r['cpu_MBps']:.2f} MB/s{whole}",
              flush=True)
        for name, (wall, cpu) in rates.items():
            if name.startswith(("convert", "multistream")):
                print(f"  ratio wikiconv {name} / peer (goal >= 20): {wall / r['MBps']:.1f}x wall, "
                      f"{cpu / r['cpu_MBps']:.1f}x CPU", flush=True)


if __name__ == "__main__":
    main()
