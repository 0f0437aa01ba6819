FROM debian:12-slim
ARG SOPS_VERSION=3.9.1
RUN curl -fsSLo /usr/local/bin/bicep https://github.com/Azure/bicep/releases/download/v0.30.23/bicep-linux-x64 \
    && echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  /usr/local/bin/bicep" | sha256sum -c - \
    && chmod +x /usr/local/bin/bicep
RUN wget https://github.com/getsops/sops/releases/download/v${SOPS_VERSION}/sops_${SOPS_VERSION}_amd64.deb \
    && wget https://github.com/getsops/sops/releases/download/v${SOPS_VERSION}/sops_${SOPS_VERSION}_amd64.deb.sig \
    && gpg --verify sops_${SOPS_VERSION}_amd64.deb.sig sops_${SOPS_VERSION}_amd64.deb \
    && dpkg -i sops_${SOPS_VERSION}_amd64.deb
# downloaded data, not run: nothing executes it
RUN curl -fsSLo /srv/data.csv https://example.com/data-2024.csv && gzip -k /srv/data.csv
