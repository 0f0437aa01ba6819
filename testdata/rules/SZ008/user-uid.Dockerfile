FROM registry.example.com/python-base:3.11
USER 1001
# the file does not say where the home of USER 1001 is
# expect: SZ008 "or mount a cache on ~/.cache/pip in the home of USER 1001)"
RUN pip install --upgrade pip==24.2
