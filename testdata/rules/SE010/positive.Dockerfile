FROM debian:12-slim
ARG ZNC_VERSION=1.9.1
# expect: SE010 "over plain HTTP"
RUN curl -fsSL "http://znc.in/releases/znc-${ZNC_VERSION}.tar.gz" -o /tmp/znc.tar.gz && tar xzf /tmp/znc.tar.gz -C /opt
# expect: SE010 "TLS certificate checks"
RUN wget --no-check-certificate -O /tmp/tool.tgz https://downloads.example.com/tool-2.0.tgz
# expect: SE010 "ADD fetches"
ADD http://downloads.example.com/app-1.2.jar /opt/app.jar
# expect: SE010 "over FTP"
ONBUILD RUN curl -fsSLO ftp://ftp.example.org/pub/data-2024.csv
