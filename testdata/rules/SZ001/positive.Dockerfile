FROM debian:12
# expect: SZ001
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
# expect: SZ001
ONBUILD RUN apt-get update
