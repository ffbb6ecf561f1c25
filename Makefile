# The two commands of the README: `make demo` and `make test`.
SWIFT ?= swift

.PHONY: deps browser-deps build release demo view test test-swift check-compose accuracy docs clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Runs the whole pipeline on an embedded Kafka (no Docker) and prints the enriched samples.
demo: deps
	$(SWIFT) build --product newsflow
	.build/debug/newsflow demo

## The pipeline on a local mock broker with the samples fed in, and `newsflow view` on
## http://127.0.0.1:8090/ (NEWSFLOW_VIEW_PORT changes it); Ctrl-C stops everything.
view: deps
	$(SWIFT) build --product newsflow
	scripts/view-demo

## Headless chromium for the browser tests (skipped, loudly, when it cannot be installed).
browser-deps:
	@scripts/install-chromium

## Every test: unit, integration (mock cluster), end-to-end (real processes, chromium), compose checks.
test: deps browser-deps test-swift check-compose

test-swift:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

check-compose:
	@if command -v docker-compose >/dev/null 2>&1; then deploy/check-compose.sh; \
	else echo "docker-compose not installed: compose file validation not run (apt-get install docker-compose)"; fi

## Accuracy floors on ../shared/data, scored by ../shared/tools (skipped when absent).
accuracy: deps
	$(SWIFT) build --product newsflow
	scripts/check-accuracy

## DocC archives of the library modules; fails on any DocC warning.
docs: deps
	scripts/check-docs

clean:
	rm -rf .build
