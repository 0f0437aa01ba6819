#!/usr/bin/env bash
# Starts a private dockerd (BuildKit and the classic builder) for the
# real-builder tests, and imports two tiny base images made from Debian's
# static busybox. No registry is needed. Prints the DOCKER_HOST to use.
# Stop it with: kill "$(cat "$LAYERLINT_DOCKER_ROOT/run/docker.pid")"
set -euo pipefail
root="${LAYERLINT_DOCKER_ROOT:-/tmp/layerlint-docker}"
mkdir -p "$root/data" "$root/exec" "$root/run"
sock="$root/run/docker.sock"
export DOCKER_HOST="unix://$sock"
docker=/usr/bin/docker   # the 20.10 client from docker.io speaks BuildKit without buildx

up() { "$docker" info >/dev/null 2>&1; }

start() {
  dockerd --data-root "$root/data" --exec-root "$root/exec" --pidfile "$root/run/docker.pid" \
    -H "$DOCKER_HOST" --iptables=false --ip-masq=false --bridge=none --storage-driver="$1" \
    >"$root/dockerd.log" 2>&1 &
  for _ in $(seq 60); do
    up && return 0
    sleep 0.5
  done
  return 1
}

if ! up; then
  if ! start overlay2; then
    [ -f "$root/run/docker.pid" ] && kill "$(cat "$root/run/docker.pid")" 2>/dev/null || true
    sleep 1
    start vfs || { echo "dockerd did not start; log:" >&2; tail -n 30 "$root/dockerd.log" >&2; exit 1; }
  fi
fi

# shellcheck source=busybox-base.sh
. "$(dirname "$0")/busybox-base.sh"
make_base "$docker" base/busybox:1 one
make_base "$docker" base/busybox:2 two
echo "$DOCKER_HOST"
