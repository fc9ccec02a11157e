import { describe, expect, it } from "vitest";
import { requestBaseUrl } from "./base-url";

const h = (init: Record<string, string>) => new Headers(init);

describe("requestBaseUrl", () => {
  it("ignores a client's own X-Forwarded-Proto when no proxy is trusted", () => {
    expect(requestBaseUrl(h({ host: "baton.example:3000", "x-forwarded-proto": "https" }), 0)).toBe("http://baton.example:3000");
  });
  it("near miss: https when the trusted proxy says so", () => {
    expect(requestBaseUrl(h({ host: "baton.example", "x-forwarded-proto": "https" }), 1)).toBe("https://baton.example");
  });
  it("takes the entry the trusted proxy appended, not the client's claim to its left", () => {
    expect(requestBaseUrl(h({ host: "baton.example", "x-forwarded-proto": "https, http" }), 1)).toBe("http://baton.example");
    expect(requestBaseUrl(h({ host: "baton.example", "x-forwarded-proto": "http, https" }), 1)).toBe("https://baton.example");
  });
  it("falls back to localhost:3000 without a Host header", () => {
    expect(requestBaseUrl(h({}), 0)).toBe("http://localhost:3000");
  });
});
