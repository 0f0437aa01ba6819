FROM python:3.12-slim
WORKDIR /app
COPY . .
# expect: CA008 "every source edit reruns it"
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
# expect: CA008
RUN useradd --create-home app && curl -fsSL https://example.com/tool-1.2.tgz | tar -xz -C /usr/local
RUN pip install --no-cache-dir -r requirements.txt
# expect: CA008
RUN pip install --upgrade pip
# expect: CA008
RUN npm install -g npm@latest && yarn global add @vue/cli
# expect: CA008
RUN curl -fsSL https://example.com/install-1.4.sh | sh -s -- --prefix /opt/tool

FROM python:3.12-slim AS base
WORKDIR /srv
COPY src .
# expect: CA008 "reads nothing that COPY src (line 18) brings in"
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN pip install -r requirements.txt

FROM base AS dev
# expect: CA008 "runs in a stage built on it"
RUN apt-get update && apt-get install -y --no-install-recommends git
