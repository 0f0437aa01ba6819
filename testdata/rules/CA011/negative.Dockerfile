FROM debian:bookworm AS base
RUN rm -f /etc/apt/apt.conf.d/docker-clean

FROM base AS tools
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends curl

FROM debian:bookworm
RUN --mount=type=cache,target=/var/cache/apt,sharing=private \
    echo 'DPkg::Post-Invoke {};' > /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y git

FROM fedora:40 AS kept
RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf install -y --setopt=keepcache=1 gcc

FROM fedora:40
RUN echo keepcache=1 >> /etc/dnf/dnf.conf
RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf install -y make
RUN dnf install -y --setopt=install_weak_deps=False tar
