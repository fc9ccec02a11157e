# Baton image: one image, two roles (web and worker), chosen by the compose command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-engine-stub.sh scripts/
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=build /app /app
EXPOSE 3000
# web: migrations (idempotent, advisory-locked) then the web process (lib/runtime/web-server.ts:
# Next behind the ingest listener; `exec` so it receives the container's SIGTERM and stops
# gracefully); the worker role overrides CMD.
CMD ["sh", "-c", "npx tsx scripts/migrate.ts && exec node --import tsx lib/runtime/web-server.ts ${PORT:-3000} 0.0.0.0"]
