# expect: RP002
FROM node:latest
