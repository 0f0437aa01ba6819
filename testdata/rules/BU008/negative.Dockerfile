FROM alpine:3.20
ONBUILD COPY . /app
ONBUILD RUN make -C /app
