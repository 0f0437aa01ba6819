FROM python:3.12-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends libpq5
COPY . .
# reads the sources
RUN pip install --no-cache-dir -r requirements.txt
RUN make build
# downloads into the working directory
RUN wget https://example.com/data-1.0.csv
RUN apt-get install -y ./vendor/tool.deb
