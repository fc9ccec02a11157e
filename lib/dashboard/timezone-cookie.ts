// The viewer's chosen time zone, read from its cookie on the server (lib/dashboard/timezone.ts owns the rules).
import { cookies } from "next/headers";
import { timeZoneOr, TZ_COOKIE } from "./timezone";

export async function getTimeZone(): Promise<string> {
  return timeZoneOr((await cookies()).get(TZ_COOKIE)?.value);
}
