FROM alpine:3.20
RUN touch /marker

FROM alpine:3.20 AS debug
RUN apk add --no-cache curl

FROM alpine:3.20
COPY --from=0 /marker /marker
