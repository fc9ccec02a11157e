// POST /api/v1/login {email, password}: the login form's verb for scripts and tests. Sets the
// session cookie; 401 for wrong credentials, 429 with Retry-After while throttled.
import { z } from "zod";
import { logIn } from "@/lib/auth/login";
import { sessionCookie } from "@/lib/auth/sessions";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { clientIp, isHttpsRequest } from "@/lib/http/client-ip";
import { route } from "@/lib/http/route";
import { isSameOrigin } from "@/lib/http/same-origin";

const Credentials = z.object({ email: z.string().trim().max(320), password: z.string().min(1).max(1024) });

export const POST = route({
  auth: "none",
  body: Credentials,
  handler: async ({ req, body }) => {
    // A cross-site page must not log the victim's browser into an attacker's account.
    if (!isSameOrigin(req)) throw new ForbiddenError("cross-origin request refused");
    const session = await logIn({ ...body, ip: clientIp(req.headers) });
    if (!session) throw new UnauthorizedError("wrong email or password");
    return Response.json(
      { expiresAt: session.expiresAt.toISOString() },
      { headers: { "set-cookie": sessionCookie(session.token, session.expiresAt, isHttpsRequest(req.headers)) } },
    );
  },
});
