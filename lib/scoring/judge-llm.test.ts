// The LLM judge against a local fake OpenAI-compatible endpoint: success (the verdict names the
// model and carries its confidence), cache, malformed answer and timeout (both fall back to the
// offline judge, which then names itself); which URL gets the operator's key, and the address
// guard on project-set URLs.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLlmJudge, judgeFor, judgeUrlProblem } from "./judge-llm";

let mode: "ok" | "noconf" | "junk" | "slow" = "ok";
let hits = 0;
let lastAuth = "";
const server = http.createServer((req, res) => {
  hits++;
  lastAuth = req.headers.authorization ?? "";
  req.resume();
  req.on("end", () => {
    if (mode === "slow") return setTimeout(() => res.end("{}"), 2000);
    const content =
      mode === "ok" ? JSON.stringify({ score: 0.42, confidence: 0.7, reason: "partly" })
      : mode === "noconf" ? JSON.stringify({ score: 0.9 })
      : "I think they match";
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
    const judge = createLlmJudge({ url, model: "m", apiKey: "sk-test", allowPrivate: true });
    expect(judge.name).toBe("m");
    expect(await judge.assess("cancel my plan", "upgrade plan")).toMatchObject({ score: 0.42, confidence: 0.7, judge: "m", reason: "partly" });
    expect((await judge.assess("cancel my plan", "upgrade plan")).score).toBe(0.42);
    expect(hits).toBe(1);
    expect(judge.cacheHits).toBe(1);
    expect(lastAuth).toBe("Bearer sk-test");
  });

  it("without a confidence in the answer, derives one from the score's distance to 0.5", async () => {
    mode = "noconf";
    const judge = createLlmJudge({ url, model: "m2", allowPrivate: true });
    expect(await judge.assess("refund my order", "refund the order")).toMatchObject({ score: 0.9, confidence: 0.8, judge: "m2" });
  });

  it("falls back to the offline judge on a malformed answer, after one retry", async () => {
    mode = "junk";
    hits = 0;
    const judge = createLlmJudge({ url, model: "m", allowPrivate: true });
    const v = await judge.assess("refund my order", "customer wants a refund for the order");
    expect(v).toMatchObject({ judge: "offline" });
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(hits).toBe(2);
  });

  it("falls back on timeout", async () => {
    mode = "slow";
    const judge = createLlmJudge({ url, model: "m", timeoutMs: 100, allowPrivate: true });
    const v = await judge.assess("cancel my subscription", "upgrade the plan");
    expect(v).toMatchObject({ judge: "offline", driftKind: "antonym" });
    expect(v.score).toBeLessThan(0.5);
  });
});

describe("project-set judge URLs", () => {
  const envOf = (over: Record<string, string | undefined> = {}) => ({
    BATON_JUDGE_URL: "https://llm.operator.example/v1",
    BATON_JUDGE_MODEL: "m",
    BATON_JUDGE_API_KEY: "sk-operator-secret",
    BATON_JUDGE_ALLOW_PRIVATE: "0" as const,
    ...over,
  });
  const llm = (u: string, model: string) => ({ judge: { kind: "llm", url: u, model } });

  it("never sends the environment's key to a URL a project set", async () => {
    mode = "ok";
    hits = 0;
    lastAuth = "unset";
    const judge = judgeFor(llm(url, "key-test-1"), envOf({ BATON_JUDGE_ALLOW_PRIVATE: "1" }));
    expect((await judge.assess("refund order 1", "refund order 1 please")).score).toBe(0.42);
    expect(hits).toBe(1);
    expect(lastAuth).toBe("");
  });

  it("sends it when the project's URL is the environment's own (near miss)", async () => {
    mode = "ok";
    lastAuth = "unset";
    const judge = judgeFor(llm(`${url}/`, "key-test-2"), envOf({ BATON_JUDGE_URL: url }));
    expect((await judge.assess("refund order 2", "refund order 2 please")).score).toBe(0.42);
    expect(lastAuth).toBe("Bearer sk-operator-secret");
  });

  it("does not contact a private project URL without BATON_JUDGE_ALLOW_PRIVATE, and falls back", async () => {
    mode = "ok";
    hits = 0;
    for (const u of [url, url.replace("127.0.0.1", "[::ffff:127.0.0.1]"), url.replace("127.0.0.1", "localhost")]) {
      const judge = judgeFor(llm(u, "key-test-3"), envOf());
      expect(await judge.assess("refund my order", "customer wants a refund for the order")).toMatchObject({ judge: "offline" }); // not 0.42
    }
    expect(hits).toBe(0);
  });

  it("refuses to save a private URL unless allowed or the environment's own", () => {
    expect(judgeUrlProblem("http://[::ffff:7f00:1]:8080/v1", envOf())).toMatch(/^refusing .*BATON_JUDGE_ALLOW_PRIVATE=1/);
    expect(judgeUrlProblem("http://127.0.0.1:8080/v1", envOf({ BATON_JUDGE_ALLOW_PRIVATE: "1" }))).toBeNull();
    expect(judgeUrlProblem("http://localhost:11434/v1", envOf({ BATON_JUDGE_URL: "http://localhost:11434/v1" }))).toBeNull();
    expect(judgeUrlProblem("https://api.openai.com/v1", envOf())).toBeNull();
  });
});
