FROM scratch AS rootfs
ENV PLUGIN_DIR=/usr/lib/plugins
COPY plugins $PLUGIN_DIR/

# built on a stage whose ENV is all in this file (its root is scratch): a name no ARG or ENV sets is empty
FROM rootfs AS release
# expect: BU015 "$THEME_DIR is not defined by any ARG or ENV before this COPY"
COPY themes /usr/share/$THEME_DIR/
WORKDIR $PLUGIN_DIR

FROM debian:12-slim AS runtime
ENV DATA_DIR=/var/lib/app

# built on a stage whose root is an image: the image's ENV is not known, so an unknown name may be the image's
FROM runtime
COPY seed $DATA_DIR/$SEED_SUBDIR/
