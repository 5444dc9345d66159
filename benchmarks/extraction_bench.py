"""Extraction speed: kg's extraction against the bare spaCy pipeline on the same texts.

Both run in this process on the same documents; the ratio is what matters (the machine's
speed cancels out). Usage: ``python benchmarks/extraction_bench.py [PATH...] [--repeat N]``
(default: examples/ and, where present, ../shared/corpus).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.documents import read_documents
from kg.extraction import extract
from kg.extraction.nlp import load_nlp
from kg.model import Document

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = args.paths or [p for p in (ROOT / "examples", ROOT.parent / "shared" / "corpus") if p.exists()]
    docs = [d for d in read_documents(paths) if isinstance(d, Document)]
    nlp = load_nlp()
    extract(docs[0], nlp)          # warm up: lexicons, regexes, model
    chars = sum(len(d.text) for d in docs) * args.repeat

    # Interleaved, document by document, so that a change in the machine's load falls on both.
    bare = full = 0.0
    for _ in range(args.repeat):
        for d in docs:
            t0 = time.perf_counter()
            nlp(d.text[d.body_start:])
            t1 = time.perf_counter()
            extract(d, nlp)
            t2 = time.perf_counter()
            bare += t1 - t0
            full += t2 - t1

    print(f"documents: {len(docs)} x {args.repeat}  characters: {chars}")
    print(f"bare spaCy pipeline : {bare:.3f} s  ({chars / bare / 1000:.0f} k chars/s)")
    print(f"kg extraction       : {full:.3f} s  ({chars / full / 1000:.0f} k chars/s)")
    print(f"ratio kg / spaCy    : {full / bare:.2f}  (rules cost {100 * (full - bare) / bare:.0f}% of the model's time)")


if __name__ == "__main__":
    main()
