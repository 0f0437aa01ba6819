FROM python:3.12-slim
WORKDIR /app
COPY . .
# expect: CA008 "every source edit reruns it"
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
# expect: CA008
RUN useradd --create-home app && curl -fsSL https://example.com/tool-1.2.tgz | tar -xz -C /usr/local
RUN pip install --no-cache-dir -r requirements.txt
