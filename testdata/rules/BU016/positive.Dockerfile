ARG PY_VERSION=3.12
# expect: BU016 "did you mean $PY_VERSION"
FROM python:${PY_VERSON}-slim
