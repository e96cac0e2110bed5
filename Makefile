# jlt — 随州市教联体建设考核评价
# `make run` installs what is missing, builds in release and scores input/ into output/.
# `make test` runs the test suite.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libxlsxwriter-dev pkg-config unzip

.PHONY: deps build run test check fuzz fuzz-build fuzz-parser bench tsan asan format lint clean install install-files

# `make install`: a jlt that runs from anywhere (Swift's runtime linked in; libxlsxwriter from
# Debian), with bash and zsh completion. PREFIX and DESTDIR as usual.
PREFIX ?= /usr/local
DESTDIR ?=
BIN ?= .build/release/jlt

# Debian packages the build and the tests need (apt-get update first, only when one is missing).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi

build: deps
	$(SWIFT) build -c release

# Exit status 1 (some alliance not scored) is part of the result; 2 is a failure.
run: build
	@.build/release/jlt score input --out output; status=$$?; \
	if [ $$status -gt 1 ]; then echo "jlt failed with status $$status" >&2; exit $$status; fi

check: build
	@.build/release/jlt check input; status=$$?; [ $$status -le 1 ]

test: deps
	$(SWIFT) test

# The mutation test with many more damaged manifests than `make test` tries.
fuzz: deps
	JLT_MUTATIONS=$${JLT_MUTATIONS:-30000} $(SWIFT) test --filter MutationTests

# Coverage-guided fuzzing (Fuzz/README.md): each target in turn for FUZZ_SECONDS seconds at
# nice 19, one at a time, built with libFuzzer and the Address Sanitizer in .build-fuzz. The corpus
# grows in FUZZ_WORK/corpus/<target> from run to run; crashes, hangs and broken invariants are saved
# as FUZZ_WORK/crashes/<target>-*. FUZZ_FLAGS passes libFuzzer options (e.g. -seed=1). An input
# taking more than 20 s of CPU time is a hang (FuzzEntry's CPU timer, not libFuzzer's wall-time
# -timeout, which a fuzzer stopped with SIGSTOP during a benchmark would trip: -timeout=0).
# BUILD_LOCK prefixes every compile (e.g. BUILD_LOCK="flock /tmp/jlt-build.lock").
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= toml manifest rubric baseline
FUZZ_WORK ?= .build-fuzz/work
FUZZ_FLAGS ?=
BUILD_LOCK ?=

fuzz-build: deps
	$(BUILD_LOCK) $(SWIFT) build --product jlt
	@for t in $(FUZZ_TARGETS); do \
	  JLT_FUZZ=1 $(BUILD_LOCK) $(SWIFT) build -c release --scratch-path .build-fuzz --product fuzz-$$t \
	    --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address || exit 1; \
	done

fuzz-parser: fuzz-build
	python3 Fuzz/seed-corpus.py .build/debug/jlt $(FUZZ_WORK)
	@failed=""; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_WORK)/corpus/$$t $(FUZZ_WORK)/crashes; \
	  echo "fuzz-$$t: $(FUZZ_SECONDS) s, log in $(FUZZ_WORK)/fuzz-$$t.log"; \
	  nice -n 19 .build-fuzz/release/fuzz-$$t $(FUZZ_WORK)/corpus/$$t $(FUZZ_WORK)/seeds/$$t \
	    -dict=$(FUZZ_WORK)/jlt.dict -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=0 \
	    -artifact_prefix=$(FUZZ_WORK)/crashes/$$t- -print_final_stats=1 $(FUZZ_FLAGS) \
	    >$(FUZZ_WORK)/fuzz-$$t.log 2>&1 || failed="$$failed fuzz-$$t"; \
	  grep -E '^#[0-9]+ +(INITED|DONE)|^stat::number_of_executed_units|^==[0-9]+==|^jlt fuzz|^SUMMARY|^artifact_prefix|Test unit written' \
	    $(FUZZ_WORK)/fuzz-$$t.log; \
	done; \
	if [ -n "$$failed" ]; then echo "failed:$$failed (inputs in $(FUZZ_WORK)/crashes)" >&2; exit 1; fi

# The benchmark (README, Performance): synthetic provinces of 1×20, 10×30 and 100×30 counties ×
# alliances in a temporary folder, each scored with --jobs 1 and --jobs 2; prints the table.
# BENCH_FLAGS passes options, e.g. BENCH_FLAGS="--sizes 10x30 --repeats 5 --seed 7".
bench: deps
	$(SWIFT) build -c release
	.build/release/jlt-bench --jlt .build/release/jlt $(BENCH_FLAGS)

# The test suite under the Thread and Address Sanitizers (README, "Sanitizers").
tsan: deps
	$(SWIFT) test --sanitize=thread --disable-xctest --scratch-path .build-tsan

asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/sanitizers/lsan.supp:print_suppressions=0 \
	  $(SWIFT) test --sanitize=address --disable-xctest --scratch-path .build-asan

# swift-format with the repository's .swift-format (the toolchain's `swift format`).
format:
	$(SWIFT) format -i -r Sources Tests Fuzz Package.swift

lint:
	$(SWIFT) format lint --strict -r Sources Tests Fuzz Package.swift

clean:
	rm -rf .build output/*/

install: deps
	$(SWIFT) build -c release --static-swift-stdlib --product jlt
	$(MAKE) install-files BIN=.build/release/jlt

# Copies an already built jlt and its completion scripts (the test of `make install` uses it).
install-files:
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/jlt
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/jlt
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_jlt
