# The two commands of the README: `make demo` and `make test`.
SWIFT ?= swift

.PHONY: deps build release demo test test-swift check-compose compose-test compose-test-if-possible accuracy docs clean

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

## Every test: unit, integration (mock cluster), end-to-end (real processes), compose checks,
## and the compose deployment run for real on podman when podman can start here.
test: deps test-swift check-compose compose-test-if-possible

test-swift:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

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

clean:
	rm -rf .build
