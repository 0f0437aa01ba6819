# escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
RUN echo one `
    # a comment inside the continuation
    two
COPY <<EOF C:\app\config.txt
line one
EOF
RUN <<-EOT
	echo chomped
	EOT
CMD ["cmd", "/c", "echo done"]