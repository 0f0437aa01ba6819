FROM fedora:41
RUN dnf install -y nginx-1.26.2 && dnf clean all
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y git-2.47.0
