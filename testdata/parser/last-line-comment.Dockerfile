FROM alpine
RUN echo a \
  # a comment on the last line of the file, after a continuation