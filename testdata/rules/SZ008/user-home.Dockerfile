FROM python:3.12-slim
RUN useradd --create-home --home-dir /srv/app app
USER app
# the cache of USER app is under the home its useradd gives
# expect: SZ008 "or mount a cache on /srv/app/.cache/pip)"
RUN pip install --user httpx==0.27.0
# a cache mount on that home holds the cache
RUN --mount=type=cache,target=/srv/app/.cache/pip,uid=1000 pip install --user rich==13.7.1
# so does removing it in the same RUN
RUN pip install --user click==8.1.7 && rm -rf /srv/app/.cache/pip
