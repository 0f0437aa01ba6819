# expect: RP001 "no tag"
FROM ubuntu
# the namespace is kept in the message
# expect: RP001 "centos/app has no tag"
FROM centos/app
# a Windows image is tagged by release
# expect: RP001 "tagged by release"
FROM mcr.microsoft.com/windows/servercore
