LABEL before=from
ARG BASE=alpine
FROM $BASE extra words here
ENV
RUN
COPY onlyone
EXPOSE
USER
HEALTHCHECK CMD
FROM alpine AS next
RUN echo "parsing goes on after errors"
CMD ["still", "parsed"]
