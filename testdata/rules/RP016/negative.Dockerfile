FROM composer:2.8
RUN composer global require laravel/installer:^5.8 && composer install --no-dev
