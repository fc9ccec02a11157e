"use client";
// Chooses the one time zone every dashboard time is shown in (UTC by default): kept in a cookie so
// server-rendered pages use it too (lib/dashboard/timezone.ts).
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { DEFAULT_TZ, TZ_COOKIE } from "@/lib/dashboard/timezone";

const COMMON = ["UTC", "America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Paris", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney"];

export function TimeZonePicker({ tz = DEFAULT_TZ }: { tz?: string }) {
  const router = useRouter();
  // the device's zone is only known in the browser: added after hydration, so server and client render the same list first
  const [local, setLocal] = useState(DEFAULT_TZ);
  useEffect(() => setLocal(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const zones = [...new Set([tz, ...COMMON, local])];
  return (
    <select
      aria-label="Time zone"
      title="Time zone for every time shown"
      className="input w-auto py-1"
      value={tz}
      onChange={(e) => {
        document.cookie = `${TZ_COOKIE}=${encodeURIComponent(e.target.value)}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
    >
      {zones.map((z) => (
        <option key={z} value={z}>{z === local && z !== "UTC" ? `${z} (this device)` : z}</option>
      ))}
    </select>
  );
}
