FROM python:3.12-slim
WORKDIR /srv
# without a known context: requirements.txt is found in /srv only because src is
# a folder, copied with the sources it holds
# expect: CA002 "COPY src (line 6) before `pip install`"
COPY src .
RUN pip install -r ./requirements.txt
CMD ["python", "main.py"]
