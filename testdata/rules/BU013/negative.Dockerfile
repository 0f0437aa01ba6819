FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt

FROM debian:12
RUN set -o pipefail && curl -fsSL https://example.com/t.tgz | tar -xz
