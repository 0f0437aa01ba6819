FROM python:3.12-slim
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# sourced, then used in the same RUN
RUN . /opt/venv/bin/activate && pip install --no-cache-dir flask==3.0.3
RUN /bin/bash -c "source /opt/venv/bin/activate && python -m compileall /app"
# a sourced installer does its work either way
RUN . /tmp/install-tools.sh
