// A local webhook receiver for alert tests: records every request (body, signature header) and
// answers with the scripted status codes in order (then 200).
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  body: string;
  json: any;
  signature: string;
  at: number;
}

export async function startReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  let calls = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const status = statuses[calls++] ?? 200;
      if (status === 200) received.push({ body, json: JSON.parse(body), signature: String(req.headers["baton-signature"] ?? ""), at: Date.now() });
      res.statusCode = status;
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    received,
    calls: () => calls,
    close: () => new Promise<void>((r) => server.close(() => r())),
    async waitFor(pred: (r: Received[]) => boolean, timeoutMs = 20_000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        if (pred(received)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`receiver: condition not met within ${timeoutMs} ms (got ${received.length})`);
    },
  };
}
