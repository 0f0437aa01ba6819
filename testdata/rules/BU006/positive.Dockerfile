FROM alpine:3.20 AS build
# expect: BU006
COPY --from=build /a /b
