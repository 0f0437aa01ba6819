FROM debian:12
RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
RUN apt-get -o APT::Install-Recommends=false install -y git=1:2.39.5-0+deb12u1
