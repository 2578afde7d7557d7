#!/usr/bin/env python3
"""Scores predicted spans against the annotated corpora with the definitions of
`redact eval` (README "Evaluation definitions"; Sources/Redaction/Evaluation/Evaluation.swift).

    score.py GOLD.jsonl PRED.jsonl [GOLD.jsonl PRED.jsonl ...] [--json]

PRED lines are {"id", "spans": [{"start", "end", "label"}]} with Unicode-scalar offsets,
end exclusive (the shape `redact scan --jsonl` writes). Every number is counted in Unicode
scalars (Python str indices); a character is a scalar that is not Unicode White_Space.
Prints, per corpus and overall, the groups core / extra / all with leak-free recall,
partial coverage, typed P/R/F1, char precision/recall, and the document shares, in the
key names of `redact eval --json`.
"""
import json
import sys

CORE = ["PERSON", "BADGE", "LOCATION", "DATE", "PHONE"]
EXTRA = ["TIME", "EMAIL", "URL", "ORG", "PLATE", "ID"]
UNANALYSED = "UNANALYSED"
# Unicode White_Space (what Swift's Unicode.Scalar.Properties.isWhitespace tests);
# Python's str.isspace() differs (it accepts U+001C–U+001F), so the set is explicit.
WHITE_SPACE = set(map(chr, [*range(0x09, 0x0E), 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                            0x2028, 0x2029, 0x202F, 0x205F, 0x3000]))
COUNT_KEYS = ["goldSpans", "leakFreeSpans", "matchedGoldSpans", "goldCharacters", "coveredGoldCharacters",
              "detectedGoldCharacters", "predictedSpans", "matchedPredictedSpans", "predictedCharacters",
              "predictedCharactersInGold"]


def mask(n, ranges):
    m = [False] * n
    for s, e in ranges:
        for i in range(s, e):
            m[i] = True
    return m


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


class Evaluator:
    def __init__(self):
        self.labels = {}
        self.groups = {g: dict.fromkeys(COUNT_KEYS, 0) for g in ("core", "extra", "all")}
        self.docs = dict(documents=0, documentsWithNoCoreLeak=0, identifierFreeDocuments=0,
                         identifierFreeDocumentsRedacted=0, falsePositiveSpansInIdentifierFreeDocuments=0,
                         unanalysedSpans=0)

    def add(self, text, gold, predictions):
        n = len(text)
        for s in gold + predictions:
            if not (0 <= s["start"] < s["end"] <= n):
                raise ValueError(f"span out of bounds: {s}")
        non_space = [c not in WHITE_SPACE for c in text]
        rng = lambda s: (s["start"], s["end"])
        labelled = [p for p in predictions if p["label"] != UNANALYSED]
        covered_any = mask(n, [rng(p) for p in predictions])
        covered_detected = mask(n, [rng(p) for p in labelled])
        in_gold = mask(n, [rng(g) for g in gold])
        visible = [sum(1 for i in range(g["start"], g["end"]) if non_space[i] and not covered_any[i]) for g in gold]
        gold_matched = [any(p["label"] == g["label"] and overlaps(rng(p), rng(g)) for p in labelled) for g in gold]
        pred_matched = [any(g["label"] == p["label"] and overlaps(rng(p), rng(g)) for g in gold) for p in labelled]

        def counts(member):
            c = dict.fromkeys(COUNT_KEYS, 0)
            gold_ranges = []
            for i, g in enumerate(gold):
                if member(g["label"]):
                    c["goldSpans"] += 1
                    c["leakFreeSpans"] += visible[i] == 0
                    c["matchedGoldSpans"] += gold_matched[i]
                    gold_ranges.append(rng(g))
            gold_mask = mask(n, gold_ranges)
            pred_ranges = []
            for i, p in enumerate(labelled):
                if member(p["label"]):
                    c["predictedSpans"] += 1
                    c["matchedPredictedSpans"] += pred_matched[i]
                    pred_ranges.append(rng(p))
            pred_mask = mask(n, pred_ranges)
            for i in range(n):
                if not non_space[i]:
                    continue
                if gold_mask[i]:
                    c["goldCharacters"] += 1
                    c["coveredGoldCharacters"] += covered_any[i]
                    c["detectedGoldCharacters"] += covered_detected[i]
                if pred_mask[i]:
                    c["predictedCharacters"] += 1
                    c["predictedCharactersInGold"] += in_gold[i]
            return c

        def add_counts(target, c):
            for k in COUNT_KEYS:
                target[k] += int(c[k])

        for label in {g["label"] for g in gold} | {p["label"] for p in labelled}:
            add_counts(self.labels.setdefault(label, dict.fromkeys(COUNT_KEYS, 0)), counts(lambda l: l == label))
        add_counts(self.groups["core"], counts(lambda l: l in CORE))
        add_counts(self.groups["extra"], counts(lambda l: l in EXTRA))
        add_counts(self.groups["all"], counts(lambda l: True))
        d = self.docs
        d["documents"] += 1
        if not any(g["label"] in CORE and visible[i] > 0 for i, g in enumerate(gold)):
            d["documentsWithNoCoreLeak"] += 1
        if not gold:
            d["identifierFreeDocuments"] += 1
            d["falsePositiveSpansInIdentifierFreeDocuments"] += len(predictions)
            d["identifierFreeDocumentsRedacted"] += bool(predictions)
        d["unanalysedSpans"] += len(predictions) - len(labelled)

    def merge(self, other):
        for label, c in other.labels.items():
            target = self.labels.setdefault(label, dict.fromkeys(COUNT_KEYS, 0))
            for k in COUNT_KEYS:
                target[k] += c[k]
        for g in self.groups:
            for k in COUNT_KEYS:
                self.groups[g][k] += other.groups[g][k]
        for k in self.docs:
            self.docs[k] += other.docs[k]


def ratio(part, whole):
    return None if whole == 0 else part / whole


def scores(c):
    p = ratio(c["matchedPredictedSpans"], c["predictedSpans"])
    r = ratio(c["matchedGoldSpans"], c["goldSpans"])
    f1 = None if p is None or r is None else (0.0 if p + r == 0 else 2 * p * r / (p + r))
    return dict(counts=c, leakFreeRecall=ratio(c["leakFreeSpans"], c["goldSpans"]),
                partialCoverage=ratio(c["coveredGoldCharacters"], c["goldCharacters"]),
                typedPrecision=p, typedRecall=r, typedF1=f1,
                characterPrecision=ratio(c["predictedCharactersInGold"], c["predictedCharacters"]),
                characterRecall=ratio(c["detectedGoldCharacters"], c["goldCharacters"]))


def report(name, ev):
    d = dict(ev.docs)
    d["noCoreLeakShare"] = ratio(d["documentsWithNoCoreLeak"], d["documents"])
    d["identifierFreeRedactedShare"] = ratio(d["identifierFreeDocumentsRedacted"], d["identifierFreeDocuments"])
    order = CORE + EXTRA
    labels = sorted(ev.labels, key=lambda l: (order.index(l) if l in order else len(order), l))
    return dict(name=name, groups={g: scores(c) for g, c in ev.groups.items()},
                labels=[dict(label=l, scores=scores(ev.labels[l])) for l in labels], documents=d)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_files(gold_path, pred_path):
    predictions = {str(p["id"]): p["spans"] for p in read_jsonl(pred_path)}
    ev = Evaluator()
    for doc in read_jsonl(gold_path):
        spans = [dict(start=s["start"], end=s["end"], label=s["label"]) for s in doc.get("spans", [])]
        ev.add(doc["text"], spans, predictions.get(str(doc["id"]), []))
    return ev


def corpus_name(path):
    name = path.rsplit("/", 1)[-1]
    return name[:-6] if name.endswith(".jsonl") else name


def main(argv):
    as_json = "--json" in argv
    paths = [a for a in argv if a != "--json"]
    if not paths or len(paths) % 2:
        sys.exit("usage: score.py GOLD.jsonl PRED.jsonl [GOLD.jsonl PRED.jsonl ...] [--json]")
    corpora, overall = [], Evaluator()
    for gold_path, pred_path in zip(paths[::2], paths[1::2]):
        ev = score_files(gold_path, pred_path)
        corpora.append(report(corpus_name(gold_path), ev))
        overall.merge(ev)
    result = dict(corpora=corpora, overall=report("overall", overall) if len(corpora) > 1 else None)
    if as_json:
        print(json.dumps(result, indent=2, sort_keys=True))
        return
    fmt = lambda v: "—" if v is None else f"{v:.3f}"
    for entry in corpora + ([result["overall"]] if result["overall"] else []):
        core, everything, d = entry["groups"]["core"], entry["groups"]["all"], entry["documents"]
        print(f"{entry['name']:<28} core leak-free {fmt(core['leakFreeRecall'])}  char P {fmt(everything['characterPrecision'])}"
              f"  no-core-leak docs {fmt(d['noCoreLeakShare'])}  id-free redacted {fmt(d['identifierFreeRedactedShare'])}")


if __name__ == "__main__":
    main(sys.argv[1:])
