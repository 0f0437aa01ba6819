FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u1
# a local .deb needs no lists
RUN apt-get install -y ./vendor/tool_1.2_amd64.deb
# the update that runs alone right before is CA004's finding
RUN apt-get update
RUN apt-get install -y --no-install-recommends make=4.3-4.1
# an update in the arms of a case statement is not read: no conclusion from its absence
RUN case "$(dpkg --print-architecture)" in amd64) apt-get update ;; *) apt-get update ;; esac; \
    apt-get install -y --no-install-recommends libc6-dev=2.36-9+deb12u9
