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
# reads the requirements the COPY brought
RUN pip install --upgrade pip && pip install -r requirements.txt
# a local install reads ./package.json
RUN npm install left-pad
# runs a script of the sources
RUN curl -fsSL https://example.com/data-1.0.csv | sh ./load.sh

FROM python:3.12-slim AS tools
# a named folder without an install that finds its manifest there: not known to hold sources
COPY config /etc/app/
RUN apt-get update && apt-get install -y --no-install-recommends curl
