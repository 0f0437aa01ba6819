FROM alpine
HEALTHCHECK NONE
HEALTHCHECK CMD wget -q -O- http://localhost:8080/health || exit 1
HEALTHCHECK --interval=5s CMD ["/healthcheck", "--quiet"]
HEALTHCHECK CONNECT tcp 80
HEALTHCHECK NONE extra
HEALTHCHECK
HEALTHCHECK --interval=5s --intervl=1s NONE
HEALTHCHECK --intervl=5s CMD ["true"]
HEALTHCHECK --intervl=5s none
