# Redact — the two quick-start commands are `make demo` and `make test`.
SWIFT ?= swift
SAMPLE ?= Fixtures/samples/near-miss.txt

.PHONY: setup demo test build release eval bench clean

setup:
	@Scripts/setup

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product redact

## Redact the bundled sample narrative and print the redacted text and the audit summary.
demo: release
	$$($(SWIFT) build -c release --show-bin-path)/redact $(SAMPLE)
	@echo
	$$($(SWIFT) build -c release --show-bin-path)/redact scan $(SAMPLE) || true

## Run the whole test suite (what CI runs).
test: setup
	$(SWIFT) test --parallel

## Score detection on every annotated corpus in Fixtures/.
eval: release
	$$($(SWIFT) build -c release --show-bin-path)/redact eval Fixtures/corpus/dev-a.jsonl Fixtures/corpus/dev-b.jsonl Fixtures/corpus/traps-a.jsonl Fixtures/corpus/traps-b.jsonl Fixtures/corpus/external/presidio-synth.jsonl Fixtures/corpus/external/presidio-recognizer-cases.jsonl

clean:
	rm -rf .build

## Speed, memory and quality in one table (README "Benchmarks"); BENCH_MB, BENCH_STREAM_MB tune it.
bench: setup
	@Scripts/bench

.PHONY: bench-peers
## Presidio and scrubadub next to Redact on the same corpora (PyPI, .build-peers-venv/); not part of test.
bench-peers: setup
	@Benchmarks/peers/run
