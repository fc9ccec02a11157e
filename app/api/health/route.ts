import { pool } from "@/lib/db/pool";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 otherwise (for compose and load-balancer checks). */
export async function GET(): Promise<Response> {
  try {
    await pool().query("SELECT 1");
    return Response.json({ status: "ok", database: "ok" });
  } catch (err) {
    return Response.json(
      { status: "degraded", database: "unavailable", error: (err as Error).message },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
}
