#!/usr/bin/env bash
# deploy/podman/healthchecks.sh [HEALTHY_EVERY]
#
# Runs the containers' healthchecks, as Docker's engine does by itself. Podman only
# schedules them through systemd timers; with no systemd, `condition: service_healthy`
# would wait forever. Each second this runs `podman healthcheck run` for every running
# container whose health is "starting" or "unhealthy", and every HEALTHY_EVERY seconds
# (default 10) for the healthy ones too, so a container turns healthy within a second
# of its probe passing without spending a core on probes. The checks' own interval is
# not honoured. Runs until killed (deploy/podman/stop.sh).
set -uo pipefail
healthy_every="${1:-10}"
tick=0
while :; do
    # Status reads "Up 5 seconds (starting)" for containers with a healthcheck.
    while read -r id status; do
        case "$status" in
            *"(healthy)"*) (( tick % healthy_every == 0 )) || continue ;;
            *"(starting)"* | *"(unhealthy)"*) ;;
            *) continue ;;
        esac
        podman healthcheck run "$id" >/dev/null 2>&1 &
    done < <(podman ps --filter status=running --format '{{.ID}} {{.Status}}' 2>/dev/null)
    wait
    tick=$((tick + 1))
    sleep 1
done
