// Which network addresses Baton may send outbound requests to (alert webhooks, project-set LLM
// judges): public unicast only, unless the operator opts in (BATON_WEBHOOK_ALLOW_PRIVATE,
// BATON_JUDGE_ALLOW_PRIVATE). Blocked: IANA special-purpose IPv4 ranges (this network, private,
// shared CGNAT, loopback, link-local, IETF/documentation/benchmarking, 6to4 relay, multicast,
// reserved, broadcast) and every IPv6 address outside global unicast 2000::/3 plus the special
// ranges inside it. IPv6 forms that embed an IPv4 address (mapped ::ffff:a.b.c.d in any
// spelling, SIIT ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by that IPv4
// address. Two checks use the same classifier: a literal-IP URL is refused before anything is sent
// (and, with localhost names, when a rule or setting is saved), and a host name is resolved by a
// custom lookup that refuses it if ANY of its addresses is blocked, so the socket connects only
// to a checked address (no DNS rebinding between check and connect).
import dns from "node:dns";
import net from "node:net";

const BLOCKED = new net.BlockList();
for (const [range, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15],
  ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) BLOCKED.addSubnet(range, bits, "ipv4");
// Inside 2000::/3: IETF protocol assignments (Teredo 2001::/32, benchmarking, ORCHID) and documentation.
for (const [range, bits] of [["2001::", 23], ["2001:db8::", 32], ["3fff::", 20]] as const) BLOCKED.addSubnet(range, bits, "ipv6");

/** The eight 16-bit groups of an IPv6 address in any valid spelling (zone id ignored), else null. */
function ipv6Groups(ip: string): number[] | null {
  let s = ip.toLowerCase().replace(/%.*$/, "");
  if (!net.isIPv6(s)) return null;
  const dotted = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(2).map(Number);
    s = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.includes("::") ? s.split("::") : [s, undefined];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array<string>(8 - h.length - t.length).fill("0");
  return [...h, ...fill, ...t].map((x) => parseInt(x, 16));
}

const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** The IPv4 address an IPv6 address stands for (mapped, SIIT-translated, NAT64, 6to4), else null. */
function embeddedIPv4(g: number[]): string | null {
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && g[5] === 0xffff) return v4(g[6], g[7]); // ::ffff:a.b.c.d
  if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) return v4(g[6], g[7]); // ::ffff:0:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return v4(g[6], g[7]); // 64:ff9b::a.b.c.d
  if (g[0] === 0x2002) return v4(g[1], g[2]); // 2002:aabb:ccdd::/48
  return null;
}

/** True when `ip` (an IPv4 or IPv6 literal) must not be the target of an outbound request. */
export function isPrivateAddress(ip: string): boolean {
  if (net.isIPv4(ip)) return BLOCKED.check(ip, "ipv4");
  const g = ipv6Groups(ip);
  if (!g) return true; // not an address we understand: refuse
  const inner = embeddedIPv4(g);
  if (inner) return BLOCKED.check(inner, "ipv4");
  if ((g[0] & 0xe000) !== 0x2000) return true; // outside global unicast: ::, ::1, ::/96, ULA, link/site-local, multicast, 64:ff9b:1::/48, 100::/64
  return BLOCKED.check(g.map((x) => x.toString(16)).join(":"), "ipv6");
}

export interface GuardOptions {
  allowPrivate: boolean;
  /** the env var that lifts the guard, named in every refusal */
  setting: string;
}

export class BlockedTargetError extends Error {}

const refusal = (what: string, why: string, o: GuardOptions) => `refusing ${what}: ${why}; set ${o.setting}=1 to allow`;

/**
 * Why `url` may not be used as an outbound target, or null if it may: the scheme, and a host that
 * is an IP literal in any spelling the URL parser normalises (2130706433, 0x7f.1, 127.1,
 * [::ffff:7f00:1]). Checked before every request because a literal never reaches the lookup.
 */
export function targetProblem(url: string, o: GuardOptions): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "invalid URL";
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return "must be an http(s) URL";
  const host = u.hostname.replace(/^\[|\]$/g, "");
  if (!o.allowPrivate && net.isIP(host) && isPrivateAddress(host)) return refusal(u.hostname, "a private address (loopback, private or reserved range)", o);
  return null;
}

/**
 * targetProblem, plus localhost names (RFC 6761: always loopback), for a URL being saved: the
 * user learns at once instead of at the first delivery. Other names are judged when resolved.
 */
export function configuredTargetProblem(url: string, o: GuardOptions): string | null {
  const problem = targetProblem(url, o);
  if (problem || o.allowPrivate) return problem;
  const host = new URL(url).hostname.replace(/\.$/, "");
  return host === "localhost" || host.endsWith(".localhost") ? refusal(host, "a loopback name", o) : null;
}

/** A dns.lookup replacement for http(s).request that refuses a host if any of its addresses is blocked. */
export function guardedLookup(o: GuardOptions): typeof dns.lookup {
  return ((hostname: string, options: dns.LookupOptions | ((...a: unknown[]) => void), callback?: (err: Error | null, address: string | dns.LookupAddress[], family?: number) => void) => {
    const opts = typeof options === "function" ? {} : options;
    const cb = (typeof options === "function" ? options : callback)!;
    dns.lookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return cb(err, "", 0);
      const list = addresses as dns.LookupAddress[];
      if (!list.length) return cb(new Error(`${hostname} did not resolve`), "", 0);
      const bad = list.find((a) => isPrivateAddress(a.address));
      // The address itself is not named: the refusal reaches project users (test button, delivery
      // history), who must not learn how internal names resolve.
      if (bad && !o.allowPrivate) return cb(new BlockedTargetError(refusal(hostname, "resolves to a private address", o)), "", 0);
      if (opts.all) return cb(null, list);
      cb(null, list[0].address, list[0].family);
    });
  }) as typeof dns.lookup;
}
