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
	$$($(SWIFT) build -c release --show-bin-path)/redact eval Fixtures/corpus/*.jsonl Fixtures/corpus/external/*.jsonl

clean:
	rm -rf .build

## Speed, memory and quality in one table (README "Benchmarks"); BENCH_MB, BENCH_STREAM_MB tune it.
bench: setup
	@Scripts/bench

.PHONY: bench-peers
## Presidio and scrubadub next to Redact on the same corpora (PyPI, .build-peers-venv/); not part of test.
bench-peers: setup
	@Benchmarks/peers/run

## Fuzz scan and redact with libFuzzer (AddressSanitizer on) for FUZZ_SECONDS (default 60),
## seeded from every JSONL corpus in Fixtures/. Crash inputs land in fuzz-artifacts/.
FUZZ_SECONDS ?= 60
FUZZ_WORK ?= .build/fuzz
FUZZ_FLAGS = -c release --sanitize=fuzzer --sanitize=address
.PHONY: fuzz check
fuzz: setup
	cd Fuzz && $(SWIFT) build $(FUZZ_FLAGS)
	python3 Fuzz/make-seeds.py Fixtures $(FUZZ_WORK)/seeds
	mkdir -p $(FUZZ_WORK)/corpus fuzz-artifacts
	$$(cd Fuzz && $(SWIFT) build $(FUZZ_FLAGS) --show-bin-path)/RedactFuzz -max_total_time=$(FUZZ_SECONDS) \
		-max_len=16384 -timeout=30 -rss_limit_mb=4096 -artifact_prefix=fuzz-artifacts/ -print_final_stats=1 \
		$(FUZZ_WORK)/corpus $(FUZZ_WORK)/seeds

## The test suite under AddressSanitizer (leaks included), then under ThreadSanitizer.
## Each sanitizer has its own build folder; the Swift Testing binary is run directly.
CHECK_FILTER ?=
check: setup
	Scripts/setup-sanitizers
	$(SWIFT) build --build-tests --sanitize=address --build-path .build-asan
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=suppressions=$(CURDIR)/Scripts/lsan.supp:print_suppressions=0 \
		REDACT_BIN=$(CURDIR)/.build-asan/debug/redact \
		$(SWIFT) test --skip-build --disable-xctest --build-path .build-asan $(if $(CHECK_FILTER),--filter '$(CHECK_FILTER)')
	$(SWIFT) build --build-tests --sanitize=thread --build-path .build-tsan
	TSAN_OPTIONS=halt_on_error=1 REDACT_BIN=$(CURDIR)/.build-tsan/debug/redact \
		$(SWIFT) test --skip-build --disable-xctest --build-path .build-tsan $(if $(CHECK_FILTER),--filter '$(CHECK_FILTER)')
