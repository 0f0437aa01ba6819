FROM node:22-slim
# expect: SE005
USER node

# a stage on a Linux image after a Windows one is still checked
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
USER appuser
FROM debian:bookworm-slim
# expect: SE005
USER appuser
FROM debian:bookworm-slim AS created
RUN useradd --uid 10001 --create-home app
# expect: SE005 "this file creates app with UID 10001, so write USER 10001"
USER app
