// Capture mode for framework SDKs in tests: a loopback HTTP server that records what the real
// OpenAI Agents exporter and the real `langsmith` client POST, as JSONL lines the contracts CLI
// reads (exporter bodies `{data: [...]}` as they are; LangSmith multipart parts as `{op, run}`).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { parseMultipart, serverInfo } from "../../lib/integrations/langsmith";

export async function startCaptureServer() {
  const lines: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      let body = Buffer.concat(chunks);
      if (req.headers["content-encoding"] === "gzip") body = gunzipSync(body);
      const type = String(req.headers["content-type"] ?? "");
      if (req.method === "GET" && req.url?.endsWith("/info")) {
        const info = serverInfo(20 * 1024 * 1024);
        info.instance_flags.gzip_body_enabled = false;
        res.setHeader("content-type", "application/json");
        return res.end(JSON.stringify(info));
      }
      try {
        if (type.startsWith("multipart/form-data")) for (const part of await parseMultipart(body, type)) lines.push(JSON.stringify(part));
        else if (body.length) lines.push(JSON.stringify(JSON.parse(body.toString("utf8"))));
      } catch (err) {
        lines.push(`capture error: ${(err as Error).message}`);
      }
      res.setHeader("content-type", "application/json");
      res.end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, text: () => lines.join("\n") + "\n", close: () => new Promise<void>((r) => server.close(() => r())) };
}
