// First start (SPEC §2.3, §6): the default project, its ingest key (BATON_INGEST_KEY or a new
// one printed once) and the first admin user (BATON_ADMIN_EMAIL/PASSWORD or generated).
import crypto from "node:crypto";
import { db } from "../db/client";
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
  const out: BootstrapResult = { projectId: DEFAULT_PROJECT_ID };
  await db().project.createMany({ data: [{ id: DEFAULT_PROJECT_ID, name: "Default project" }], skipDuplicates: true });
  if (opts.ingestKey) {
    const known = await db().apiKey.findUnique({ where: { hash: hashKey(opts.ingestKey) }, select: { id: true } });
    if (!known) await createApiKey({ projectId: DEFAULT_PROJECT_ID, name: "BATON_INGEST_KEY", secret: opts.ingestKey });
  } else {
    const any = await db().apiKey.findFirst({ where: { projectId: DEFAULT_PROJECT_ID }, select: { id: true } });
    if (!any) out.newKey = (await createApiKey({ projectId: DEFAULT_PROJECT_ID, name: "default" })).secret;
  }
  const users = await db().user.findFirst({ select: { id: true } });
  if (!users) {
    const email = opts.adminEmail ?? "admin@baton.local";
    const password = opts.adminPassword ?? crypto.randomBytes(9).toString("base64url");
    const id = `usr_${crypto.randomBytes(9).toString("base64url")}`;
    await db().user.create({
      data: { id, email: email.toLowerCase(), name: "Admin", passwordHash: await hashPassword(password), memberships: { create: { projectId: DEFAULT_PROJECT_ID, role: "admin" } } },
    });
    out.newAdmin = { email, password };
  }
  return out;
}
