# expect: RP013
FROM --platform=linux/amd64 golang:1.23 AS build
