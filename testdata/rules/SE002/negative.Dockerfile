FROM debian:12
USER root
RUN apt-get update && apt-get install -y --no-install-recommends sudo=1.9.13p3-1+deb12u1
USER 1000
