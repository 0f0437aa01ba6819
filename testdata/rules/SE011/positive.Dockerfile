FROM debian:12-slim
ARG SOPS_VERSION=3.9.1
# expect: SE011 "straight into /usr/local/bin/"
RUN curl -fsSLo /usr/local/bin/bicep https://github.com/Azure/bicep/releases/latest/download/bicep-linux-x64 \
    && chmod +x /usr/local/bin/bicep
# expect: SE011 "installs it (dpkg -i)"
RUN wget https://github.com/getsops/sops/releases/download/v${SOPS_VERSION}/sops_${SOPS_VERSION}_amd64.deb \
    && dpkg -i sops_${SOPS_VERSION}_amd64.deb
# expect: SE011 "runs it with python3"
RUN curl -fsSL https://bootstrap.pypa.io/get-pip.py -o get-pip.py && python3 get-pip.py
# expect: SE011 "makes it executable"
RUN curl -fsSL https://example.com/tini-amd64 --output /tini && chmod 0755 /tini
# expect: SE011 "moves it into /usr/local/bin"
ONBUILD RUN curl -fsSLO https://example.com/releases/kubectl && mv kubectl /usr/local/bin/
