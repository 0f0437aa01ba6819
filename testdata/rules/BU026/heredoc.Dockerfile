# syntax=docker/dockerfile:1
FROM debian:12
# A RUN whose script is a heredoc: the fix edits the word in the body, not
# the "<<EOT" of the RUN line (it once became "RUN apt-getOT")
# expect(+2): BU026
RUN <<EOT
apt update
apt-get install -y --no-install-recommends curl
EOT
# with <<- the body's tabs are stripped, so the offsets do not map: the finding
# falls back to the RUN keyword and gets no fix
# expect: BU026
RUN <<-EOT
	apt update
	EOT
