#!/usr/bin/env bash
# Starts a private modern Docker engine (Debian sid's docker.io 28.5 with its
# built-in BuildKit, the 28.x client and the buildx plugin) beside the system's
# packages: the .debs are downloaded through a private apt configuration for
# another suite and unpacked into their own root; nothing is installed over the
# system. runc is the system's own (sid's needs a newer glibc). Imports the same
# two busybox base images as docker-up.sh.
# Prints the path of a client wrapper (the 28.x docker with buildx, already
# pointed at this daemon) for -Dlayerlint.dockerModern.
# Environment: LAYERLINT_DOCKER_MODERN_ROOT (default /tmp/layerlint-docker-modern),
# LAYERLINT_DOCKER_MODERN_SUITE (default sid), LAYERLINT_DOCKER_MODERN_STORE
# (overlay2, the default, or containerd for the containerd image store).
# Stop it with: kill "$(cat "$LAYERLINT_DOCKER_MODERN_ROOT/run/docker.pid")"
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="${LAYERLINT_DOCKER_MODERN_ROOT:-/tmp/layerlint-docker-modern}"
suite="${LAYERLINT_DOCKER_MODERN_SUITE:-sid}"
store="${LAYERLINT_DOCKER_MODERN_STORE:-overlay2}"
mkdir -p "$root/debs" "$root/sys" "$root/bin" "$root/data" "$root/exec" "$root/run" "$root/config/cli-plugins"
sock="$root/run/docker.sock"

if [ ! -x "$root/sys/usr/sbin/dockerd" ] && [ ! -x "$root/sys/usr/bin/dockerd" ]; then
  # a private apt configuration for the other suite, reusing the host of the system's own entry
  host="$(grep -m1 -E '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | awk '{print $2}')"
  [ -n "$host" ] || host="$(grep -m1 -E '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}')"
  [ -n "$host" ] || { echo "no Debian archive found in the system's apt sources" >&2; exit 1; }
  apt_dir="$root/apt"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $host $suite main" > "$apt_dir/sources.list"
  apt_private=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache")
  apt-get -qq "${apt_private[@]}" update >&2
  (cd "$root/debs" && apt-get -qq "${apt_private[@]}" download docker.io docker-cli docker-buildx containerd \
    tini-static >&2)
  rm -rf "$apt_dir"
  for deb in "$root"/debs/*.deb; do dpkg-deb -x "$deb" "$root/sys"; done
fi

for dir in "$root/sys/usr/bin" "$root/sys/usr/sbin"; do
  [ -d "$dir" ] || continue
  for f in "$dir"/*; do ln -sf "$f" "$root/bin/${f##*/}"; done
done
ln -sf "$(command -v runc)" "$root/bin/runc"              # the system's runc (sid's needs glibc 2.38)
[ -x "$root/sys/usr/bin/tini-static" ] && ln -sf "$root/sys/usr/bin/tini-static" "$root/bin/docker-init"
ln -sf "$root/sys/usr/libexec/docker/cli-plugins/docker-buildx" "$root/config/cli-plugins/docker-buildx"

client="$root/bin/layerlint-docker"
cat > "$client" <<WRAP
#!/bin/sh
# the 28.x client with buildx, pointed at the private modern dockerd
export DOCKER_HOST="unix://$sock" DOCKER_CONFIG="$root/config" PATH="$root/bin:\$PATH"
exec "$root/bin/docker" "\$@"
WRAP
chmod +x "$client"

up() { "$client" version >/dev/null 2>&1; }
if ! up; then
  features=()
  [ "$store" = containerd ] && features=(--feature containerd-snapshotter=true)
  PATH="$root/bin:$PATH" setsid dockerd --data-root "$root/data" --exec-root "$root/exec" \
    --pidfile "$root/run/docker.pid" -H "unix://$sock" --iptables=false --ip6tables=false --ip-masq=false \
    --bridge=none "${features[@]}" >"$root/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 120); do
    up && break
    sleep 0.5
  done
  up || { echo "modern dockerd did not start; log:" >&2; tail -n 30 "$root/dockerd.log" >&2; exit 1; }
fi

# shellcheck source=busybox-base.sh
. "$here/busybox-base.sh"
make_base "$client" base/busybox:1 one
make_base "$client" base/busybox:2 two
echo "$client"
