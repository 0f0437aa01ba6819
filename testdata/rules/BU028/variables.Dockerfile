FROM alpine:3.20
ARG TOOL_URL=https://downloads.example.com/tool/tool-2.3.tgz
ENV PLUGIN_BASE https://repo.example.org/plugins
# URLs named by ARG/ENV are downloads too
# expect: BU028 "as /tmp/tool.tgz"
RUN curl -sL $TOOL_URL > /tmp/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt
# expect: BU028 "as /opt/plugins/dummy-0.2.jar"
RUN curl -L --silent ${PLUGIN_BASE}/dummy/0.2/dummy-0.2.jar -o /opt/plugins/dummy-0.2.jar
RUN curl -fsSL $TOOL_URL -o /tmp/tool2.tgz
