FROM base/busybox:1
SHELL ["/bin/ash", "-c"]
COPY a.txt /a.txt
RUN cat /a.txt > /b.txt
