# The two commands of the README: `make demo` and `make test`.
SWIFT ?= swift

.PHONY: deps browser-deps build release demo view test test-swift check-compose validate-deploy compose-test compose-test-if-possible accuracy docs fuzz fuzz-smoke clean

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

## Every test: unit, integration (mock cluster), end-to-end (real processes, chromium), compose checks,
## and the compose deployment run for real on podman when podman can start here.
test: deps browser-deps validate-deploy test-swift check-compose compose-test-if-possible

## noida-db (a second, independent Kafka-protocol broker, sha256-pinned from PyPI into
## .build/noida-venv) runs the delivery suite a second time; when it cannot be installed
## that suite runs on the mock only, and the banner below says so before and after.
NOIDA_SKIPPED = echo "!!!!!!!! noida-db NOT installed (see scripts/install-noida-db above): the delivery suite on the second broker is SKIPPED !!!!!!!!"

## The tests run under a watchdog (scripts/run-swift-tests): a run that hangs fails after
## NEWSFLOW_TEST_TIME_LIMIT_S seconds, naming the tests that never finished.
test-swift:
	$(SWIFT) build --build-tests
	@noida=$$(scripts/install-noida-db) || { $(NOIDA_SKIPPED); noida=""; }; \
	status=0; NEWSFLOW_NOIDA_DB="$$noida" SWIFT="$(SWIFT)" scripts/run-swift-tests || status=$$?; \
	if [ -z "$$noida" ]; then $(NOIDA_SKIPPED); else echo "noida-db delivery suite ran ($$noida)"; fi; \
	exit $$status

## Kubernetes manifests (kustomize build, Kubernetes and CRD schemas), alert rules and
## Grafana provisioning (yamllint); installs its validators from PyPI into .build/deploy-validators.
validate-deploy:
	scripts/validate-deploy

check-compose:
	@scripts/install-deploy-tools
	@PATH="$(CURDIR)/.build/deploy-tools/bin:$$PATH" deploy/check-compose.sh

## docker compose up of docker-compose.yml on podman, noida-db for Kafka (deploy/compose-test.sh).
compose-test:
	@scripts/install-deploy-tools
	deploy/compose-test.sh

compose-test-if-possible:
	@scripts/install-deploy-tools
	deploy/compose-test.sh --if-possible

## Accuracy floors on ../shared/data, scored by ../shared/tools (skipped when absent).
accuracy: deps
	$(SWIFT) build --product newsflow
	scripts/check-accuracy

## DocC archives of the library modules; fails on any DocC warning.
docs: deps
	scripts/check-docs

## libFuzzer on every parser for FUZZ_SECONDS each (default 60), FUZZ_JOBS at a time (default 1);
## sanitized build in .build/fuzz, corpora and crash inputs in .build/fuzz-runs (scripts/fuzz).
fuzz:
	scripts/fuzz

## The short pass CI runs: 20 s per target, so the harnesses keep building and the seeds still pass.
fuzz-smoke:
	FUZZ_SECONDS=20 scripts/fuzz

clean:
	rm -rf .build
