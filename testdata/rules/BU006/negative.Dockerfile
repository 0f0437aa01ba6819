FROM alpine:3.20 AS build
RUN touch /a

FROM alpine:3.20
COPY --from=build /a /b
