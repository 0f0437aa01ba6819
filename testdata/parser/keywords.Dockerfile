from alpine as Build
Run echo mixed case
run echo lower
  WORKDIR /indented
copy . /src
FORM typo
BOGUS with args here
