# the Red Hat source-to-image Python image runs as USER 1001 with HOME=/opt/app-root/src
FROM registry.access.redhat.com/ubi9/python-311:1-77
WORKDIR /opt/app-root/src/app
COPY requirements.txt .
# expect: SZ008 "or mount a cache on /opt/app-root/src/.cache/pip)"
RUN pip install --upgrade pip==24.2
RUN --mount=type=cache,target=/opt/app-root/src/.cache/pip,uid=1001 pip install -r requirements.txt
USER 0
# expect: SZ008 "or mount a cache on /root/.cache/pip)"
RUN pip install supervisor==4.2.5
USER 1001
RUN pip install -r requirements.txt && rm -rf /opt/app-root/src/.cache/pip
# the image's user 1001 is called default
USER default
# expect: SZ008 "or mount a cache on /opt/app-root/src/.cache/pip)"
RUN pip install gunicorn==23.0.0
