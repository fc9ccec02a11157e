#!/bin/sh
# The Prisma CLI wants a schema engine binary it cannot download offline; `prisma generate`
# never calls it, so this stub satisfies the lookup. Migrations are applied by lib/db/migrate.ts.
echo "baton: the Prisma schema engine is not used; run 'npm run migrate'" >&2
exit 1
