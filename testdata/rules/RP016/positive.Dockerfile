FROM composer:2.8
# expect: RP016 "laravel/installer"
RUN composer global require laravel/installer
# expect: RP016
ONBUILD RUN composer require monolog/monolog
