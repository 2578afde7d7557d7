#!/usr/bin/env python3
"""Build Fixtures/corpus/NAME.jsonl from NAME.src.txt (NAME: generalization by default).

The source marks each span inline as ⟦LABEL|text⟧; a document starts with "=== ID".
Offsets are code points (Python str indices), end exclusive, as GUIDELINES.md asks.
Run from the repository root: python3 Scripts/corpus/build_generalization.py [NAME]
"""
import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "Fixtures" / "corpus"
MARK = re.compile(r"⟦([A-Z]+)\|([^⟧]+)⟧")
LABELS = {"PERSON", "BADGE", "LOCATION", "DATE", "PHONE", "TIME", "EMAIL", "URL", "ORG", "PLATE", "ID"}


def parse(block_id, body):
    text, spans, last = [], [], 0
    length = 0
    for match in MARK.finditer(body):
        plain = body[last:match.start()]
        text.append(plain)
        length += len(plain)
        label, value = match.group(1), match.group(2)
        if label not in LABELS:
            raise SystemExit(f"{block_id}: unknown label {label}")
        if value != value.strip():
            raise SystemExit(f"{block_id}: span {value!r} has outer white space")
        spans.append({"start": length, "end": length + len(value), "label": label, "text": value})
        text.append(value)
        length += len(value)
        last = match.end()
    text.append(body[last:])
    joined = "".join(text)
    if "⟦" in joined or "⟧" in joined:
        raise SystemExit(f"{block_id}: unbalanced span mark")
    for span in spans:
        assert joined[span["start"]:span["end"]] == span["text"]
    return {"id": block_id, "text": joined, "spans": spans}


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "generalization"
    source = (CORPUS / f"{name}.src.txt").read_text(encoding="utf-8")
    blocks = re.split(r"^=== (\S+)\n", source, flags=re.M)[1:]
    documents = [parse(blocks[i], blocks[i + 1].strip("\n")) for i in range(0, len(blocks), 2)]
    with open(CORPUS / f"{name}.jsonl", "w", encoding="utf-8") as out:
        for document in documents:
            out.write(json.dumps(document, ensure_ascii=False) + "\n")
    print(f"{len(documents)} documents, {sum(len(d['spans']) for d in documents)} spans")


if __name__ == "__main__":
    main()
