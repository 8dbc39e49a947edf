#!/usr/bin/env python3
"""Parse speed of wikiconv and the Python peers on the same files, in one run.

Usage: scripts/bench-peers.py [--corpus Corpus] [--runs 5] [--peers mwph,wtp]

wikiconv: `wikiconv bench --json` from a release build (median of --runs passes over every
.wikitext file of the corpus, one core). Peers: the same files parsed in-process with the
definitions of ../shared/peers/bench_py.py ("parse" = build the library's document model),
median of --runs passes. Prints MB/s for each and the ratio wikiconv / peer.

Set up once: python3 -m venv .venv && .venv/bin/pip install mwparserfromhell wikitextparser
and run with .venv/bin/python scripts/bench-peers.py.
"""
import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_PEERS = os.path.join(os.path.dirname(ROOT), "shared", "peers", "bench_py.py")


def load_bench_py():
    if not os.path.exists(SHARED_PEERS):
        sys.exit(f"error: {SHARED_PEERS} is missing: put the team's shared folder beside the repository")
    spec = importlib.util.spec_from_file_location("bench_py", SHARED_PEERS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_texts(folder):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".wikitext"))
    return [open(os.path.join(folder, n), encoding="utf-8", errors="surrogateescape").read() for n in names]


def wikiconv(corpus, runs):
    subprocess.run(["swift", "build", "-c", "release", "--product", "wikiconv"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    exe = os.path.join(ROOT, ".build", "release", "wikiconv")
    out = subprocess.run([exe, "bench", "--corpus", corpus, "--runs", str(runs), "--json"], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def peer(bench_py, name, texts, runs):
    version, parse, _full = bench_py.load_peer(name)
    total = sum(len(t.encode("utf-8", "surrogateescape")) for t in texts)
    for t in texts:
        parse(t)  # warm-up
    times, cpus = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            parse(t)
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    median, cpu = statistics.median(times), statistics.median(cpus)
    return {"version": version, "bytes": total, "seconds": median, "MBps": total / 1e6 / median,
            "cpu_seconds": cpu, "cpu_MBps": total / 1e6 / cpu}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(ROOT, "Corpus"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peers", default="mwph,wtp")
    a = ap.parse_args()
    bench_py = load_bench_py()
    texts = corpus_texts(a.corpus)
    ours = wikiconv(a.corpus, a.runs)
    print(f"wikiconv: {ours['bytes'] / 1e6:.2f} MB in {ours['parse_seconds']:.4f} s = {ours['parse_MBps']:.1f} MB/s wall, "
          f"{ours['parse_cpu_MBps']:.1f} MB/s CPU (median of {a.runs})")
    for name in a.peers.split(","):
        try:
            r = peer(bench_py, name, texts, a.runs)
        except ImportError as e:
            print(f"{name}: not installed ({e}); .venv/bin/pip install mwparserfromhell wikitextparser")
            continue
        print(f"{name} {r['version']}: {r['bytes'] / 1e6:.2f} MB in {r['seconds']:.3f} s = {r['MBps']:.2f} MB/s wall, "
              f"{r['cpu_MBps']:.2f} MB/s CPU; wikiconv is {ours['parse_MBps'] / r['MBps']:.0f}x faster (wall), "
              f"{ours['parse_cpu_MBps'] / r['cpu_MBps']:.0f}x (CPU)")


if __name__ == "__main__":
    main()
