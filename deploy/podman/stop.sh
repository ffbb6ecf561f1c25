#!/usr/bin/env bash
# deploy/podman/stop.sh: ends what deploy/podman/start.sh started (the API service and
# the healthcheck loop), by the pids it recorded. Containers are left alone: take a
# compose project down first.
set -uo pipefail
run_dir="${NEWSFLOW_PODMAN_RUN:-/tmp/newsflow-podman}"
for name in healthchecks service; do
    pidfile="$run_dir/$name.pid"
    [[ -f "$pidfile" ]] || continue
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
        # The loop runs in its own session (setsid): end its group, probes included.
        if [[ "$name" == healthchecks ]]; then kill -- "-$pid" 2>/dev/null || kill "$pid"; else kill "$pid"; fi
        echo "podman-stop: ended $name (pid $pid)" >&2
    fi
    rm -f "$pidfile"
done
rm -f "$run_dir/podman.sock"
