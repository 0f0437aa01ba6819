FROM debian:12
# expect: BU013 "if curl fails, this pipe's exit status is still tar's"
RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt
# expect: BU013 "if find fails, this pipe's exit status is still xargs's"
RUN find /usr/local -name '*.so' | sort -u | xargs -r ldd
FROM alpine:3.20
# expect: BU013 "SHELL ["/bin/ash""
RUN wget -qO- https://example.com/x.tgz | tar xz
