FROM alpine
RUN echo no final newline