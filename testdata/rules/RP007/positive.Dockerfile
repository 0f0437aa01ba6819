FROM ruby:3.3
# expect: RP007 "bundler"
RUN gem install bundler
# expect: RP007
ONBUILD RUN gem install rails
