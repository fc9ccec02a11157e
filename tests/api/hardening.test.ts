// Hostile input on every ingest endpoint (issue 11, items 6–11 and 13; SPEC §8): lone surrogates,
// NUL, deep nesting, out-of-range times, OTLP JSON of the wrong shape, invalid UTF-8 and oversized
// batches get a 4xx naming the field (or a per-item rejection that keeps the good items), never a 500.
import protoRoot from "otel-proto-root/build/src/generated/root.js";
import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { baseUrl, countEvents, createTestProject, msg, postEvents } from "../helpers/api";

const OA = () => `${baseUrl()}/api/v1/integrations/openai-agents/traces`;
const LS = () => `${baseUrl()}/api/v1/integrations/langsmith`;
const OTLP = () => `${baseUrl()}/v1/traces`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ExportRequest = (protoRoot as any).opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

function send(url: string, key: string, body: string | Uint8Array, type = "application/json", method = "POST") {
  return fetch(url, { method, headers: { authorization: `Bearer ${key}`, "content-type": type }, body: body as BodyInit });
}
const json = (url: string, key: string, body: unknown, method = "POST") => send(url, key, JSON.stringify(body), "application/json", method);

/** A multipart body built by hand, so a part can carry any bytes. */
function multipart(parts: Array<{ name: string; body: string | Uint8Array; file?: boolean }>) {
  const b = "----baton-hardening";
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disp = `form-data; name="${p.name}"${p.file ? `; filename="${p.name}"` : ""}`;
    chunks.push(Buffer.from(`--${b}\r\nContent-Disposition: ${disp}\r\nContent-Type: application/json\r\n\r\n`), Buffer.from(p.body), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${b}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${b}` };
}

const hex = (n: number) => [...crypto.getRandomValues(new Uint8Array(n))].map((x) => x.toString(16).padStart(2, "0")).join("");
const nowNanos = () => String(BigInt(Date.now() - 60_000) * 1_000_000n);
const otlpSpan = (over: Record<string, unknown> = {}) => ({ traceId: hex(16), spanId: hex(8), name: "root", startTimeUnixNano: nowNanos(), ...over });
const otlpBody = (spans: unknown[]) => ({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ spans }] }] });
const run = (over: Record<string, unknown> = {}) => {
  const id = crypto.randomUUID();
  return { id, trace_id: id, name: "LangGraph", run_type: "chain", start_time: new Date().toISOString(), inputs: {}, ...over };
};
const firstPath = async (res: Response) => {
  const body = await res.json();
  return (body.errors?.[0]?.issues?.[0]?.path ?? body.issues?.[0]?.path) as string;
};
const stagedRuns = async (projectId: string) =>
  (await pool().query(`SELECT span_id FROM integration_spans WHERE project_id = $1`, [projectId])).rows.map((r) => r.span_id as string);

describe("lone surrogates and NUL (items 6, 7)", () => {
  for (const [label, bad] of [["lone surrogate", "a\ud800b"], ["NUL", "a\u0000b"]] as const) {
    it(`${label}: native events keep the good ones (207) and name the path, in values and in keys`, async () => {
      const p = await createTestProject();
      const good = msg("hz1");
      const res = await postEvents(p.key, { events: [good, msg("hz1", { content: bad }), msg("hz1", { metadata: { [bad]: 1 } })] });
      expect(res.status).toBe(207);
      const body = await res.json();
      expect(body.accepted).toBe(1);
      expect(body.errors.map((e: { issues: Array<{ path: string }> }) => e.issues[0].path)).toEqual(["events.1.content", `events.2.metadata.${bad}`]);
      expect(await countEvents(p.projectId, [good.id])).toBe(1);
    });

    it(`${label}: OpenAI traces reject the item by path and keep the rest`, async () => {
      const p = await createTestProject();
      const res = await json(OA(), p.key, { data: [{ object: "trace", id: "t_ok", group_id: "g" }, { object: "trace", id: "t_bad", group_id: bad }] });
      expect(res.status).toBe(207);
      expect(await firstPath(res)).toBe("data.1.group_id");
      const only = await json(OA(), p.key, { data: [{ object: "trace", id: "t_bad2", metadata: { x: [bad] } }] });
      expect(only.status).toBe(400);
      expect(await firstPath(only)).toBe("data.0.metadata.x.0");
    });

    it(`${label}: LangSmith /runs, PATCH, /runs/batch and multipart (incl. thread_id) answer 400/207 naming the path`, async () => {
      const p = await createTestProject();
      const one = await json(`${LS()}/runs`, p.key, run({ name: bad }));
      expect(one.status).toBe(400);
      expect(await firstPath(one)).toBe("body.name");
      const patch = await json(`${LS()}/runs/${crypto.randomUUID()}`, p.key, { outputs: { text: bad } }, "PATCH");
      expect(patch.status).toBe(400);
      expect(await firstPath(patch)).toBe("body.outputs.text");
      const good = run();
      const batch = await json(`${LS()}/runs/batch`, p.key, { post: [good, run({ extra: { metadata: { thread_id: bad } } })] });
      expect(batch.status).toBe(207);
      expect(await firstPath(batch)).toBe("runs.1.extra.metadata.thread_id");
      expect(await stagedRuns(p.projectId)).toEqual([good.id]);
      const id = crypto.randomUUID();
      const mp = multipart([{ name: `post.${id}`, body: JSON.stringify(run({ id, trace_id: id })) }, { name: `post.${id}.extra`, body: JSON.stringify({ metadata: { thread_id: bad } }) }]);
      const mres = await send(`${LS()}/runs/multipart`, p.key, mp.body, mp.type);
      expect(mres.status).toBe(400);
      expect(await firstPath(mres)).toBe("runs.0.extra.metadata.thread_id");
    });

    it(`${label}: OTLP JSON and protobuf reject the span (partialSuccess) and keep the good one`, async () => {
      const p = await createTestProject();
      const body = otlpBody([otlpSpan(), otlpSpan({ attributes: [{ key: "k", value: { stringValue: bad } }] })]);
      const res = await json(OTLP(), p.key, body);
      expect(res.status).toBe(200);
      const out = await res.json();
      expect(out.partialSuccess.rejectedSpans).toBe("1");
      expect(out.partialSuccess.errorMessage).toContain("attributes.k");
      if (label === "NUL") {
        // protobuf strings are UTF-8, so only NUL can reach us that way
        const proto = ExportRequest.encode(ExportRequest.fromObject({ resourceSpans: [{ scopeSpans: [{ spans: [protoSpan({ name: bad })] }] }] })).finish();
        const pres = await send(OTLP(), p.key, proto, "application/x-protobuf");
        expect(pres.status).toBe(200);
        expect(pres.headers.get("content-type")).toBe("application/x-protobuf");
      }
    });
  }
});

function protoSpan(over: Record<string, unknown> = {}) {
  return { traceId: Buffer.from(hex(16), "hex"), spanId: Buffer.from(hex(8), "hex"), name: "root", startTimeUnixNano: nowNanos(), ...over };
}

describe("deep nesting (item 8)", () => {
  const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
  for (const n of [5_000, 50_000]) {
    it(`${n} levels: a 400 naming the depth limit on every endpoint`, async () => {
      const p = await createTestProject();
      const cases: Array<[string, string, string]> = [
        // native events: depth is checked event by event (the schema's 32 levels), naming the field
        [`${baseUrl()}/api/v1/events`, JSON.stringify({ events: [msg("hd")] }).replace(`"type"`, `"metadata":{"x":${deep(n)}},"type"`), "POST"],
        [OA(), `{"data":[{"object":"trace","id":"t","metadata":{"x":${deep(n)}}}]}`, "POST"],
        [`${LS()}/runs`, `{"id":"r","inputs":${deep(n)}}`, "POST"],
        [`${LS()}/runs/batch`, `{"post":[{"id":"r","inputs":${deep(n)}}]}`, "POST"],
        [`${LS()}/runs/${crypto.randomUUID()}`, `{"outputs":${deep(n)}}`, "PATCH"],
        [OTLP(), `{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":${deep(n)}}]}]}]}`, "POST"],
      ];
      for (const [url, body, method] of cases) {
        const res = await send(url, p.key, body, "application/json", method);
        expect(res.status, url).toBe(400);
        expect(JSON.stringify(await res.json()), url).toMatch(/nested deeper than (128|32) levels/);
      }
      const mp = multipart([{ name: "post.r", body: deep(n) }]);
      const mres = await send(`${LS()}/runs/multipart`, p.key, mp.body, mp.type);
      expect(mres.status).toBe(400);
      expect((await mres.json()).issues[0]).toMatchObject({ path: "post.r", message: expect.stringMatching(/nested deeper/) });
    });
  }

  it("a near miss (100 levels inside a LangSmith run) is stored", async () => {
    const p = await createTestProject();
    const r = run();
    const res = await send(`${LS()}/runs`, p.key, JSON.stringify(r).replace(`"inputs":{}`, `"inputs":{"x":${deep(100)}}`));
    expect(res.status).toBe(200);
    expect(await stagedRuns(p.projectId)).toEqual([r.id]);
  });
});

describe("time range 1970-01-01 .. 9999-12-31 (item 9)", () => {
  it("native events: year 0, epoch 8640000000000000, 1e20 and -1 are 400s on timestamp; both ends pass", async () => {
    const p = await createTestProject();
    for (const timestamp of ["0000-01-01T00:00:00Z", 8640000000000000, 1e20, -1]) {
      const res = await postEvents(p.key, { events: [msg("ht", { timestamp })] });
      expect(res.status, String(timestamp)).toBe(400);
      expect(await firstPath(res)).toBe("events.0.timestamp");
    }
    const ok = await postEvents(p.key, { events: [msg("ht", { timestamp: "1970-01-01T00:00:00Z" }), msg("ht", { timestamp: "9999-12-31T23:59:59.999Z" })] });
    expect(ok.status).toBe(200);
    expect((await ok.json()).accepted).toBe(2);
  });

  it("OpenAI spans and LangSmith runs name the time field", async () => {
    const p = await createTestProject();
    const span = { object: "trace.span", id: "s1", trace_id: "t1", started_at: "0000-01-01T00:00:00Z", span_data: { type: "agent" } };
    const oa = await json(OA(), p.key, { data: [span] });
    expect(oa.status).toBe(400);
    expect(await firstPath(oa)).toBe("data.0.started_at");
    const oaOk = await json(OA(), p.key, { data: [{ ...span, started_at: "9999-12-31T23:59:59.999Z" }] });
    expect(oaOk.status).toBe(200);
    for (const start_time of [8640000000000000, 1e20, "0000-01-01T00:00:00Z"]) {
      const ls = await json(`${LS()}/runs`, p.key, run({ start_time }));
      expect(ls.status, String(start_time)).toBe(400);
      expect(await firstPath(ls)).toBe("runs.0.start_time");
    }
    const lsEnd = await json(`${LS()}/runs/batch`, p.key, { patch: [{ id: "x", trace_id: "x", end_time: 1e20 }] });
    expect(await firstPath(lsEnd)).toBe("runs.0.end_time");
  });

  it("OTLP nanos past year 9999 reject the span by field; the last millisecond of 9999 passes", async () => {
    const p = await createTestProject();
    const end9999 = "253402300799999000000";
    // 3e20 ns is year 11476; a JSON number may carry it even though protobuf's fixed64 cannot
    const res = await json(OTLP(), p.key, otlpBody([otlpSpan({ startTimeUnixNano: "300000000000000000000" }), otlpSpan({ startTimeUnixNano: 1e24 }), otlpSpan({ startTimeUnixNano: end9999 })]));
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out.partialSuccess.rejectedSpans).toBe("2");
    expect(out.partialSuccess.errorMessage).toMatch(/startTimeUnixNano must be between 1970/);
  });
});

describe("OTLP JSON of the wrong shape (item 10)", () => {
  it("answers 400 naming the path; an empty request is still a valid export", async () => {
    const p = await createTestProject();
    const cases: Array<[string, string]> = [
      [`{"resourceSpans":[null]}`, "body.resourceSpans.0"],
      [`{"resourceSpans":[{"scopeSpans":[{"spans":5}]}]}`, "body.resourceSpans.0.scopeSpans.0.spans"],
      [`{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":{"a":1}}]}]}]}`, "body.resourceSpans.0.scopeSpans.0.spans.0.attributes"],
      [`[]`, "body"],
      [`{"resourceSpans":[{"scopeSpans":"abc"}]}`, "body.resourceSpans.0.scopeSpans"],
      [`{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[{"key":"k","value":{"arrayValue":{"values":[5]}}}]}]}]}]}`, "body.resourceSpans.0.scopeSpans.0.spans.0.attributes.0.value.arrayValue.values.0"],
      [`{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":{"x":1}}]}]}]}`, "body.resourceSpans.0.scopeSpans.0.spans.0.name"],
    ];
    for (const [body, path] of cases) {
      const res = await send(OTLP(), p.key, body);
      expect(res.status, body).toBe(400);
      expect((await res.json()).issues[0].path, body).toBe(path);
    }
    for (const body of [`{}`, `{"resourceSpans":[]}`, `{"resourceSpans":[{"scopeSpans":[{"spans":[]}]}],"unknownField":1}`]) {
      const res = await send(OTLP(), p.key, body);
      expect(res.status, body).toBe(200);
      expect(await res.json()).toEqual({});
    }
  });

  it("answers a protobuf request's errors as a protobuf google.rpc.Status", async () => {
    const p = await createTestProject();
    const res = await send(OTLP(), p.key, Buffer.from([0xff, 0xff, 0xff]), "application/x-protobuf");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/x-protobuf");
    const Status = new protobuf.Type("Status").add(new protobuf.Field("code", 1, "int32")).add(new protobuf.Field("message", 2, "string"));
    new protobuf.Root().add(Status);
    const status = Status.decode(new Uint8Array(await res.arrayBuffer())) as unknown as { code: number; message: string };
    expect(status.code).toBe(3);
    expect(status.message).toMatch(/not a valid OTLP/);
  });
});

describe("invalid UTF-8 (item 11)", () => {
  it("OTLP JSON: a 400, not a silent U+FFFD", async () => {
    const p = await createTestProject();
    const body = Buffer.concat([Buffer.from(`{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"a`), Buffer.from([0xff, 0xfe]), Buffer.from(`b"}]}]}]}`)]);
    const res = await send(OTLP(), p.key, body);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/not valid UTF-8/);
  });

  it("OTLP protobuf: invalid bytes in a string field are a 400; a real U+FFFD and binary ids pass", async () => {
    const p = await createTestProject();
    const encode = (name: string) => Buffer.from(ExportRequest.encode(ExportRequest.fromObject({ resourceSpans: [{ scopeSpans: [{ spans: [protoSpan({ name })] }] }] })).finish());
    const bad = encode("QQQQ");
    const at = bad.indexOf("QQQQ");
    bad[at] = 0xff;
    bad[at + 1] = 0xfe;
    const res = await send(OTLP(), p.key, bad, "application/x-protobuf");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/x-protobuf");
    expect(Buffer.from(await res.arrayBuffer()).toString("latin1")).toMatch(/not valid UTF-8/);
    const ok = await send(OTLP(), p.key, encode("a\ufffdb"), "application/x-protobuf");
    expect(ok.status).toBe(200);
  });

  it("LangSmith multipart: a run part with invalid UTF-8 is a 400 naming the part; a binary attachment is not", async () => {
    const p = await createTestProject();
    const r = run();
    const badBytes = Buffer.concat([Buffer.from(`{"name":"a`), Buffer.from([0xc3, 0x28]), Buffer.from(`b"}`)]);
    for (const file of [false, true]) {
      const mp = multipart([{ name: `post.${r.id}`, body: JSON.stringify(r) }, { name: `post.${r.id}.extra`, body: badBytes, file }]);
      const res = await send(`${LS()}/runs/multipart`, p.key, mp.body, mp.type);
      expect(res.status).toBe(400);
      expect((await res.json()).issues[0]).toEqual({ path: `post.${r.id}.extra`, message: "not valid UTF-8" });
    }
    const withAttachment = multipart([{ name: `post.${r.id}`, body: JSON.stringify(r) }, { name: `attachment.${r.id}.img`, body: Buffer.from([0xff, 0xd8, 0xff, 0x00]), file: true }]);
    const ok = await send(`${LS()}/runs/multipart`, p.key, withAttachment.body, withAttachment.type);
    expect(ok.status).toBe(200);
    expect(await stagedRuns(p.projectId)).toEqual([r.id]);
  });
});

describe("per-request caps (item 13)", () => {
  it("OTLP: more than 5,000 spans is a 413; 5,000 is read (here: all rejected by id)", async () => {
    const p = await createTestProject();
    const spans = (n: number) => Array.from({ length: n }, () => ({ traceId: "x", spanId: "y", startTimeUnixNano: "1" }));
    const over = await json(OTLP(), p.key, otlpBody(spans(5001)));
    expect(over.status).toBe(413);
    expect((await over.json()).error).toMatch(/at most 5000 spans/);
    const at = await json(OTLP(), p.key, otlpBody(spans(5000)));
    expect(at.status).toBe(200);
    expect((await at.json()).partialSuccess.rejectedSpans).toBe("5000");
  });

  it("OpenAI: more than 1,000 items is a 413; LangSmith: more than 1,000 runs is a 413 (1,000 are read)", async () => {
    const p = await createTestProject();
    const items = (n: number) => Array.from({ length: n }, () => ({ object: "nope" }));
    expect((await json(OA(), p.key, { data: items(1001) })).status).toBe(413);
    expect((await json(OA(), p.key, { data: items(1000) })).status).toBe(400);
    const runs = (n: number) => Array.from({ length: n }, () => ({ id: "" }));
    expect((await json(`${LS()}/runs/batch`, p.key, { post: runs(600), patch: runs(401) })).status).toBe(413);
    expect((await json(`${LS()}/runs/batch`, p.key, { post: runs(600), patch: runs(400) })).status).toBe(400);
  });
});

describe("siblings", () => {
  it("a NUL in a path segment or query value is a 400, not a database error", async () => {
    const p = await createTestProject();
    const res = await fetch(`${baseUrl()}/api/v1/conversations/a%00b`, { headers: { authorization: `Bearer ${p.key}` } });
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].path).toBe("params.id");
    const near = await fetch(`${baseUrl()}/api/v1/conversations/a%01b`, { headers: { authorization: `Bearer ${p.key}` } });
    expect(near.status).toBe(404);
    const q = await fetch(`${baseUrl()}/api/v1/conversations?agent=a%00`, { headers: { authorization: `Bearer ${p.key}` } });
    expect(q.status).toBe(400);
  });

  it("a forged list cursor (not a time, or a NUL in the id) is a 400, not a database error", async () => {
    const p = await createTestProject();
    for (const parts of [["abc", "x"], [new Date().toISOString(), "a\u0000"], ["+275760-09-13T00:00:00.000Z", "x"]]) {
      const cursor = Buffer.from(JSON.stringify(parts)).toString("base64url");
      const res = await fetch(`${baseUrl()}/api/v1/conversations?cursor=${cursor}`, { headers: { authorization: `Bearer ${p.key}` } });
      expect(res.status, JSON.stringify(parts)).toBe(400);
    }
    const near = Buffer.from(JSON.stringify([new Date().toISOString(), "x"])).toString("base64url");
    expect((await fetch(`${baseUrl()}/api/v1/conversations?cursor=${near}`, { headers: { authorization: `Bearer ${p.key}` } })).status).toBe(200);
  });

  it("read API time filters use the same range: year 0 and 1e20 are 400s naming the field, the epoch passes", async () => {
    const p = await createTestProject();
    for (const from of ["0000-01-01", "100000000000000000000"]) {
      const res = await fetch(`${baseUrl()}/api/v1/conversations?from=${from}`, { headers: { authorization: `Bearer ${p.key}` } });
      expect(res.status, from).toBe(400);
      expect((await res.json()).issues[0].path).toBe("query.from");
    }
    const ok = await fetch(`${baseUrl()}/api/v1/conversations?from=1970-01-01&to=9999-12-31`, { headers: { authorization: `Bearer ${p.key}` } });
    expect(ok.status).toBe(200);
  });
});
