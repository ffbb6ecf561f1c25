#!/usr/bin/env bash
# deploy/podman/start.sh: makes this machine's podman answer like a Docker engine, so
# that docker-compose (and docker) can drive it. Idempotent: a second call reuses
# what is running. Prints the environment to use, for `eval "$(deploy/podman/start.sh)"`:
#
#   CONTAINERS_CONF=deploy/podman/containers.conf   (runc, no default ulimits)
#   DOCKER_HOST=unix://$NEWSFLOW_PODMAN_RUN/podman.sock
#
# Starts, in the background:
#   - `podman system service --time=0` on that socket (Docker-compatible API);
#   - deploy/podman/healthchecks.sh, which runs healthchecks (no systemd here).
# Their pids and logs are in $NEWSFLOW_PODMAN_RUN (default /tmp/newsflow-podman);
# deploy/podman/stop.sh ends them. Exits 1, saying why, when podman cannot run a
# container here.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_dir="${NEWSFLOW_PODMAN_RUN:-/tmp/newsflow-podman}"
export CONTAINERS_CONF="$here/containers.conf"
socket="$run_dir/podman.sock"

log() { echo "podman-start: $*" >&2; }

command -v podman >/dev/null || { log "podman is not installed (apt-get install podman runc)"; exit 1; }
command -v runc >/dev/null || { log "runc is not installed (apt-get install runc)"; exit 1; }
mkdir -p "$run_dir"

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

if ! alive "$run_dir/service.pid"; then
    rm -f "$socket"
    podman system service --time=0 "unix://$socket" >"$run_dir/service.log" 2>&1 &
    echo $! >"$run_dir/service.pid"
    log "podman system service started (pid $!)"
fi
for _ in $(seq 1 100); do
    [[ -S "$socket" ]] && curl -fsS --unix-socket "$socket" http://d/_ping >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fsS --unix-socket "$socket" http://d/_ping >/dev/null 2>&1 \
    || { log "the podman API does not answer on $socket; see $run_dir/service.log"; exit 1; }

if ! alive "$run_dir/healthchecks.pid"; then
    setsid "$here/healthchecks.sh" >"$run_dir/healthchecks.log" 2>&1 </dev/null &
    echo $! >"$run_dir/healthchecks.pid"
    log "healthcheck loop started (pid $!)"
fi

echo "export CONTAINERS_CONF=$CONTAINERS_CONF"
echo "export DOCKER_HOST=unix://$socket"
