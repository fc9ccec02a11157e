// The one wrapper around every App Router API handler: authenticates (key, session, or either),
// parses params/query/body with zod, calls the handler, and maps every error to its response.
import { z } from "zod";
import { authenticateKey, keyFromHeaders, type KeyContext } from "../auth/keys";
import { pickProject, userProjects } from "../auth/memberships";
import type { Role } from "../auth/permissions";
import { getSessionUser, PROJECT_COOKIE, readCookie, SESSION_COOKIE, type SessionUser } from "../auth/sessions";
import { ForbiddenError, UnauthorizedError, ValidationError, zodIssues } from "../errors";
import { parseJson, readBody, requireContentType } from "./body";
import { assertCleanJson, type GuardOptions } from "./json-guard";
import { Text } from "./params";
import { isSameOrigin } from "./same-origin";
import { errorResponse } from "./errors";

export type AuthMode = "none" | "key" | "session" | "key-or-session";

export interface Auth {
  projectId: string;
  key?: KeyContext;
  user?: SessionUser;
  /** the user's role in the project; a project key counts as a member (edits, cannot manage users) */
  role: Role;
}

interface RouteOptions<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, A extends AuthMode> {
  auth: A;
  params?: P;
  query?: Q;
  body?: B;
  /** permission predicate from lib/auth/permissions.ts (canEditProject …); 403 when it says no */
  allow?: (role: Role) => boolean;
  /** JSON body limit in bytes (after decompression) */
  maxBodyBytes?: number;
  /** what parseJson checks of the whole body (default: depth and every string) */
  bodyGuard?: GuardOptions;
  handler: (args: {
    req: Request;
    auth: A extends "none" ? null : Auth;
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
  }) => Promise<unknown>;
}

const DEFAULT_MAX_BODY = 1024 * 1024;

export function route<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
  A extends AuthMode = AuthMode,
>(opts: RouteOptions<P, Q, B, A>) {
  return async (req: Request, ctx?: { params?: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      const auth = opts.auth === "none" ? null : await authenticate(req, opts.auth);
      if (auth && opts.allow && !opts.allow(auth.role)) throw new ForbiddenError(`your role (${auth.role}) cannot do this in this project`);
      const rawParams = (await ctx?.params) ?? {};
      const rawQuery = Object.fromEntries(new URL(req.url).searchParams);
      // a NUL in a path segment or query value would reach PostgreSQL and fail there
      assertCleanJson(rawParams, ["params"]);
      assertCleanJson(rawQuery, ["query"]);
      const params = parse(opts.params, rawParams, "params");
      const query = parse(opts.query, rawQuery, "query");
      let body: unknown = undefined;
      if (opts.body) {
        requireContentType(req, ["application/json"]);
        body = parse(opts.body, parseJson(await readBody(req, opts.maxBodyBytes ?? DEFAULT_MAX_BODY), opts.bodyGuard), "body");
      }
      const out = await opts.handler({ req, auth: auth as never, params, query, body: body as never });
      if (out instanceof Response) return out;
      if (out === undefined) return new Response(null, { status: 204 });
      return Response.json(out);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

function parse<T extends z.ZodType | undefined>(schema: T, value: unknown, where: string) {
  if (!schema) return value as never;
  const res = schema.safeParse(value);
  if (!res.success) {
    const issues = zodIssues(res.error.issues, [where]);
    throw new ValidationError(`invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
  }
  return res.data as never;
}

export const MISSING_KEY = "missing API key (Authorization: Bearer <key>)";
export const UNKNOWN_KEY = "unknown or revoked API key";

/** The caller an ingest key speaks for; 401 when the key is unknown or revoked (route() and keyRoute()). */
export function keyAuth(key: KeyContext | null): Auth {
  if (!key) throw new UnauthorizedError(UNKNOWN_KEY);
  return { projectId: key.projectId, key, role: "member" };
}

/** Resolves who is calling. Ingest-style "key" auth never looks at cookies (SPEC §8). */
export async function authenticate(req: Request, mode: Exclude<AuthMode, "none">): Promise<Auth> {
  const secret = keyFromHeaders(req.headers);
  if (secret && mode !== "session") return keyAuth(await authenticateKey(secret));
  if (mode === "key") throw new UnauthorizedError(MISSING_KEY);
  const cookies = req.headers.get("cookie");
  const user = await getSessionUser(readCookie(cookies, SESSION_COOKIE));
  if (!user) throw new UnauthorizedError(secret ? "this endpoint needs a logged-in session" : "log in or send an API key");
  if (req.method !== "GET" && req.method !== "HEAD" && !isSameOrigin(req)) {
    throw new ForbiddenError("cross-origin request refused");
  }
  const wanted = req.headers.get("x-baton-project") ?? new URL(req.url).searchParams.get("projectId") ?? readCookie(cookies, PROJECT_COOKIE);
  if (wanted) parse(z.object({ projectId: Text(64) }), { projectId: wanted }, "project");
  const project = pickProject(await userProjects(user.id), wanted);
  if (!project) throw new ForbiddenError(wanted ? "you are not a member of that project" : "you are not a member of any project");
  return { projectId: project.id, user, role: project.role };
}
