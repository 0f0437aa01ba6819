FROM debian:12-slim
# expect: CA003 "curl downloads https://example.com/tools/latest.tar.gz"
RUN curl -fsSL https://example.com/tools/latest.tar.gz | tar -xz -C /opt
# expect: CA003 "git clone of https://github.com/example/app.git (its default branch)"
RUN git clone https://github.com/example/app.git /src
RUN apt-get update \
    && apt-get install -y --no-install-recommends wget \
# expect: CA003 "wget downloads https://example.com/install.sh"
    && wget -qO- https://example.com/install.sh | sh
# expect: CA003 "branch main"
RUN git clone --depth 1 --branch main https://github.com/example/lib.git /lib

# an installer from a default branch, piped straight into a shell
# expect: CA003 "master/install.sh"
RUN curl -fsSL https://raw.githubusercontent.com/example/tool/master/install.sh | sh
# an architecture is not a version
# expect: CA003 "tool-x86_64.zip"
RUN curl -fsSL -o /tmp/tool.zip https://github.com/example/tool/releases/latest/download/tool-x86_64.zip && unzip /tmp/tool.zip
# expect: CA003 "x86_64 is an architecture, not a version"
RUN curl -fsSLo /usr/local/bin/tool https://downloads.example.org/~tool/x86_64-linux-tool
# a language release in the path names the newest script for it, not one script
# expect: CA003 "get-pip.py"
RUN curl -fsSL https://bootstrap.example.org/pip/2.6/get-pip.py | python
# a release line is a channel
# expect: CA003 "20.x is a release line"
RUN curl -fsSL https://deb.example.com/setup_20.x | bash -
# judged one by one: the checksum covers a.tgz, not b.tgz
RUN curl -fsSLo /tmp/a.tgz https://example.com/a/a.tgz \
    && echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  /tmp/a.tgz" | sha256sum -c - \
# expect: CA003 "https://example.com/b/b.tgz"
    && curl -fsSLo /tmp/b.tgz https://example.com/b/b.tgz \
    && tar -xzf /tmp/a.tgz && tar -xzf /tmp/b.tgz
# a checksum fetched from the same moving URL checks nothing
# expect: CA003 "its checksum is fetched at build time from a moving source"
RUN curl -fsSLO https://example.com/tool/latest/tool.tar.gz \
    && curl -fsSLO https://example.com/tool/latest/tool.tar.gz.sha256 \
    && sha256sum -c tool.tar.gz.sha256
# a signature proves who built it, not which version
# expect: CA003 "signature check"
RUN curl -fsSLO https://example.com/dist/tool.tar.gz \
    && curl -fsSLO https://example.com/dist/tool.tar.gz.asc \
    && gpg --verify tool.tar.gz.asc tool.tar.gz
# each moving download of a RUN is reported
# expect: CA003 "GeoLite2-Country"
RUN curl -sSL "https://geo.example.com/download?edition_id=GeoLite2-Country" | tar -xz -C /geo \
# expect: CA003 "GeoLite2-City"
    && curl -sSL "https://geo.example.com/download?edition_id=GeoLite2-City" | tar -xz -C /geo
# variables resolved through ARG and ENV: "latest" in the URL, a checksum that is a placeholder
ARG TOOL_CHANNEL=latest
# expect: CA003 "latest"
RUN curl -fsSL "https://example.com/releases/download/${TOOL_CHANNEL}/tool.tgz" | tar -xz -C /opt
ARG SCRIPT_SOURCE="https://raw.githubusercontent.com/example/scripts/main/setup.sh"
ARG SCRIPT_SHA="dev-mode"
# expect: CA003 "raw.githubusercontent.com/example/scripts/main/setup.sh"
RUN curl -sSL ${SCRIPT_SOURCE} -o /tmp/setup.sh \
    && ([ "${SCRIPT_SHA}" = "dev-mode" ] || (echo "${SCRIPT_SHA} */tmp/setup.sh" | sha256sum -c -)) \
    && sh /tmp/setup.sh
# a checkout of a branch named by an ENV, a clone of a branch that is not a tag
ENV APP_REF=develop
# expect: CA003 "checked out at develop"
RUN git clone https://github.com/example/app.git /app && cd /app && git checkout "$APP_REF"
# expect: CA003 "branch rhel9"
RUN git clone --depth 1 -b rhel9 https://github.com/example/kmod.git /kmod
# package managers and image pulls fetch too
# expect: CA003 "its default branch"
RUN pip install git+https://github.com/example/lib.git
# expect: CA003 "latest"
RUN dnf install -y https://dl.example.org/pub/repo/repo-release-latest-9.noarch.rpm
# expect: CA003 "tag latest moves"
RUN podman pull quay.io/example/model:latest
