// The ingest listener's route wrapper: what lib/http/route.ts does for `auth: "key"` (the key from
// Authorization or x-api-key, 401s, a NUL in a query value is a 400, every error mapped by
// lib/http/errors.ts), but over a framework-neutral request and returning a plain Reply, so the
// same handler serves Next's route file (`POST`, a Fetch Request in, a Response out) and the
// node:http ingest listener (`answer`, node's request in, written with res.writeHead/res.end by
// lib/runtime/ingest-listener.ts) without building a Fetch Request/Response per call (issue 17 §4).
//
// `cachedKey: true` (native ingest only) reads the key through authenticateKeyCached: the handler
// must pass `keyCheck` to the insert (ingestChecked in lib/ingest/http.ts), which refuses a revoked
// key in the writing statement itself. Before answering a 4xx other than 401/429 with a cached key,
// the key is looked up afresh, so a revoked key gets its 401 at once there too.
import { authenticateKey, authenticateKeyCached, cachedKey, forgetKey, keyFromHeaders } from "../auth/keys";
import { UnauthorizedError } from "../errors";
import { webBodyChunks, type HeaderReader } from "./body";
import { errorReply } from "./errors";
import { assertCleanJson } from "./json-guard";
import { toResponse, type Reply } from "./reply";
import { keyAuth, MISSING_KEY, UNKNOWN_KEY, type Auth } from "./route";

/** A request as the handlers read it, from either framework. */
export interface Incoming {
  /** the path and query as sent (only the query is read) */
  url: string;
  headers: HeaderReader;
  /** the body's chunks; a reader that stops early returns the iterator, which discards the rest */
  body: AsyncIterable<Uint8Array> | null;
}

export interface KeyHandlerArgs {
  req: Incoming;
  auth: Auth;
  /** forgets the cached lookup and authenticates again (401 when the key is gone) */
  reauthenticate: () => Promise<Auth>;
}

export interface KeyRoute {
  /** the listener's entry: never throws */
  answer(req: Incoming): Promise<Reply>;
  /** the route file's export */
  POST(req: Request): Promise<Response>;
}

export function keyRoute(opts: { cachedKey?: boolean; handler: (args: KeyHandlerArgs) => Promise<Reply> }): KeyRoute {
  const answer = async (req: Incoming): Promise<Reply> => {
    const state: KeyState = { secret: null, cached: false };
    try {
      const secret = (state.secret = keyFromHeaders(req.headers));
      if (!secret) throw new UnauthorizedError(MISSING_KEY);
      const found = opts.cachedKey
        ? (cachedKey(secret) ?? (await authenticateKeyCached(secret)))
        : { key: await authenticateKey(secret), cached: false };
      const auth = keyAuth(found.key);
      state.cached = found.cached;
      assertCleanQuery(req.url);
      // bound, not a closure: tsx's keepNames names each closure created (lib/runtime/ingest-listener.ts)
      return await opts.handler({ req, auth, reauthenticate: reauthenticate.bind(state) });
    } catch (err) {
      const reply = errorReply(err);
      // a 4xx that wrote nothing: re-check a cached key (not for a 429, which must stay cheap, nor a
      // 5xx, whose database is away: the lookup would only double the wait for the 503)
      const { secret } = state;
      if (state.cached && secret && reply.status >= 400 && reply.status < 500 && reply.status !== 401 && reply.status !== 429) {
        forgetKey(secret);
        if (!(await authenticateKey(secret).catch(() => "unknown" as const))) return errorReply(new UnauthorizedError(UNKNOWN_KEY));
      }
      return reply;
    }
  };
  return {
    answer,
    POST: async (req: Request) => toResponse(await answer({ url: req.url, headers: req.headers, body: webBodyChunks(req.body) })),
  };
}

/** A request's key: the secret sent, and whether its lookup came from the cache. */
interface KeyState {
  secret: string | null;
  cached: boolean;
}

/** KeyHandlerArgs.reauthenticate, bound to the request's KeyState. */
async function reauthenticate(this: KeyState): Promise<Auth> {
  const secret = this.secret!;
  forgetKey(secret);
  this.cached = false;
  return keyAuth(await authenticateKey(secret));
}

/** route()'s check: a NUL in a query value would reach PostgreSQL and fail there. */
function assertCleanQuery(url: string): void {
  const q = url.indexOf("?");
  if (q < 0) return;
  assertCleanJson(Object.fromEntries(new URLSearchParams(url.slice(q + 1))), ["query"]);
}
