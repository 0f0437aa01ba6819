# a template placeholder left as the default: it has a default, one BuildKit cannot expand
ARG VARIANT=${templateOption:imageVariant}
# expect: BU017 "the default of ARG VARIANT=${templateOption:imageVariant} is not a variable BuildKit can expand"
FROM mcr.microsoft.com/devcontainers/ruby:${VARIANT}
