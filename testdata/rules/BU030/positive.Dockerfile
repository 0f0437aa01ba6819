FROM python:3.12-slim
RUN python -m venv /opt/venv
# expect: BU030 "source /opt/venv/bin/activate"
RUN /bin/bash -c "source /opt/venv/bin/activate"
# expect: BU030 "source ~/.bashrc"
RUN echo 'export PATH=/opt/tools/bin:$PATH' >> ~/.bashrc && source ~/.bashrc
# expect: BU030 ". /opt/ros/jazzy/setup.bash"
ONBUILD RUN . /opt/ros/jazzy/setup.bash
