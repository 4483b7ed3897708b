# The course as a container: built on Node 24, served by nginx with deploy/nginx/isolation-lab.conf at /course/.
#   docker build -t isolation-lab .
#   docker run --rm -p 8080:80 isolation-lab      # http://localhost:8080/course/

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm ci` fails on this lockfile (see README); `npm install` honours it.
RUN npm install --no-audit --no-fund
COPY . .
# Diagrams come from the committed render cache (src/diagrams/cache/), so the build needs no browser.
ENV BASE_PATH=/course/
RUN npm run build

FROM nginx:1.28-alpine
# The image's own conf.d/default.conf is replaced: this server block is the only site.
COPY deploy/nginx/isolation-lab.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /srv/isolation-lab/course
EXPOSE 80
