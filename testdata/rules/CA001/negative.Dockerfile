FROM python:3.12-slim
# a version is per release, not per build
ARG PYTHON_DEPS_VERSION=1.2
RUN pip install --no-cache-dir "deps==${PYTHON_DEPS_VERSION}"
# a cache buster is meant to rerun steps (CA005 checks where it sits)
ARG CACHEBUST
RUN git clone --branch v1.2.3 https://github.com/example/repo.git /repo
# shadowed by an ENV of the same name: a new value changes nothing
ARG BUILD_NUMBER
ENV BUILD_NUMBER=0
RUN pip install --no-cache-dir flask==3.0.3
# declared after the expensive steps: nothing reruns needlessly
ARG GIT_COMMIT
LABEL org.opencontainers.image.revision=$GIT_COMMIT
