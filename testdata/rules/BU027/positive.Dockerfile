FROM debian:12
ARG VERSION=1.0
# expect: BU027 "SC2164"
RUN cd /tmp; echo "$VERSION" > version
# expect: BU027 "SC2154"
ONBUILD RUN echo "$unset_var"
