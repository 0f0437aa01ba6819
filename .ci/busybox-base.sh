#!/usr/bin/env bash
# Sourced by docker-up.sh and docker-modern-up.sh: make_base DOCKER TAG MARKER
# imports a tiny base image made from Debian's static busybox (every applet
# linked, /etc/passwd, fixed mtimes) unless the daemon already has it. The two
# images differ only in /etc/release-marker, for base-change tests.
make_base() {
  local docker="$1" tag="$2" marker="$3" rootfs
  if "$docker" image inspect "$tag" >/dev/null 2>&1; then return; fi
  rootfs="$(mktemp -d)"
  mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp" "$rootfs/root"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -s busybox "$rootfs/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\n' > "$rootfs/etc/passwd"
  printf 'root:x:0:\n' > "$rootfs/etc/group"
  echo "$marker" > "$rootfs/etc/release-marker"
  find "$rootfs" -exec touch -h -d '2020-01-01 00:00:00' {} +
  tar -C "$rootfs" -c . | "$docker" import - "$tag" >/dev/null
  rm -rf "$rootfs"
}
