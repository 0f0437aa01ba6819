FROM debian:12-slim
ARG KUBECTL_VERSION=1.31.2
# expect: BU028 "as /usr/local/bin/kubectl"
RUN curl -sSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl \
    && chmod +x /usr/local/bin/kubectl
# expect: BU028 "as helm.tar.gz"
RUN curl -L https://get.helm.sh/helm-v3.16.2-linux-amd64.tar.gz > helm.tar.gz && tar xzf helm.tar.gz
# expect: BU028 "as install.sh"
RUN curl -LO https://example.com/tools/install.sh && sh install.sh
# expect: BU028 "into bash"
RUN curl -sL https://deb.nodesource.com/setup_22.x | bash -
# expect: BU028 "as /opt/app.jar"
ONBUILD RUN curl -o /opt/app.jar https://repo.example.com/app-1.2.jar
