// Prisma CLI config. DATABASE_URL is optional here: `prisma generate` needs no database, and the
// schema is migrated by our own runner (lib/db/migrate.ts), not `prisma migrate`.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/baton" },
});
