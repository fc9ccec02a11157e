// The LLM judge against a local fake OpenAI-compatible endpoint: success, cache, malformed answer
// and timeout (both fall back to the offline judge).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLlmJudge } from "./judge-llm";

let mode: "ok" | "junk" | "slow" = "ok";
let hits = 0;
let lastAuth = "";
const server = http.createServer((req, res) => {
  hits++;
  lastAuth = req.headers.authorization ?? "";
  req.resume();
  req.on("end", () => {
    if (mode === "slow") return setTimeout(() => res.end("{}"), 2000);
    const content = mode === "ok" ? JSON.stringify({ score: 0.42, reason: "partly" }) : "I think they match";
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ choices: [{ message: { role: "assistant", content } }] }));
  });
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("LLM judge", () => {
  it("uses the endpoint's strict JSON score, and caches by the two texts", async () => {
    mode = "ok";
    hits = 0;
    const judge = createLlmJudge({ url, model: "m", apiKey: "sk-test" });
    expect(await judge.similarity("cancel my plan", "upgrade plan")).toBe(0.42);
    expect(await judge.similarity("cancel my plan", "upgrade plan")).toBe(0.42);
    expect(hits).toBe(1);
    expect(judge.cacheHits).toBe(1);
    expect(lastAuth).toBe("Bearer sk-test");
  });

  it("falls back to the offline judge on a malformed answer, after one retry", async () => {
    mode = "junk";
    hits = 0;
    const judge = createLlmJudge({ url, model: "m" });
    expect(await judge.similarity("refund my order", "customer wants a refund for the order")).toBe(1);
    expect(hits).toBe(2);
  });

  it("falls back on timeout", async () => {
    mode = "slow";
    const judge = createLlmJudge({ url, model: "m", timeoutMs: 100 });
    expect(await judge.similarity("cancel my subscription", "upgrade the plan")).toBeLessThan(0.5);
  });
});
