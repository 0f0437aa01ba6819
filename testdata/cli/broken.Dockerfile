FROM alpine:3.20
ENV PATH
RUN echo still linted after the error
