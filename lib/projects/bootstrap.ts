// First start (SPEC §2.3, §6): the default project, its ingest key (BATON_INGEST_KEY or a new
// one printed once) and the first admin user (BATON_ADMIN_EMAIL/PASSWORD or generated).
import crypto from "node:crypto";
import { pool } from "../db/pool";
import { createApiKey, hashKey } from "../auth/keys";
import { hashPassword } from "../auth/passwords";

export const DEFAULT_PROJECT_ID = "default";

export interface BootstrapResult {
  projectId: string;
  /** set only when a key was created now: the one time it is shown */
  newKey?: string;
  /** set only when the admin was created now */
  newAdmin?: { email: string; password: string };
}

export async function bootstrap(opts: {
  ingestKey?: string;
  adminEmail?: string;
  adminPassword?: string;
}): Promise<BootstrapResult> {
  const db = pool();
  const out: BootstrapResult = { projectId: DEFAULT_PROJECT_ID };
  await db.query(`INSERT INTO projects (id, name) VALUES ($1, 'Default project') ON CONFLICT (id) DO NOTHING`, [
    DEFAULT_PROJECT_ID,
  ]);
  if (opts.ingestKey) {
    const { rowCount } = await db.query(`SELECT 1 FROM api_keys WHERE hash = $1`, [hashKey(opts.ingestKey)]);
    if (!rowCount) await createApiKey({ projectId: DEFAULT_PROJECT_ID, name: "BATON_INGEST_KEY", secret: opts.ingestKey });
  } else {
    const { rowCount } = await db.query(`SELECT 1 FROM api_keys WHERE project_id = $1`, [DEFAULT_PROJECT_ID]);
    if (!rowCount) out.newKey = (await createApiKey({ projectId: DEFAULT_PROJECT_ID, name: "default" })).secret;
  }
  const { rowCount: users } = await db.query(`SELECT 1 FROM users LIMIT 1`);
  if (!users) {
    const email = opts.adminEmail ?? "admin@baton.local";
    const password = opts.adminPassword ?? crypto.randomBytes(9).toString("base64url");
    const id = `usr_${crypto.randomBytes(9).toString("base64url")}`;
    await db.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Admin', $3)`, [
      id,
      email.toLowerCase(),
      await hashPassword(password),
    ]);
    await db.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'admin')`, [
      DEFAULT_PROJECT_ID,
      id,
    ]);
    out.newAdmin = { email, password };
  }
  return out;
}
