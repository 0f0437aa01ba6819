# expect: BU018 "has no name"
FROM alpine:3.20
RUN apk add --no-cache curl

FROM alpine:3.20
CMD ["sh"]
