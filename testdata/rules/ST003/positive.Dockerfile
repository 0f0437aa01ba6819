FROM debian:12
# expect: ST003 "service"
RUN service nginx start
# expect: ST003
ONBUILD RUN top -b -n 1
