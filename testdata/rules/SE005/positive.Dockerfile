FROM node:22-slim
# expect: SE005
USER node
