#!/usr/bin/env python3
"""Scores every system's predictions in OUT_DIR with score.py, checks score.py against
`redact eval --json` on Redact's predictions, and prints the side-by-side table.

    compare.py OUT_DIR GOLD.jsonl...
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

out, corpora = sys.argv[1], sys.argv[2:]
timings = json.load(open(os.path.join(out, "redact-timings.json")))
timings.update(json.load(open(os.path.join(out, "timings.json"))))


def evaluate(system):
    entries, overall = [], score.Evaluator()
    for gold in corpora:
        ev = score.score_files(gold, os.path.join(out, system, os.path.basename(gold)))
        entries.append(score.report(score.corpus_name(gold), ev))
        overall.merge(ev)
    return entries, score.report("overall", overall)


# Cross-check: score.py on `redact scan --jsonl` must reproduce `redact eval --json`.
ours, ours_overall = evaluate("redact")
reference = json.load(open(os.path.join(out, "redact-eval.json")))
mismatches = []
for mine, theirs in zip(ours + [ours_overall], reference["corpora"] + [reference["overall"]]):
    for group in ("core", "extra", "all"):
        if mine["groups"][group]["counts"] != theirs["groups"][group]["counts"]:
            mismatches.append(f"{theirs['name']} {group}: score.py {mine['groups'][group]['counts']} "
                              f"vs redact eval {theirs['groups'][group]['counts']}")
    for key in ("documents", "documentsWithNoCoreLeak", "identifierFreeDocuments", "identifierFreeDocumentsRedacted",
                "falsePositiveSpansInIdentifierFreeDocuments"):
        if mine["documents"][key] != theirs["documents"][key]:
            mismatches.append(f"{theirs['name']} {key}: {mine['documents'][key]} vs {theirs['documents'][key]}")
if mismatches:
    print("score.py disagrees with redact eval:\n  " + "\n  ".join(mismatches), file=sys.stderr)
    sys.exit(1)
print("score.py cross-check: identical tallies to `redact eval --json` on every corpus and group "
      "(Redact's predictions from `redact scan --jsonl`)\n")


def f3(v):
    return "—" if v is None else f"{v:.3f}"


systems = ["redact"] + [s for s in ("presidio", "scrubadub", "scrubadub+spacy") if s in timings]
results = {"redact": (ours, ours_overall)}
for s in systems[1:]:
    results[s] = evaluate(s)

print("| system | MB/s (one process) | core leak-free recall | all leak-free recall | char precision (all) | char recall (all) | docs with no core leak | identifier-free docs with a redaction |")
print("|---|---|---|---|---|---|---|---|")
for s in systems:
    t = timings[s]
    o = results[s][1]
    d = o["documents"]
    print(f"| {s} {t['version']} | {t['bytes'] / t['seconds'] / 1e6:.3f} | {f3(o['groups']['core']['leakFreeRecall'])} | "
          f"{f3(o['groups']['all']['leakFreeRecall'])} | {f3(o['groups']['all']['characterPrecision'])} | "
          f"{f3(o['groups']['all']['characterRecall'])} | {f3(d['noCoreLeakShare'])} | "
          f"{d['identifierFreeDocumentsRedacted']}/{d['identifierFreeDocuments']} |")
print()
print("Core leak-free recall per corpus:\n")
print("| corpus | " + " | ".join(systems) + " |")
print("|---|" + "---|" * len(systems))
for i, gold in enumerate(corpora):
    print(f"| {score.corpus_name(gold)} | " + " | ".join(f3(results[s][0][i]['groups']['core']['leakFreeRecall']) for s in systems) + " |")
json.dump({s: {"overall": results[s][1], "corpora": results[s][0], "timing": timings[s]} for s in systems},
          open(os.path.join(out, "comparison.json"), "w"), indent=2)
