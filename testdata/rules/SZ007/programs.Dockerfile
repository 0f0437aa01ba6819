FROM mcr.microsoft.com/azurelinux/base/core:3.0
# tdnf keeps its metadata in its own cache directory
# expect: SZ007 "tdnf's cache stays in this layer; end the RUN with && tdnf clean all (or mount a cache on /var/cache/tdnf)"
RUN tdnf install -y ca-certificates
RUN tdnf install -y tar && tdnf clean all
# microdnf keeps yum's directory
# expect: SZ007 "(or mount a cache on /var/cache/yum)"
RUN microdnf install -y gzip
