// The forwarded headers are believed only as far as BATON_TRUST_PROXY allows: a client that talks
// to Baton directly cannot claim HTTPS (Secure cookies) nor another address.
import { describe, expect, it } from "vitest";
import { forwardedEntry, isHttpsRequest } from "./client-ip";

const h = (proto?: string) => new Headers(proto === undefined ? {} : { "x-forwarded-proto": proto });

describe("isHttpsRequest", () => {
  it("believes X-Forwarded-Proto from a trusted proxy", () => {
    expect(isHttpsRequest(h("https"), 1)).toBe(true);
    expect(isHttpsRequest(h("HTTPS"), 1)).toBe(true);
    // two proxies that append: the outer one (second from the right) saw the client's scheme
    expect(isHttpsRequest(h("https, http"), 2)).toBe(true);
  });

  it("failure case: without a trusted proxy a client-sent X-Forwarded-Proto: https is ignored", () => {
    expect(isHttpsRequest(h("https"), 0)).toBe(false);
  });

  it("near miss: behind one proxy, a client's claim left of the proxy's own entry is ignored", () => {
    expect(isHttpsRequest(h("https, http"), 1)).toBe(false);
    expect(isHttpsRequest(h("http"), 1)).toBe(false);
    expect(isHttpsRequest(h(), 1)).toBe(false);
  });
});

describe("forwardedEntry", () => {
  it("takes the Nth entry from the right, the leftmost when the chain is shorter", () => {
    expect(forwardedEntry("1.1.1.1, 2.2.2.2, 3.3.3.3", 1)).toBe("3.3.3.3");
    expect(forwardedEntry("1.1.1.1, 2.2.2.2, 3.3.3.3", 2)).toBe("2.2.2.2");
    expect(forwardedEntry("2.2.2.2", 3)).toBe("2.2.2.2");
  });
  it("near miss: nothing when no proxy is trusted or the header is empty", () => {
    expect(forwardedEntry("1.1.1.1", 0)).toBeNull();
    expect(forwardedEntry(" , ", 1)).toBeNull();
    expect(forwardedEntry(null, 1)).toBeNull();
  });
});
