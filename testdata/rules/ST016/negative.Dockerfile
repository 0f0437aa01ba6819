FROM alpine:3.20 AS build
from alpine:3.20 as test
