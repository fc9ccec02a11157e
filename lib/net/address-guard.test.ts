// The outbound address guard: every blocked form (IPv4 ranges, IPv6 ranges, IPv6 forms embedding
// an IPv4 address, URL spellings the parser normalises) and the public near misses next to them.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configuredTargetProblem, guardedLookup, isPrivateAddress, targetProblem } from "./address-guard";
import { postJson } from "./post-json";

const classify = (list: string[]) => list.map((ip) => [ip, isPrivateAddress(ip)]);

describe("isPrivateAddress", () => {
  it("blocks IPv4 special-purpose ranges", () => {
    const blocked = [
      "0.0.0.0", "0.1.2.3", "10.0.0.1", "100.64.0.1", "100.127.255.254", "127.0.0.1", "127.255.255.255", "169.254.169.254",
      "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.255",
      "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
    ];
    expect(classify(blocked)).toEqual(blocked.map((ip) => [ip, true]));
  });

  it("allows the public IPv4 addresses next to them", () => {
    const ok = ["8.8.8.8", "1.1.1.1", "9.255.255.255", "11.0.0.1", "100.63.255.255", "100.128.0.1", "126.255.255.255", "128.0.0.1",
      "169.253.0.1", "172.15.255.255", "172.32.0.1", "192.0.1.1", "192.0.3.1", "192.167.0.1", "198.17.255.255", "198.20.0.1",
      "198.51.99.1", "198.51.101.1", "203.0.112.1", "203.0.114.1", "223.255.255.255"];
    expect(classify(ok)).toEqual(ok.map((ip) => [ip, false]));
  });

  it("blocks IPv6 loopback, unspecified, ULA, link/site-local, multicast, documentation, Teredo and local NAT64", () => {
    const blocked = [
      "::", "::1", "0:0:0:0:0:0:0:1", "fc00::1", "fd12:3456::1", "fe80::1", "fe80::1%eth0", "febf::1", "fec0::1", "ff02::1", "ff0e::1",
      "2001:db8::1", "2001:0db8:85a3::8a2e:370:7334", "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1", "3fff::1",
      "64:ff9b:1::1", "100::1", "::127.0.0.1", "::7f00:1", "::8.8.8.8",
    ];
    expect(classify(blocked)).toEqual(blocked.map((ip) => [ip, true]));
  });

  it("judges IPv6 forms that embed an IPv4 address by that address", () => {
    const blocked = [
      "::ffff:127.0.0.1", "::ffff:7f00:1", "0:0:0:0:0:ffff:127.0.0.1", "0:0:0:0:0:ffff:7f00:0001", "::FFFF:7F00:1", "::ffff:10.0.0.1",
      "::ffff:169.254.169.254", "::ffff:0:127.0.0.1", "::ffff:0:a00:1", "64:ff9b::127.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",
      "2002:7f00:1::", "2002:c0a8:101::1", "2002:a00:1::abcd",
    ];
    expect(classify(blocked)).toEqual(blocked.map((ip) => [ip, true]));
    const ok = ["::ffff:8.8.8.8", "::ffff:808:808", "64:ff9b::8.8.8.8", "2002:808:808::1"];
    expect(classify(ok)).toEqual(ok.map((ip) => [ip, false]));
  });

  it("allows public IPv6", () => {
    const ok = ["2606:4700::1", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2001:4860:4860::8888", "2001:200::1", "3ffe::1"];
    expect(classify(ok)).toEqual(ok.map((ip) => [ip, false]));
  });

  it("refuses what it cannot parse", () => {
    expect(isPrivateAddress("not-an-ip")).toBe(true);
  });
});

describe("targetProblem (pre-send) and configuredTargetProblem (on save)", () => {
  const o = { allowPrivate: false, setting: "BATON_WEBHOOK_ALLOW_PRIVATE" };
  it("refuses every spelling of a private literal (and, on save, localhost names), naming the opt-in", () => {
    const bad = [
      "http://127.0.0.1/", "http://127.1/", "http://2130706433/", "http://0x7f000001/", "http://0x7f.1/", "http://017700000001/",
      "http://0177.0.0.1/", "http://127.0.0.1./", "http://0/", "http://0.0.0.0:8080/", "http://[::1]/", "http://[::]/",
      "http://[::ffff:127.0.0.1]:9/", "http://[::ffff:7f00:1]:9/", "http://[0:0:0:0:0:ffff:127.0.0.1]:9/", "http://[64:ff9b::7f00:1]/",
      "http://[2002:7f00:1::]/", "http://169.254.169.254/latest/meta-data/", "https://10.0.0.1/",
      "http://198.18.0.1/", "http://[ff02::1]/",
    ];
    for (const url of bad) expect([url, targetProblem(url, o)]).toEqual([url, expect.stringMatching(/^refusing .*BATON_WEBHOOK_ALLOW_PRIVATE=1/)]);
    for (const url of [...bad, "http://localhost:3000/", "http://LOCALHOST./", "http://api.localhost/"]) {
      expect([url, configuredTargetProblem(url, o)]).toEqual([url, expect.stringMatching(/^refusing .*BATON_WEBHOOK_ALLOW_PRIVATE=1/)]);
    }
    expect(targetProblem("http://localhost:3000/", o)).toBeNull(); // left to the lookup at send time
  });
  it("accepts public hosts and names, and anything when allowed; refuses other schemes", () => {
    for (const url of ["https://hooks.slack.com/services/x", "http://8.8.8.8/", "http://[2606:4700::1]/", "http://192.0.3.1/", "http://localhost.example.com/"]) {
      expect([url, configuredTargetProblem(url, o)]).toEqual([url, null]);
    }
    expect(configuredTargetProblem("http://localhost/", { ...o, allowPrivate: true })).toBeNull();
    expect(targetProblem("http://127.0.0.1/", { ...o, allowPrivate: true })).toBeNull();
    expect(targetProblem("file:///etc/passwd", o)).toBe("must be an http(s) URL");
    expect(targetProblem("not a url", o)).toBe("invalid URL");
  });
});

describe("guarded connections", () => {
  let hits = 0;
  let redirectTo = "";
  const server = http.createServer((req, res) => {
    hits++;
    req.resume();
    if (req.url === "/redirect") res.writeHead(307, { location: redirectTo }).end();
    else res.end("{}");
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("the lookup refuses a name that resolves to a private address, and connects when allowed", async () => {
    const o = { allowPrivate: false, setting: "BATON_JUDGE_ALLOW_PRIVATE", timeoutMs: 2000 };
    const err = await new Promise<Error | null>((r) => guardedLookup(o)("localhost", {}, (e) => r(e)));
    expect(err?.message).toBe("refusing localhost: resolves to a private address; set BATON_JUDGE_ALLOW_PRIVATE=1 to allow");
    hits = 0;
    expect(await postJson(`http://localhost:${port}/`, "{}", o)).toMatchObject({ ok: false, error: expect.stringMatching(/^refusing/) });
    expect(hits).toBe(0);
    expect(await postJson(`http://localhost:${port}/`, "{}", { ...o, allowPrivate: true })).toMatchObject({ ok: true, statusCode: 200 });
    expect(hits).toBe(1);
  });

  it("does not follow redirects", async () => {
    redirectTo = `http://127.0.0.1:${port}/landed`;
    hits = 0;
    const res = await postJson(`http://127.0.0.1:${port}/redirect`, "{}", { allowPrivate: true, setting: "X", timeoutMs: 2000 });
    expect(res).toMatchObject({ ok: false, statusCode: 307, error: "HTTP 307" });
    expect(hits).toBe(1);
  });

  it("bounds the size of the answer it reads", async () => {
    const big = http.createServer((_req, res) => res.end("x".repeat(10_000)));
    await new Promise<void>((r) => big.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(big.address() as AddressInfo).port}/`;
      const res = await postJson(url, "{}", { allowPrivate: true, setting: "X", timeoutMs: 2000, maxResponseBytes: 1000 });
      expect(res.ok).toBe(false);
      expect((await postJson(url, "{}", { allowPrivate: true, setting: "X", timeoutMs: 2000 })).body).toHaveLength(10_000);
    } finally {
      await new Promise<void>((r) => big.close(() => r()));
    }
  });
});
