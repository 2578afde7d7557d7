#!/usr/bin/env python3
"""Writes the fuzzer's seed corpus: one file per narrative text of every JSONL corpus
under the given Fixtures folder, plus a few disguised identifiers. Usage:
make-seeds.py FIXTURES_DIR OUT_DIR"""
import hashlib
import json
import pathlib
import sys

fixtures, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
texts = []
for path in sorted(fixtures.rglob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
texts += [
    "Call 602\u200b555-0143 now.", "Call \uff16\uff10\uff12-\uff15\uff15\uff15-\uff10\uff11\uff14\uff13.",
    "Officer J\u043ehnson stopped.", "Officer Jose\u0301 Martinez", "6 0 2 5 5 5 0 1 4 3",
    "six oh two five five five zero one four three", "\u202e602-555-0143\u202c", "602\u2013555\u20110143\u00ad",
]
for text in texts:
    data = text.encode("utf-8")
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
print(f"make-seeds: {len(texts)} seeds in {out}")
