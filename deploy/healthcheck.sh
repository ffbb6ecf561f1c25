#!/bin/bash
# newsflow-healthcheck [PORT [PATH]]
#
# Container health probe for the workers: GET http://127.0.0.1:PORT/PATH (default
# /healthz) and exit 0 only on HTTP 200. PORT defaults to $NEWSFLOW_METRICS_PORT,
# which compose sets for each worker, and else to 9101 (the image's HEALTHCHECK). Uses bash's /dev/tcp so the runtime image
# needs no curl. Docker's healthcheck timeout bounds how long it may take.
set -euo pipefail

port="${1:-${NEWSFLOW_METRICS_PORT:-9101}}"
path="${2:-/healthz}"
case "$port" in
    '' | *[!0-9]*) echo "usage: newsflow-healthcheck [PORT [PATH]] (PORT was '$port')" >&2; exit 2 ;;
esac

if ! { exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null; then
    echo "nothing listens on 127.0.0.1:${port}" >&2
    exit 1
fi
printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3

status=""
IFS= read -r -t 5 status <&3 || true
exec 3<&-
case "$status" in
    "HTTP/1."?" 200"*) exit 0 ;;
    *) echo "${path} on port ${port} answered: ${status:-nothing}" >&2; exit 1 ;;
esac
