FROM debian:12
# expect: BU013 "if curl fails, this pipe's exit status is still sh's"
RUN curl -fsSL https://example.com/install.sh | sh
# expect: BU013 "if find fails, this pipe's exit status is still xargs's"
RUN find /usr/local -name '*.so' | sort -u | xargs -r ldd
FROM alpine:3.20
# expect: BU013 "SHELL ["/bin/ash""
RUN find /usr/local/lib -name '*.so' | sort > /usr/local/lib/manifest.txt
# rm -f with no operand succeeds, so an empty stream passes
# expect: BU013 "if find fails, this pipe's exit status is still xargs's"
RUN find /opt/sdk -name '*.nupkg' | xargs rm -f
# -r (--no-run-if-empty) runs nothing on an empty stream
# expect: BU013 "if find fails, this pipe's exit status is still xargs's"
RUN find /opt/sdk -name '*.pdb' | xargs -r rm
# -r in a group with -0
# expect: BU013 "if find fails, this pipe's exit status is still xargs's"
RUN find /opt/sdk -name '*.pdb' -print0 | xargs -0r rm
