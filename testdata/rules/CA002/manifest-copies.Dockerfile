FROM python:3.12-slim
WORKDIR /srv
# a file copy of the manifest, a config folder elsewhere, wildcards: nothing but manifests
COPY requirements.txt .
COPY config /etc/app/
COPY requirements/ requirements/
RUN pip install -r requirements.txt -r requirements/dev.txt
FROM maven:3-eclipse-temurin-21 AS java
WORKDIR /app
COPY pom.xml .
RUN mvn dependency:go-offline
COPY src src
RUN mvn -o package
