# expect: BU025
FROM nginx:1.27
