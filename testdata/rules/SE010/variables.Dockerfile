FROM alpine:3.20
ENV MIRROR http://mirror.example.org/apache
ARG PLUGINS_URL=http://repo.example.org/maven2
# URLs named by ARG/ENV: the scheme is the one they resolve to
# expect: SE010 "fetches http://mirror.example.org/apache/tool/tool-5.1.tgz over plain HTTP"
RUN curl -fsSL ${MIRROR}/tool/tool-5.1.tgz -o /tmp/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt
# expect: SE010 "http://repo.example.org/maven2/dummy/0.2/dummy-0.2.jar"
RUN wget -q $PLUGINS_URL/dummy/0.2/dummy-0.2.jar -P /opt/plugins
# a host named by a variable the file does not set: not known to be remote
RUN curl -fsSL http://${BUILD_CACHE_HOST}/tool.tgz -o /tmp/cached.tgz

FROM alpine:3.20
ARG PLUGINS_URL=http://repo.example.org/maven2
RUN curl -fsSL $PLUGINS_URL/cmn/0.5/cmn-0.5.jar -o /tmp/cmn.jar \
    && echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  /tmp/cmn.jar" | sha256sum -c -
