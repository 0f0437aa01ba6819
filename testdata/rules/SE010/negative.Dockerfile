FROM debian:12-slim
ARG ZNC_VERSION=1.9.1
RUN curl -fsSL "https://znc.in/releases/znc-${ZNC_VERSION}.tar.gz" -o /tmp/znc.tar.gz && tar xzf /tmp/znc.tar.gz -C /opt
# plain HTTP, but the checksum checks what arrived
RUN curl -fsSLo /tmp/app.tgz http://downloads.example.com/app-1.2.tgz \
    && echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  /tmp/app.tgz" | sha256sum -c -
ADD --checksum=sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 http://downloads.example.com/app-1.2.jar /opt/app.jar
# this machine and hosts of the build network
RUN curl -fsS http://localhost:8080/health && curl -fsSo /tmp/cfg http://config-server/app.yaml
