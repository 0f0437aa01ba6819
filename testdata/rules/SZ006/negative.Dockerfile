FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean -a
RUN --mount=type=cache,target=/var/cache/zypp zypper -n install git=2.43.0
