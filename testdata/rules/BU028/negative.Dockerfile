FROM debian:12-slim
ARG KUBECTL_VERSION=1.31.2
RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl \
    && chmod +x /usr/local/bin/kubectl
RUN curl --fail -L https://get.helm.sh/helm-v3.16.2-linux-amd64.tar.gz > helm.tar.gz && tar xzf helm.tar.gz
# a pipe into tar: tar rejects an error page and fails the step itself
RUN curl -sSL https://example.com/app-1.2.tar.gz | tar xz -C /opt
# checked: a checksum fails on an error page (here in the next RUN)
RUN curl -sSLo /tmp/tool.tgz https://example.com/tool-2.0.tgz
RUN echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  /tmp/tool.tgz" | sha256sum -c -
# the status is read and checked by the script
RUN code=$(curl -s -o /tmp/page.html -w '%{http_code}' https://example.com/) && test "$code" = 200
RUN curl -s -o /dev/null https://example.com/ping
# wget fails on an HTTP error by itself
RUN wget -qO /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64
