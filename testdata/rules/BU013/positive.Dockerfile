FROM debian:12
# expect: BU013 "pipe"
RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt
