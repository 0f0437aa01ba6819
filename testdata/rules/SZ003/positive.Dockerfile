FROM debian:12
# expect: SZ003
RUN apt-get install -y curl=7.88.1-10+deb12u8
# expect: SZ003
ONBUILD RUN apt-get install -y git
