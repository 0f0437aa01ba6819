FROM debian:12
# expect: RP003 "curl is installed without a version"
RUN apt-get update && apt-get install -y --no-install-recommends curl
# expect: RP003
ONBUILD RUN apt-get install -y make
