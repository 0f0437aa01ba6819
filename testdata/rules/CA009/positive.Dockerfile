FROM python:3.12-slim
# expect: CA009 "pip install without a cache mount on /root/.cache/pip"
RUN pip install -r requirements.txt
# expect: CA009 "apt-get install"
RUN apt-get update && apt-get install -y --no-install-recommends curl
# expect: CA009 "go mod"
RUN go mod download
