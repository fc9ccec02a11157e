// LangSmith-compatible ingest (SPEC §2.2) with real LangGraph: a swarm and a supervisor driven by a
// scripted chat model, traced by LangChain's own tracer and the real `langsmith` client with
// LANGSMITH_ENDPOINT pointed at Baton. Also a run posted and patched in separate requests.
import { awaitAllCallbacks } from "@langchain/core/callbacks/promises";
import { Client, RunTree } from "langsmith";
import { beforeAll, describe, expect, it } from "vitest";
import { runLgScenario } from "../../scripts/demo/langgraph-support";
import { baseUrl, createTestProject, getJson, waitScored, type TestProject } from "../helpers/api";

const endpoint = () => `${baseUrl()}/api/v1/integrations/langsmith`;
let p: TestProject;

beforeAll(async () => {
  p = await createTestProject();
  process.env.LANGSMITH_TRACING = "true";
  process.env.LANGSMITH_ENDPOINT = endpoint();
  process.env.LANGSMITH_API_KEY = p.key;
});

describe("LangGraph through the LangSmith protocol", () => {
  it("swarm: the transfer tool becomes a handoff with the messages handed over; two turns, one thread", async () => {
    await runLgScenario({
      threadId: "lg-swarm-1",
      graph: "swarm",
      turns: [
        {
          user: "Hi, please refund order ORD-31337, it arrived broken.",
          moves: [{ calls: [{ name: "transfer_to_billing", args: {} }] }, { calls: [{ name: "lookup_order", args: { order_id: "ORD-31337" } }] }, { say: "I can refund ORD-31337 ($89.50). Go ahead?" }],
        },
        { user: "Yes please.", moves: [{ calls: [{ name: "issue_refund", args: { order_id: "ORD-31337", amount: 89.5 } }] }, { say: "Done, the refund is issued." }] },
      ],
    });
    await awaitAllCallbacks();
    const body = await waitScored(p.key, "lg-swarm-1", 7);
    const kinds = body.events.map((e: { type: string; role?: string }) => e.role ?? e.type);
    expect(kinds).toEqual(["user", "handoff", "tool_call", "agent", "user", "tool_call", "agent"]);
    const h = body.events[1];
    expect(h).toMatchObject({ from: "triage", to: "billing", stateAfter: { messages: expect.any(Number) } });
    expect(JSON.stringify(h.payload.messages)).toContain("ORD-31337");
    expect(body.events[2]).toMatchObject({ agent: "billing", tool: "lookup_order", result: { status: "in_transit" } });
    expect(body.scores).toMatchObject({ dropoutRate: 0, reaskCount: 0, roleConfusion: false });
  });

  it("supervisor: dispatch and hand-back become delegate and return, so the round trip is not a deep chain", async () => {
    await runLgScenario({
      threadId: "lg-sup-1",
      graph: "supervisor",
      turns: [
        {
          user: "What's the status of order ORD-31337?",
          moves: [
            { calls: [{ name: "transfer_to_researcher", args: {} }] },
            { calls: [{ name: "lookup_order", args: { order_id: "ORD-31337" } }] },
            { say: "ORD-31337 is in transit, ETA Friday." },
            { calls: [{ name: "transfer_to_writer", args: {} }] },
            { say: "Your order ORD-31337 is on its way and arrives Friday." },
            { say: "All done." },
          ],
        },
      ],
    });
    await awaitAllCallbacks();
    const body = await waitScored(p.key, "lg-sup-1", 8);
    const handoffs = body.events.filter((e: { type: string }) => e.type === "handoff").map((e: { from: string; to: string; mode: string }) => `${e.from}→${e.to}:${e.mode}`);
    expect(handoffs).toEqual(["supervisor→researcher:delegate", "researcher→supervisor:return", "supervisor→writer:delegate", "writer→supervisor:return"]);
    expect(body.scores.maxDepth).toBe(1);
    expect(body.conversation.flags).not.toContain("ping_pong");
    expect(body.conversation.flags).not.toContain("deep");
    // the worker's answer reaches the supervisor with the order id in it: nothing dropped
    expect(body.conversation.flags).not.toContain("dropout");
  });

  it("a run posted and patched in separate requests (ISO start, epoch-ms end) is mapped once it ends", async () => {
    const client = new Client({ apiUrl: endpoint(), apiKey: p.key, autoBatchTracing: false });
    const root = new RunTree({ name: "LangGraph", run_type: "chain", client, inputs: { messages: [{ type: "human", content: "Cancel my booking BK-4410 please" }] }, extra: { metadata: { thread_id: "lg-split-1" } } });
    await root.postRun();
    const node = root.createChild({ name: "triage", run_type: "chain", inputs: { messages: [] }, extra: { metadata: { thread_id: "lg-split-1", checkpoint_ns: "triage:1" } } });
    await node.postRun();
    const transfer = node.createChild({ name: "transfer_to_bookings", run_type: "tool", inputs: { input: {} }, extra: { metadata: { checkpoint_ns: "triage:1" } } });
    await transfer.postRun();
    await transfer.end({ output: { lg_name: "Command", update: { messages: [], activeAgent: "bookings" } } });
    await transfer.patchRun();
    await node.end({});
    await node.patchRun();
    expect((await getJson("/api/v1/conversations/lg-split-1", p.key)).status).toBe(404); // root still open: nothing mapped yet
    await root.end({ messages: [] });
    await root.patchRun();
    const body = await waitScored(p.key, "lg-split-1", 2);
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(["message", "handoff"]);
    expect(body.handoffs[0].dropped).toEqual([expect.objectContaining({ field: "booking_id", value: "BK-4410" })]);
  });

  it("answers /info, refuses a bad key and a broken multipart body", async () => {
    const info = await fetch(`${endpoint()}/info`);
    expect(info.status).toBe(200);
    expect((await info.json()).batch_ingest_config.use_multipart_endpoint).toBe(true);
    const anon = await fetch(`${endpoint()}/runs/batch`, { method: "POST", headers: { "x-api-key": "nope", "content-type": "application/json" }, body: "{}" });
    expect(anon.status).toBe(401);
    const broken = await fetch(`${endpoint()}/runs/multipart`, {
      method: "POST",
      headers: { "x-api-key": p.key, "content-type": "multipart/form-data; boundary=XYZ" },
      body: '--XYZ\r\nContent-Disposition: form-data; name="post.r1"\r\nContent-Type: application/json\r\n\r\n{not json\r\n--XYZ--\r\n',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error).toMatch(/post\.r1/);
  });
});
