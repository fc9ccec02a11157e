// The contracts CLI on files produced by the real OpenAI Agents SDK (its exporter's bodies) and
// by real LangGraph (the langsmith client's runs), captured by a loopback server; plus exit codes
// and the readable report on native events, through the real bin.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { awaitAllCallbacks } from "@langchain/core/callbacks/promises";
import { setTraceProcessors } from "@openai/agents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatonClient } from "../client";
import { batonTracingProcessor } from "../client/openai-agents";
import { runLgScenario, swarmRefund } from "../../scripts/demo/langgraph-support";
import { exportTo, runScenario } from "../../scripts/demo/openai-support";
import { cleanRefund, dropoutReask, worldFor } from "../../scripts/demo/scenarios";
import { startCaptureServer } from "../../tests/helpers/capture-server";
import { readCapture } from "./capture";
import { runCli } from "./cli";

const dir = mkdtempSync(path.join(tmpdir(), "baton-contracts-"));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const contracts = (list: unknown[]) => file(`c${Math.random()}.json`, JSON.stringify({ version: 1, contracts: list }));
function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join("\n"), err: err.join("\n") };
}

let capture: Awaited<ReturnType<typeof startCaptureServer>>;
beforeAll(async () => {
  capture = await startCaptureServer();
});
afterAll(() => capture.close());

describe("baton-contracts check on real SDK captures", () => {
  it("OpenAI Agents exporter capture: a clean run passes, a dropped order id is a wrong-type break", async () => {
    const processor = exportTo(`${capture.url}/traces`, "sk-test", { maxBatchSize: 4 });
    await runScenario(cleanRefund("oa-clean", "ORD-1"), worldFor("ORD-1"));
    await processor.forceFlush();
    const clean = file("oa-clean.jsonl", capture.text());
    await runScenario(dropoutReask("oa-drop", "ORD-2"), worldFor("ORD-2"));
    await processor.forceFlush();
    await processor.shutdown();
    const both = file("oa-both.jsonl", capture.text());
    const c = contracts([{ from: "triage", to: "billing", schema: { properties: { order_id: { type: "string" }, summary: { type: "string" } }, required: ["order_id", "summary"] } }]);

    const ok = cli(["check", "--contracts", c, "--events", clean]);
    expect(ok.err).toBe("");
    expect(ok.out).toContain("1 of 1 handoffs checked, 0 broken");
    expect(ok.code).toBe(0);

    const bad = cli(["check", "--contracts", c, "--events", both]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/BREAK triage→billing wrong type order_id \(expected string, got null\) — event oa:\S+ \(conversation oa-drop\)/);
    expect(bad.out).toContain("2 of 2 handoffs checked, 1 broken");
  }, 60_000);

  it("LangSmith capture of a LangGraph swarm: the handoff's fields are checked; an edge without a contract is noted", async () => {
    process.env.LANGSMITH_TRACING = "true";
    process.env.LANGSMITH_ENDPOINT = capture.url;
    process.env.LANGSMITH_API_KEY = "ls-test";
    const before = capture.text().length;
    await runLgScenario(swarmRefund("lg-1", "ORD-3"));
    await awaitAllCallbacks();
    // the client batches runs in the background: wait (with a deadline) until both turns' root runs have ended
    const deadline = Date.now() + 20_000;
    while (readCapture(capture.text().slice(before)).events.filter((e) => e.type === "message" && e.role === "user").length < 2) {
      if (Date.now() > deadline) throw new Error("the langsmith client did not send both turns");
      await new Promise((r) => setTimeout(r, 100));
    }
    const runs = file("lg.jsonl", capture.text().slice(before));
    const pass = contracts([{ from: "triage", to: "billing", schema: { properties: { messages: { type: "array" } }, required: ["messages"] } }]);
    const ok = cli(["check", "--contracts", pass, "--events", runs]);
    expect(ok.err).toBe("");
    expect(ok.out).toContain("1 of 1 handoffs checked, 0 broken");
    const strict = contracts([{ from: "triage", to: "billing", schema: { properties: { messages: { type: "object" } }, required: ["ticket_id"] } }]);
    const broken = cli(["check", "--contracts", strict, "--events", runs]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain("BREAK triage→billing missing ticket_id");
    expect(broken.out).toContain("wrong type messages (expected object, got array)");
    const none = cli(["check", "--contracts", contracts([]), "--events", runs]);
    expect(none).toMatchObject({ code: 0 });
    expect(none.out).toContain("note: no contract for edge triage→billing");
  }, 60_000);
});

describe("the client's capture mode feeds the CLI", () => {
  it("a real OpenAI Agents run recorded by batonTracingProcessor into run.jsonl is checked: clean passes, the dropped order id breaks", async () => {
    const run = path.join(dir, "capture-run.jsonl");
    const client = createBatonClient({ capture: run, flushIntervalMs: 50 });
    const baton = batonTracingProcessor(client);
    setTraceProcessors([baton]);
    try {
      await runScenario(cleanRefund("cap-clean", "ORD-7"), worldFor("ORD-7"), { wrapFilter: (f) => baton.recordState(f) });
      await runScenario(dropoutReask("cap-drop", "ORD-8"), worldFor("ORD-8"), { wrapFilter: (f) => baton.recordState(f) });
      await baton.forceFlush();
      await client.shutdown();
    } finally {
      setTraceProcessors([]);
    }
    expect(client.stats()).toMatchObject({ failed: 0, sent: expect.any(Number) });
    const lines = readFileSync(run, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.filter((e) => e.type === "handoff").map((e) => e.conversationId).sort()).toEqual(["cap-clean", "cap-drop"]);
    const c = contracts([{ from: "triage", to: "billing", schema: { properties: { order_id: { type: "string" } }, required: ["order_id"] } }]);
    const r = cli(["check", "--contracts", c, "--events", run]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(r.out).toContain("2 of 2 handoffs checked, 1 broken");
    expect(r.out).toMatch(/BREAK triage→billing .*order_id.*\(conversation cap-drop\)/);
  }, 60_000);

  it("capture and url are optional separately but not both; a capture function receives JSON lines", async () => {
    expect(() => createBatonClient({})).toThrow(/url \(and key\) or a capture target/);
    const got: string[] = [];
    const client = createBatonClient({ capture: (lines) => void got.push(lines), flushIntervalMs: 60_000 });
    client.send({ id: "e1", conversationId: "c", timestamp: 1, type: "message", role: "user", content: "hi" });
    await client.shutdown();
    expect(got.join("").trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["e1"]);
  });
});

describe("baton-contracts exit codes and problems", () => {
  const events = file(
    "native.jsonl",
    [
      { id: "e1", conversationId: "c1", timestamp: "2026-11-24T10:00:00Z", type: "message", role: "user", content: "Refund order 8812 please" },
      { id: "e2", conversationId: "c1", timestamp: "2026-11-24T10:00:05Z", type: "handoff", from: "triage", to: "billing", summary: "Refund for order 8812", payload: { amount: 12 } },
    ].map((e) => JSON.stringify(e)).join("\n"),
  );
  it("a field expected but now only in prose is a break (1); the same contract without it is clean (0)", () => {
    const r = cli(["check", "--contracts", contracts([{ from: "triage", to: "billing", schema: { required: ["order_id"] } }]), "--events", events]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("BREAK triage→billing only in prose order_id (expected a structured field, got only stated in the summary) — event e2 (conversation c1)");
    expect(cli(["check", "--contracts", contracts([{ from: "triage", to: "billing", schema: { required: ["amount"] } }]), "--events", events]).code).toBe(0);
  });
  it("unreadable inputs exit 2 with one line per problem", () => {
    const good = contracts([]);
    expect(cli(["check", "--contracts", path.join(dir, "nope.json"), "--events", events])).toMatchObject({ code: 2, err: expect.stringContaining("nope.json: file not found") });
    const badJson = file("bad.jsonl", '{"id":"x"\nnot json\n');
    const r = cli(["check", "--contracts", good, "--events", badJson]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toEqual([`${badJson}: line 1: not valid JSON (${tryParse('{"id":"x"')})`, `${badJson}: line 2: not valid JSON (${tryParse("not json")})`]);
    const badContract = file("bad-contract.json", '{"contracts":[{"from":"a","to":"b","schema":{"properties":{"x":{"type":"strng"},"x":{}}}}]}');
    expect(cli(["check", "--contracts", badContract, "--events", events])).toMatchObject({ code: 2, err: `${badContract}: contracts.0.schema.properties.x: duplicate field` });
    const unknownType = file("unknown-type.json", '{"contracts":[{"from":"a","to":"b","schema":{"properties":{"x":{"type":"strng"}}}}]}');
    expect(cli(["check", "--contracts", unknownType, "--events", events]).err).toContain("contracts.0.schema.properties.x.type: unknown type");
    expect(cli(["check", "--events", events]).code).toBe(2);
  });
  it("the bin runs offline through tsx with the same exit codes", async () => {
    const bin = path.resolve(import.meta.dirname, "../../bin/baton-contracts.mjs");
    const c = contracts([{ from: "triage", to: "billing", schema: { required: ["order_id"] } }]);
    const res = await promisify(execFile)(process.execPath, [bin, "check", "--contracts", c, "--events", events]).catch((e) => e);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain("BREAK triage→billing only in prose order_id");
  }, 30_000);
});

function tryParse(s: string) {
  try {
    JSON.parse(s);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}
