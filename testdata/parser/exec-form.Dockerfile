FROM alpine
CMD ["nginx", "-g", "daemon off;"]
ENTRYPOINT [ "/bin/sh", "-c" ]
RUN ['single', 'quotes'] fall back to shell form
CMD ["unterminated"
CMD []
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN ["echo", "\u00e9 \"quoted\" \\ back"]
COPY ["with space.txt", "/dst/with space.txt"]
VOLUME ["/data", "/logs"]
CMD ["nested", ["array"]]
SHELL /bin/bash -c
