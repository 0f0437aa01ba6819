FROM alpine:3.20
# expect: ST018
run echo hello
CMD ["sh"]
