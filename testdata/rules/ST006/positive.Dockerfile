FROM alpine:3.20
# expect: ST006 "characters"
LABEL build_date=2024-01-01
# expect: ST006 "reserved"
LABEL com.docker.feature=x
