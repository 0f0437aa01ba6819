FROM debian:bookworm AS apt
# expect: CA011 "without sharing=locked"
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt \
    rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y --no-install-recommends curl

FROM debian:bookworm AS hook-kept
# expect: CA011 "keeps no packages: Debian's docker-clean hook"
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends git

FROM debian:bookworm AS keep-downloaded-only
RUN echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > /etc/apt/apt.conf.d/keep-cache
# expect: CA011 "and apt (unlike apt-get) deletes them itself"
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    apt update && apt install -y make

FROM fedora:40
# expect: CA011 "dnf cache mount on /var/cache/dnf keeps only the repository metadata"
RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf install -y gcc
