import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** 200 when the database answers through the data layer (Prisma on the shared pool), 503 otherwise
 *  (for compose and load-balancer checks). The body is for anyone who can reach the port, so it says
 *  what is wrong but never the driver's message (which can name the host, port and user); that goes
 *  to the server log. */
export async function GET(): Promise<Response> {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok" });
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    console.error(`[health] database check failed: ${message}`);
    const reason = /timeout/i.test(message) ? "timeout" : "unreachable";
    return Response.json({ status: "degraded", database: "unavailable", reason }, { status: 503, headers: { "Retry-After": "5" } });
  }
}
