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
# web: migrations (idempotent, advisory-locked) then `next start`; the worker role overrides CMD.
CMD ["sh", "-c", "npx tsx scripts/migrate.ts && npx next start -p ${PORT:-3000}"]
