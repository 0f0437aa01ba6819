FROM debian:12
ADD app.tar.gz /opt/
RUN --mount=type=bind,source=data.zip,target=/tmp/data.zip unzip /tmp/data.zip -d /data
