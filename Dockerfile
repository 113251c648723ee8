# syntax=docker/dockerfile:1
# Parley: one image for all five services and the topic-provisioning tool.
#
#   docker build -t parley:latest .
#   docker run --rm parley:latest                                   # ingress (the default CMD)
#   docker run --rm parley:latest dist/apps/keyword-router/src/main.js
#   docker run --rm parley:latest dist/tools/platform/provision-topics.js
#
# ENTRYPOINT is `node`; docker-compose.yml (`command:`) and k8s/ (`args:`) pick what it runs.
# See docs/deploy.md.

# --- deps: every dependency (dev included: the build needs SWC), from the lock file only, so this
# layer is cached until package.json / package-lock.json change.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build: compile apps/, libs/ and tools/ to dist/ (plain CommonJS, see tools/build.js).
FROM deps AS build
COPY . .
RUN npm run build

# --- runtime: production dependencies + dist/ only, run as the image's unprivileged `node` user.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Files stay owned by root (read-only for the service), so the container also runs with a read-only
# root filesystem. 1000:1000 is the `node` user of the base image; numeric so that Kubernetes'
# runAsNonRoot can verify it.
USER 1000:1000
# Default HTTP ports: ingress 3000, keyword-router 3001, subscription 3002, mt-dispatcher 3003,
# provider-adapter 3004 (HTTP_PORT overrides).
EXPOSE 3000-3004
# Services stop gracefully on SIGTERM within SHUTDOWN_TIMEOUT_MS (default 15 s).
STOPSIGNAL SIGTERM
ENTRYPOINT ["node"]
CMD ["dist/apps/ingress/src/main.js"]
