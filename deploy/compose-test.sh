#!/usr/bin/env bash
# deploy/compose-test.sh: the compose deployment, run for real (`make compose-test`).
#
#   deploy/compose-test.sh                   podman + docker-compose, locally built images,
#                                            noida-db in place of Kafka (deploy/compose.noida.yml)
#   deploy/compose-test.sh --engine docker   a Docker engine and the real apache/kafka image:
#                                            docker-compose.yml alone, image built by compose
#   deploy/compose-test.sh --if-possible     as the first, but exits 0 with a loud SKIPPED
#                                            banner when podman cannot start here (make test;
#                                            NEWSFLOW_COMPOSE_TEST=required, set by CI, makes
#                                            that a failure again)
#
# Steps, each timed:
#  1. images (podman: deploy/local-images.sh; docker: compose build);
#  2. `up -d`: waits for the topics job to exit 0 and every worker to report healthy;
#  3. feeds samples/articles and 500 generated articles with the `tools` profile's
#     producer, through scripts/produce-articles --compose (the script users run);
#  4. reads articles.enriched with the `tools` profile's consumer (`tail`, read_committed)
#     until everything arrived, then checks every article arrived exactly once;
#  5. `up -d --scale entities=3`, feeds 500 more, checks again;
#  6. kills one entities container with SIGKILL while 500 more are fed, restarts it,
#     checks again;
#  7. checks the `monitoring` profile's deploy/prometheus.yml against the workers' real
#     /metrics, reached the way Prometheus reaches them (DNS of the compose network);
#  8. `down -v`, and checks that no container, volume or network of the project is left.
#
# Settings: COMPOSE_TEST_PROJECT (newsflow-ct), COMPOSE_TEST_ARTICLES (500 per feed),
# COMPOSE_TEST_TIMEOUT (300 s per wait), COMPOSE_TEST_KEEP=1 (leave the stack up).
# It uses its own project name and host ports (Kafka 29092, Prometheus 29090) and an
# empty env file, so a running dev stack and ./.env are left alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

engine=podman
if_possible=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --engine) engine="${2:-}"; shift 2 ;;
        --engine=*) engine="${1#*=}"; shift ;;
        --if-possible) if_possible=1; shift ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "compose-test: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ "${NEWSFLOW_COMPOSE_TEST:-}" != required ]] || if_possible=0
[[ "$engine" == podman || "$engine" == docker ]] || { echo "compose-test: --engine is podman or docker" >&2; exit 2; }

project="${COMPOSE_TEST_PROJECT:-newsflow-ct}"
articles="${COMPOSE_TEST_ARTICLES:-500}"
wait_seconds="${COMPOSE_TEST_TIMEOUT:-300}"
started_at=$SECONDS

log() { printf '%s compose-test: %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "FAILED: $*"; exit 1; }
step_started=$SECONDS
step() { log "--- $* (previous step $((SECONDS - step_started)) s)"; step_started=$SECONDS; }

skip_or_die() {
    if [[ $if_possible -eq 1 ]]; then
        printf '\n%s\n%s\n%s\n\n' "################################################################" \
            "## compose-test SKIPPED: $*" \
            "################################################################"
        exit 0
    fi
    die "$*"
}

command -v python3 >/dev/null || die "python3 is needed for the checks"
work="$(mktemp -d)"
# The producer runs as uid 10001 and reads the feed files through bind mounts.
chmod 0755 "$work"

# ---------------------------------------------------------------- engine
started_podman=0
if [[ "$engine" == podman ]]; then
    command -v docker-compose >/dev/null || skip_or_die "docker-compose is not installed (apt-get install docker-compose)"
    command -v podman >/dev/null || skip_or_die "podman is not installed (apt-get install podman runc)"
    if ! env_lines="$(deploy/podman/start.sh 2>"$work/podman-start.log")"; then
        cat "$work/podman-start.log" >&2
        skip_or_die "podman cannot start here (see above)"
    fi
    started_podman=1
    eval "$env_lines"
    podman info >/dev/null 2>&1 || skip_or_die "podman does not work here (podman info failed)"
    compose_cmd=(docker-compose)
    engine_cli=(podman)
    export COMPOSE_FILE="docker-compose.yml:deploy/compose.noida.yml"
    export NEWSFLOW_IMAGE="localhost/newsflow:latest"
else
    command -v docker >/dev/null || die "docker is not installed"
    docker info >/dev/null 2>&1 || die "no Docker engine answers (docker info failed)"
    if docker compose version >/dev/null 2>&1; then compose_cmd=(docker compose); else compose_cmd=(docker-compose); fi
    engine_cli=(docker)
    export COMPOSE_FILE="docker-compose.yml"
fi
export COMPOSE_PROJECT_NAME="$project"
export KAFKA_HOST_PORT=29092 PROMETHEUS_PORT=29090 KAFKA_UI_PORT=29080
# The local broker only: no managed-Kafka settings from the shell.
unset NEWSFLOW_BROKERS NEWSFLOW_CERTS_DIR
for name in $(compgen -e | grep -E '^(KAFKA_PROP_|NEWSFLOW_TOPIC_|NEWSFLOW_PARTITIONS)' || true); do unset "$name"; done
[[ ! -e .env ]] || log "note: ./.env exists; scripts/produce-articles's compose run reads it (the test's own calls do not)"
: >"$work/empty.env"

compose() { "${compose_cmd[@]}" --env-file "$work/empty.env" "$@"; }
engine() { "${engine_cli[@]}" "$@"; }

failed=1
teardown() {
    local status=$?
    if [[ $failed -ne 0 ]]; then
        log "recent logs:"
        compose logs --no-color --tail 30 kafka topics cleaner entities quotes 2>&1 | tail -n 150 || true
    fi
    if [[ "${COMPOSE_TEST_KEEP:-0}" == 1 ]]; then
        log "COMPOSE_TEST_KEEP=1: project $project left running"
    else
        compose --profile tools --profile monitoring down -v --remove-orphans >/dev/null 2>&1 || true
        [[ $started_podman -eq 0 ]] || deploy/podman/stop.sh 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap teardown EXIT

# ---------------------------------------------------------------- helpers
ids_of() { compose ps -q "$1" 2>/dev/null; }
state_of() { engine inspect -f '{{.State.Status}} {{.State.ExitCode}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$1" 2>/dev/null; }

# wait_healthy SERVICE COUNT
wait_healthy() {
    local service="$1" wanted="$2" deadline=$((SECONDS + wait_seconds)) healthy id state
    while :; do
        healthy=0
        for id in $(ids_of "$service"); do
            state="$(state_of "$id")"
            [[ "$state" == "running "*" healthy" ]] && healthy=$((healthy + 1))
        done
        [[ $healthy -ge $wanted ]] && { log "$service: $healthy/$wanted healthy"; return 0; }
        [[ $SECONDS -lt $deadline ]] || die "$service: $healthy/$wanted healthy after ${wait_seconds}s"
        sleep 1
    done
}

wait_completed() {
    local service="$1" deadline=$((SECONDS + wait_seconds)) id state
    while :; do
        id="$(ids_of "$service" | sed -n 1p)"
        if [[ -n "$id" ]]; then
            state="$(state_of "$id")"
            [[ "$state" == "exited 0"* ]] && { log "$service: exited 0"; return 0; }
            [[ "$state" == exited* ]] && die "$service exited: $state"
        fi
        [[ $SECONDS -lt $deadline ]] || die "$service did not complete within ${wait_seconds}s"
        sleep 1
    done
}

# produce PATH...: the users' feeding script, through the compose `producer` service.
produce() { scripts/produce-articles --compose "$@" </dev/null; }

# read_enriched FILE: every committed record of articles.enriched, from the beginning,
# with the `tail` service (read_committed).
read_enriched() {
    compose run --rm -T tail articles.enriched --from-beginning --format jsonl --idle-timeout 5 \
        </dev/null >"$1" 2>>"$work/tail.log" || { tail -n 20 "$work/tail.log" >&2; die "tail failed"; }
}

check() { python3 deploy/compose-articles.py check "$1" "$work/enriched.jsonl" "$work/expected-ids.txt" "$sample_count"; }

# wait_for_all: reads until everything fed has arrived, then checks exactly once.
wait_for_all() {
    local deadline=$((SECONDS + wait_seconds))
    while :; do
        read_enriched "$work/enriched.jsonl"
        if check progress; then break; fi
        [[ $SECONDS -lt $deadline ]] || { check final || true; die "not every article reached articles.enriched within ${wait_seconds}s"; }
        sleep 2
    done
    check final || die "exactly-once check failed"
}

generate() { python3 deploy/compose-articles.py generate "$1" "$articles" "$work/phase$1.jsonl" "$work/expected-ids.txt"; }

# ---------------------------------------------------------------- run
step "removing what an earlier run may have left"
compose --profile tools --profile monitoring down -v --remove-orphans >/dev/null 2>&1 || true

step "images"
if [[ "$engine" == podman ]]; then
    deploy/local-images.sh
else
    compose build cleaner
fi

step "up: broker, topics, workers"
compose up -d --no-build
wait_healthy kafka 1
wait_completed topics
wait_healthy cleaner 1
wait_healthy entities 1
wait_healthy quotes 1

: >"$work/expected-ids.txt"
sample_count="$(find samples/articles -maxdepth 1 -type f | wc -l | tr -d ' ')"
[[ "$sample_count" -gt 0 ]] || die "no sample articles in samples/articles"

step "feed 1: $sample_count samples + $articles generated articles"
generate 1
produce samples/articles "$work/phase1.jsonl"
wait_for_all

step "scale: entities=3, feed 2: $articles more"
compose up -d --no-build --scale entities=3
wait_healthy entities 3
generate 2
produce "$work/phase2.jsonl"
wait_for_all

step "kill: one entities container with SIGKILL while it works through feed 3 ($articles more), then restart it"
generate 3
produce "$work/phase3.jsonl"
# sed, not head: head would close the pipe early, and compose then dies of SIGPIPE
# (with pipefail the whole test stopped with exit 141 in a cold run).
victim="$(ids_of entities | sed -n 1p)"
# Compose kills by service, that is every replica; one of three is killed through the
# engine, with the same API call `compose kill -s KILL` makes per container. Right
# after the feed, the stage is still working through it.
engine kill -s KILL "$victim" >/dev/null
log "killed entities container ${victim:0:12}: $(state_of "$victim")"
# podman says it cannot schedule the healthcheck through systemd: the loop runs it.
engine start "$victim" >/dev/null 2>&1 || die "could not restart ${victim:0:12}"
log "restarted ${victim:0:12}"
wait_healthy entities 3
wait_for_all

step "monitoring: deploy/prometheus.yml against the workers' /metrics"
# A throwaway container on the project network reads /metrics of every address that
# each scrape job's DNS name resolves to, as Prometheus's dns_sd_configs does.
python3 deploy/compose-metrics.py targets deploy/prometheus.yml >"$work/targets.txt"
# shellcheck disable=SC2016 # expanded by bash inside the container
probe='while read -r job name port path; do
    for ip in $(getent ahostsv4 "$name" | awk "{print \$1}" | sort -u); do
        echo "### $job $name $ip $port"
        if exec 3<>"/dev/tcp/$ip/$port"; then
            printf "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" "$path" "$name" >&3
            cat <&3
            exec 3<&-
        fi
    done
done'
compose run --rm -T --no-deps --entrypoint bash tail -c "$probe" <"$work/targets.txt" >"$work/probe.txt" 2>>"$work/tail.log" \
    || die "the /metrics probe container failed"
python3 deploy/compose-metrics.py check deploy/prometheus.yml "$work/probe.txt" cleaner=1 entities=3 quotes=1 \
    || die "deploy/prometheus.yml does not match the workers' /metrics"

step "down -v"
compose --profile tools --profile monitoring down -v --remove-orphans
leftovers="$(engine ps -a -q --filter "label=com.docker.compose.project=$project")"
[[ -z "$leftovers" ]] || die "containers left after down: $leftovers"
leftover_volumes="$(engine volume ls -q --filter "label=com.docker.compose.project=$project")"
[[ -z "$leftover_volumes" ]] || die "volumes left after down -v: $leftover_volumes"
leftover_networks="$(engine network ls -q --filter "label=com.docker.compose.project=$project")"
[[ -z "$leftover_networks" ]] || die "networks left after down: $leftover_networks"

failed=0
step "done"
log "PASSED in $((SECONDS - started_at)) s: topics and workers healthy; every article reached articles.enriched exactly once with 1 and 3 entities replicas and after a SIGKILL; prometheus.yml matches /metrics; nothing left running"
