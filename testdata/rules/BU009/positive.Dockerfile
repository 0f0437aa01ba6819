FROM alpine:3.20
# expect: BU009 "empty value"
ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin
ENV PATH=/usr/bin
# expect: BU009 "previous value"
ENV PATH=/opt/bin EXTRA=${PATH}:/extra
# expect: BU009
ONBUILD ENV X=1 Y=$X
