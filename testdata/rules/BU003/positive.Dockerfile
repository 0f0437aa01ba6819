FROM python:3.12-slim
CMD ["python", "-m", "http.server"]
HEALTHCHECK CMD ["true"]
# expect: BU003 "the CMD on line 2 has no effect"
CMD ["gunicorn", "app:app"]
# expect: BU003 "HEALTHCHECK"
HEALTHCHECK NONE
