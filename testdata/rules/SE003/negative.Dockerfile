FROM registry.example.com/base/python:3.12
COPY --from=ghcr.io/org/tools:1.0 /bin/tool /bin/
