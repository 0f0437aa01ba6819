FROM alpine:3.20
# expect: CA010 "value of the first build"
RUN date > /build-date.txt
# expect: CA010
RUN echo "built $(date -u +%Y-%m-%dT%H:%M:%SZ)" > /etc/build-info
# expect: CA010
RUN echo $RANDOM > /seed
# expect: CA010
RUN echo "${RANDOM}" `  date` $( uuidgen ) > /ids
# expect: CA010
RUN cp /proc/sys/kernel/random/uuid /machine-id
# a variable that holds the date, then used to name a directory
# expect: CA010
RUN stamp=$(date +%Y%m%d) && mkdir -p "/backups/$stamp"
# expect: CA010
RUN echo "$(date -u)" | tee /etc/build-date
# expect: CA010
RUN export BUILD_TIME=$(date +%s) && make
