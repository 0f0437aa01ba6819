FROM debian:12
ARG VERSION=1.0
RUN cd /tmp || exit 1; echo "$VERSION" > version
