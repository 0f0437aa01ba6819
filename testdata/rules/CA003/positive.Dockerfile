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
