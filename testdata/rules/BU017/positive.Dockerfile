ARG VARIANT
# expect: BU017 "no default for VARIANT"
FROM node:${VARIANT}

