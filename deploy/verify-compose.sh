#!/usr/bin/env bash
# End-to-end check of the compose deployment, for a machine with a Docker engine.
# (CI has no engine and does not run it; there only `bash -n` checks this file.)
#
#   deploy/verify-compose.sh
#
# 1. builds the image and brings up Kafka, the topics and the workers (entities x2);
# 2. feeds samples/articles plus 1,000 generated articles;
# 3. checks that every article arrives in articles.enriched exactly once (read_committed);
# 4. feeds 1,000 more while one entities worker is killed with SIGKILL mid-run and
#    restarted by its restart policy, then checks all 2,000+ articles again;
# 5. tears everything down (volumes included).
#
# Needs: docker with the compose plugin (or docker-compose), python3 (JSON checks).
# Settings: VERIFY_PROJECT (newsflow-verify), VERIFY_KAFKA_PORT (29092, the host port
# so a running dev stack is not disturbed), VERIFY_ARTICLES (1000 per phase),
# VERIFY_ENTITIES (2 replicas), VERIFY_TIMEOUT (600 s per wait), VERIFY_KEEP=1 to leave
# the stack up for inspection. It always uses the local broker: KAFKA_PROP_* and
# NEWSFLOW_BROKERS from the shell or .env are ignored.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

project="${VERIFY_PROJECT:-newsflow-verify}"
articles_per_phase="${VERIFY_ARTICLES:-1000}"
entities_replicas="${VERIFY_ENTITIES:-2}"
wait_seconds="${VERIFY_TIMEOUT:-600}"
keep_stack="${VERIFY_KEEP:-0}"
enriched_topic="articles.enriched"
dlq_topic="articles.dlq"

log() { printf '%s verify: %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "FAILED: $*"; exit 1; }

command -v docker >/dev/null || die "docker is not installed"
command -v python3 >/dev/null || die "python3 is needed for the JSON checks"
docker info >/dev/null 2>&1 || die "no Docker engine answers (docker info failed)"
if docker compose version >/dev/null 2>&1; then
    compose_cmd=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
    compose_cmd=(docker-compose)
else
    die "neither 'docker compose' nor 'docker-compose' is installed"
fi

# Isolation from the user's settings: an empty env file instead of ./.env, and no
# managed-Kafka variables from the shell.
work="$(mktemp -d)"
empty_env="$work/empty.env"
: >"$empty_env"
unset NEWSFLOW_BROKERS NEWSFLOW_CERTS_DIR
for name in $(compgen -e | grep -E '^(KAFKA_PROP_|NEWSFLOW_TOPIC_)' || true); do unset "$name"; done
export KAFKA_HOST_PORT="${VERIFY_KAFKA_PORT:-29092}"

compose() { "${compose_cmd[@]}" -p "$project" -f docker-compose.yml --env-file "$empty_env" "$@"; }

failed=1
teardown() {
    if [[ $failed -ne 0 ]]; then
        log "recent worker logs:"
        compose logs --tail 40 cleaner entities quotes topics 2>&1 | tail -n 200 || true
    fi
    if [[ "$keep_stack" == "1" ]]; then
        log "VERIFY_KEEP=1: stack '$project' left running; remove it with: ${compose_cmd[*]} -p $project down -v"
    else
        log "tearing down"
        compose --profile tools down -v --remove-orphans >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap teardown EXIT

# ---------------------------------------------------------------- helpers
container_ids() { compose ps -a -q "$1"; }

# wait_healthy SERVICE COUNT: every one of COUNT containers reports healthy.
wait_healthy() {
    local service="$1" wanted="$2" deadline=$((SECONDS + wait_seconds)) healthy id
    while :; do
        healthy=0
        for id in $(container_ids "$service"); do
            [[ "$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$id")" == healthy ]] && healthy=$((healthy + 1))
        done
        [[ $healthy -ge $wanted ]] && { log "$service: $healthy/$wanted healthy"; return 0; }
        [[ $SECONDS -lt $deadline ]] || die "$service: only $healthy/$wanted healthy after ${wait_seconds}s"
        sleep 3
    done
}

wait_completed() {
    local service="$1" deadline=$((SECONDS + wait_seconds)) id state
    while :; do
        id="$(container_ids "$service" | head -n 1)"
        if [[ -n "$id" ]]; then
            state="$(docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' "$id")"
            [[ "$state" == "exited 0" ]] && { log "$service: completed"; return 0; }
            [[ "$state" == exited* ]] && die "$service exited with code ${state#exited }"
        fi
        [[ $SECONDS -lt $deadline ]] || die "$service did not complete within ${wait_seconds}s"
        sleep 3
    done
}

# produce PATH_IN_CONTAINER...: runs the compose producer with $work mounted at /feed.
produce() {
    compose run --rm -T -v "$work:/feed:ro" producer "$@" </dev/null
}

# read_topic TOPIC FILE: every committed record from the beginning, as JSON lines.
read_topic() {
    compose run --rm -T tail "$1" --from-beginning --format jsonl --idle-timeout 15 \
        <"/dev/null" >"$2" 2>>"$work/tail.log"
}

# check MODE: compares articles.enriched with what was fed. MODE "progress" only says
# whether everything has arrived; "final" fails on any missing or duplicated article.
check_enriched() {
    python3 - "$1" "$work/enriched.jsonl" "$work/expected-ids.txt" "$sample_count" <<'PY'
import collections, json, sys

mode, records_path, expected_path, sample_count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
expected = set(open(expected_path).read().split())

def record_id(obj):
    """The article id of one tail line: a record, or an envelope around one."""
    if isinstance(obj, dict):
        if isinstance(obj.get("id"), str):
            return obj["id"]
        value = obj.get("value")
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                value = None
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            return value["id"]
        if isinstance(obj.get("key"), str):
            return obj["key"]
    return None

counts = collections.Counter()
unreadable = 0
for line in open(records_path, encoding="utf-8", errors="replace"):
    line = line.strip()
    if not line:
        continue
    try:
        rid = record_id(json.loads(line))
    except ValueError:
        rid = None
    if rid is None:
        unreadable += 1
    else:
        counts[rid] += 1

missing = sorted(expected - counts.keys())
others = [rid for rid in counts if rid not in expected]
duplicates = {rid: n for rid, n in counts.items() if n > 1}
print(f"enriched: {sum(counts.values())} records, {len(counts)} distinct ids; "
      f"generated {len(expected) - len(missing)}/{len(expected)}; samples {len(others)}/{sample_count}; "
      f"duplicated ids {len(duplicates)}; lines without an id {unreadable}")
if mode == "progress":
    sys.exit(0 if not missing and len(others) >= sample_count else 1)
problems = []
if missing:
    problems.append(f"{len(missing)} generated articles missing, e.g. {missing[:5]}")
if len(others) != sample_count:
    problems.append(f"{len(others)} other ids, expected exactly the {sample_count} samples: {sorted(others)[:10]}")
if duplicates:
    problems.append(f"{len(duplicates)} ids arrived more than once, e.g. {sorted(duplicates.items())[:5]}")
for problem in problems:
    print("problem: " + problem)
sys.exit(1 if problems else 0)
PY
}

# wait_for_all: reads the topic until everything fed has arrived, then checks strictly.
wait_for_all() {
    local deadline=$((SECONDS + wait_seconds))
    while :; do
        read_topic "$enriched_topic" "$work/enriched.jsonl"
        if check_enriched progress; then break; fi
        [[ $SECONDS -lt $deadline ]] || { check_enriched final || true; die "not every article reached $enriched_topic within ${wait_seconds}s"; }
        sleep 5
    done
    check_enriched final || die "exactly-once check failed"
}

# generate PHASE COUNT: JSON-lines articles with known ids, names and quotes.
generate() {
    python3 - "$1" "$2" "$work/phase$1.jsonl" "$work/expected-ids.txt" <<'PY'
import json, sys

phase, count, out_path, ids_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
people = ["Maria Lopez", "Daniel Okafor", "Aiko Tanaka", "Peter Novak", "Fatima Haddad", "Lars Eriksen"]
orgs = ["the Ministry of Transport", "Northwind Energy", "the European Commission", "Acme Rail", "the city council"]
places = ["Lisbon", "Nairobi", "Osaka", "Prague", "Montreal", "Bergen"]
with open(out_path, "w", encoding="utf-8") as out, open(ids_path, "a", encoding="utf-8") as ids:
    for n in range(1, count + 1):
        person, org, place = people[n % len(people)], orgs[n % len(orgs)], places[n % len(places)]
        article_id = f"verify-{phase}-{n:05d}"
        body = (
            f"{place} budget talks, part {n}\n\n"
            f"{person}, a spokesperson for {org}, said on Tuesday that the plan for {place} "
            f"would go ahead despite objections.\n\n"
            f"\u201cWe have listened to every concern and we will publish the figures,\u201d {person} said. "
            f"Critics in {place} called the timetable \u201cunrealistic\u201d and asked {org} to wait.\n\n"
            f"The decision affects {n * 37 % 900 + 100} jobs in the region, according to {org}."
        )
        record = {
            "id": article_id,
            "url": f"https://news.example.org/verify/{phase}/{n}",
            "source": "verify-compose",
            "title": f"{place} budget talks, part {n}",
            "published_at": "2026-01-15T08:00:00Z",
            "language": "en",
            "content_type": "text/plain",
            "body": body,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        ids.write(article_id + "\n")
PY
}

# kill_one_worker SERVICE EXECUTABLE: SIGKILL the worker process inside one replica,
# as a crash would; the container exits and its restart policy starts it again.
kill_one_worker() {
    local service="$1" executable="$2" id restarts_before restarts deadline
    id="$(container_ids "$service" | head -n 1)"
    restarts_before="$(docker inspect -f '{{.RestartCount}}' "$id")"
    log "kill -9 $executable in ${id:0:12} (restart count $restarts_before)"
    # /proc/PID/comm holds at most 15 characters of the executable name.
    if ! docker exec "$id" bash -c 'for p in /proc/[0-9]*; do
            if [[ "$(cat "$p/comm" 2>/dev/null)" == "${1:0:15}" ]]; then kill -9 "${p#/proc/}"; exit 0; fi
        done; exit 1' _ "$executable"; then
        log "could not signal the process inside; sending SIGKILL to the container"
        docker kill -s KILL "$id" >/dev/null
    fi
    deadline=$((SECONDS + 60))
    while :; do
        restarts="$(docker inspect -f '{{.RestartCount}}' "$id")"
        [[ "$restarts" -gt "$restarts_before" ]] && { log "${id:0:12} restarted by its restart policy"; break; }
        if [[ $SECONDS -ge $deadline ]]; then
            log "${id:0:12} was not restarted by its policy within 60s; starting it"
            docker start "$id" >/dev/null
            break
        fi
        sleep 1
    done
}

# ---------------------------------------------------------------- run
log "removing what an earlier run may have left"
compose --profile tools down -v --remove-orphans >/dev/null 2>&1 || true

log "building the image"
compose build cleaner

log "starting Kafka, topics and workers (entities x$entities_replicas)"
compose up -d --scale "entities=$entities_replicas" kafka topics cleaner entities quotes
wait_healthy kafka 1
wait_completed topics
wait_healthy cleaner 1
wait_healthy entities "$entities_replicas"
wait_healthy quotes 1

: >"$work/expected-ids.txt"
sample_count="$(find samples/articles -maxdepth 1 -type f | wc -l | tr -d ' ')"
[[ "$sample_count" -gt 0 ]] || die "no sample articles in samples/articles"

log "phase 1: $sample_count samples + $articles_per_phase generated articles"
generate 1 "$articles_per_phase"
produce /samples
produce /feed/phase1.jsonl
wait_for_all

log "phase 2: $articles_per_phase more, with an entities worker killed mid-run"
generate 2 "$articles_per_phase"
half=$((articles_per_phase / 2))
head -n "$half" "$work/phase2.jsonl" >"$work/phase2a.jsonl"
tail -n +"$((half + 1))" "$work/phase2.jsonl" >"$work/phase2b.jsonl"
produce /feed/phase2a.jsonl &
producer_pid=$!
sleep 2
kill_one_worker entities newsflow-entities
wait "$producer_pid" || die "producing phase 2 (first half) failed"
produce /feed/phase2b.jsonl
wait_healthy entities "$entities_replicas"
wait_for_all

read_topic "$dlq_topic" "$work/dlq.jsonl"
log "dead-letter topic: $(grep -c . "$work/dlq.jsonl" || true) records (expected 0)"

failed=0
log "PASSED: every article reached $enriched_topic exactly once, before and after a worker was killed"
