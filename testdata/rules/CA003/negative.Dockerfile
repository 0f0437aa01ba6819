FROM debian:12-slim
ARG TOOL_VERSION=1.4.2
RUN curl -fsSL "https://example.com/tools/tool-${TOOL_VERSION}.tar.gz" | tar -xz -C /opt
RUN curl -fsSL https://example.com/releases/v2/tool.tgz -o /tmp/tool.tgz
RUN curl -fsSLO https://example.com/tool.tar.gz \
    && echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  tool.tar.gz" | sha256sum -c -
RUN curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg
RUN curl -fsSL https://repo.example.com/data/EXAMPLE-GPG-KEY -o /tmp/key && gpg --import /tmp/key
RUN git clone --branch v1.2.3 https://github.com/example/app.git /src
RUN git clone https://github.com/example/app.git /app && cd /app && git checkout 3f2a9c1
ADD https://example.com/latest.tar.gz /opt/
# a versioned URL pins the download, the architecture beside it does not matter
RUN curl -fsSL https://github.com/example/tool/releases/download/v1.4.2/tool-linux-amd64.tar.gz | tar -xz -C /opt
# a raw URL on a tag or a commit
RUN curl -fsSL https://raw.githubusercontent.com/example/tool/v2.3.1/install.sh | sh
RUN curl -fsSL https://raw.githubusercontent.com/example/tool/3f2a9c1e7b/install.sh | sh
# a "stable" folder whose file names carry the version; a build number; content ids
RUN curl -fsSL https://download.example.com/linux/static/stable/x86_64/docker-27.3.1.tgz | tar -xz -C /usr/local/bin
RUN curl -fsSLo /tmp/tools.zip https://dl.example.com/android/repository/commandlinetools-linux-11076708_latest.zip
RUN curl -fsSLo /tmp/x.exe https://download.example.com/download/2d6bb6b2-226a-4baa-bdec-798822606ff1/8494001c276a4b96804cde7829c04d7f/x.exe
# the version in an ARG the URL is built from, through an ENV of the same name
ARG WAR_VERSION=2.440
ARG WAR_URL=https://get.example.io/war/${WAR_VERSION}/app.war
ENV WAR_URL=${WAR_URL}
RUN curl -fsSL "$WAR_URL" -o /app.war
# a tag from an ENV; a pinned VCS install; a pull by version or digest
ENV LIB_VERSION v1.8.0
RUN git clone https://github.com/example/lib.git /lib && cd /lib && git checkout "${LIB_VERSION}"
RUN pip install git+https://github.com/example/lib.git@v1.2.0
RUN podman pull quay.io/example/model:1.2 && podman pull quay.io/example/base@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
# an unversioned file checked against a digest passed as a build argument
ARG TOOL_SHA256
RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz && echo "${TOOL_SHA256}  /tmp/tool.tgz" | sha256sum -c -
# a server started by the build itself
RUN curl -fsS http://localhost:8080/health
