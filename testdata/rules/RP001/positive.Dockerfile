# expect: RP001 "no tag"
FROM ubuntu
