FROM debian:12-slim
ARG TOOL_VERSION=1.4.2
RUN curl -fsSL "https://example.com/tools/tool-${TOOL_VERSION}.tar.gz" | tar -xz -C /opt
RUN curl -fsSL https://example.com/releases/v2/tool.tgz -o /tmp/tool.tgz
RUN curl -fsSLO https://example.com/tool.tar.gz \
    && echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  tool.tar.gz" | sha256sum -c -
RUN curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg
RUN git clone --branch v1.2.3 https://github.com/example/app.git /src
RUN git clone https://github.com/example/app.git /app && cd /app && git checkout 3f2a9c1
ADD https://example.com/latest.tar.gz /opt/
