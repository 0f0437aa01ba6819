FROM alpine
RUN echo one \
    two
COPY <<EOF /x
body
EOF
CMD ["sh"]
