FROM node:22-slim
# expect: SE005
USER node

# a stage on a Linux image after a Windows one is still checked
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
USER appuser
FROM debian:bookworm-slim
# expect: SE005
USER appuser
