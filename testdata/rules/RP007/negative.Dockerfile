FROM ruby:3.3
RUN gem install bundler:2.5.22
RUN gem install rails -v 7.2.1
