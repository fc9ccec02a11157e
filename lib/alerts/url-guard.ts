// Webhook targets must not reach loopback, private, link-local, ULA, multicast or unspecified
// addresses unless the operator allows it (BATON_WEBHOOK_ALLOW_PRIVATE=1). The host is resolved
// and EVERY address checked, and the connection is made to the checked address (a custom
// lookup), so DNS rebinding between check and connect cannot redirect the request.
import dns from "node:dns";
import net from "node:net";

export function isPrivateAddress(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split(".").map(Number);
    return (
      a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224
    );
  }
  const v = ip.toLowerCase();
  if (v === "::" || v === "::1") return true;
  if (v.startsWith("::ffff:")) return isPrivateAddress(v.slice(7));
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(v);
}

export class BlockedTargetError extends Error {}

/** A dns.lookup replacement that refuses private targets (all resolved addresses are checked). */
export function guardedLookup(allowPrivate: boolean): typeof dns.lookup {
  return ((hostname: string, options: dns.LookupOptions, callback: (err: Error | null, address: string | dns.LookupAddress[], family?: number) => void) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = addresses as dns.LookupAddress[];
      if (!list.length) return callback(new Error(`${hostname} did not resolve`), "", 0);
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) {
        return callback(new BlockedTargetError(`refusing ${hostname}: resolves to a private address (${bad.address}); set BATON_WEBHOOK_ALLOW_PRIVATE=1 to allow`), "", 0);
      }
      if (options?.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  }) as typeof dns.lookup;
}
