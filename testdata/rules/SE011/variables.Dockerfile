FROM debian:12-slim
ARG APP_URL=https://downloads.example.com/app/latest/app_amd64.deb
# a URL named by an ARG is a download too
# expect: SE011 "installs it (dpkg -i)"
RUN curl -fsSL $APP_URL -o /tmp/app.deb && dpkg -i /tmp/app.deb
ARG TOOL_VERSION=2.1.0
# wget -P DIR saves into DIR
# expect: SE011 "makes it executable"
RUN wget -q https://downloads.example.com/tool/${TOOL_VERSION}/tool-linux -P /usr/local/lib/tool && chmod +x /usr/local/lib/tool/tool-linux
