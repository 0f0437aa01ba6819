FROM debian:12
# expect: BU026
RUN apt update && apt-get install -y --no-install-recommends curl
# expect: BU026
ONBUILD RUN apt install -y make
