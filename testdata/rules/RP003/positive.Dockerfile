FROM debian:12
# expect: RP003 "curl is installed without a version: the layer caches whatever was current when it was built, and the next cache miss installs something else; pin it as curl=VERSION (apt-cache policy curl lists the versions on offer)"
RUN apt-get update && apt-get install -y --no-install-recommends curl
# expect: RP003
ONBUILD RUN apt-get install -y make
