FROM golang:1.23
WORKDIR /src
RUN go build ./...
# a cd in the middle of a build script: WORKDIR cannot do it without splitting the RUN
RUN set -eux; \
	mkdir -p /usr/src; \
	cd /usr/src; \
	curl -fsSL -o app.tar.gz "https://example.org/app.tar.gz"; \
	tar -xzf app.tar.gz; \
	cd app; \
	make install; \
	cd /; \
	rm -rf /usr/src/app
# a cd inside a subshell is scoped on purpose
RUN git clone --depth 1 https://example.org/tool.git /tmp/tool \
	&& ( cd /tmp/tool && make && make install ) \
	&& rm -rf /tmp/tool
RUN ( cd "$(mktemp -d)" && curl -fsSLO https://example.org/x.tgz && tar xzf x.tgz )
# a directory this RUN deletes: WORKDIR would leave the image in a removed directory
RUN cd /tmp/build && make && cd / && rm -rf /tmp/build
# leaving a directory
RUN cd / && rm -rf /opt/cache
RUN cd .. && ls
# a cd in a condition or in sh -c
RUN if cd /opt/app; then make; fi
RUN sh -c 'cd /opt/app && make'
# scratch space, and a string operation on a variable
RUN cd /tmp && curl -fsSLO https://example.org/x.tar.xz && tar xf x.tar.xz -C /opt
RUN set -eux; cd "${PHP_INI_DIR%/php}"; cp -v php-fpm.conf.default php-fpm.conf
