# A line a continuation did not reach (a lost backslash, a CRLF the lexer
# did not join) is an unknown instruction, a syntax error (BU000): it neither
# votes on the casing nor gets re-cased ("Write APT-GET" would be wrong).
FROM debian:12
RUN apt-get update
apt-get install -y curl
cd /app
# expect: ST018
run echo hi
