FROM debian:12
# expect: SZ002 "extracted on line 4"
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz
