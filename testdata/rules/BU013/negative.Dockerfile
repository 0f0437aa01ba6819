FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt

FROM debian:12
RUN set -o pipefail && curl -fsSL https://example.com/t.tgz | tar -xz
RUN echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  t.tgz" | sha256sum -c -
# a pipe as a condition picks a branch; it passes no broken result on
RUN if dpkg -l | grep -q libssl; then apt-get purge -y libssl-dev; fi
RUN while ps aux | grep -q '[d]pkg'; do sleep 1; done
# an empty or cut stream fails the checksum check
RUN curl -fsSL https://example.com/SHA256SUMS | grep " tool.tgz\$" | sha256sum -c -
# the last command fails on an empty or cut stream, so a failed download surfaces
RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt
RUN wget -qO- https://example.com/key.asc | apt-key add -
RUN iptables --version | grep legacy
RUN curl -fsSL https://example.com/x.gz | gunzip > /usr/local/bin/x
# xargs without -r runs its command once on an empty stream, and rm, chmod and apt-mark fail with no operand
RUN find /opt/sdk -print | grep -i '[.]nupkg$' | xargs rm
RUN apt-mark showmanual | xargs apt-mark auto > /dev/null
RUN find /opt/sdk/bin -type f | xargs -n 1 chmod 0755
