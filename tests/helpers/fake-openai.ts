// A tiny local stand-in for api.openai.com: `/v1/chat/completions` and `/v1/responses` answer
// from a script of moves, so the SDK's real OpenAIChatCompletionsModel / OpenAIResponsesModel run
// unmodified (no network, no key).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { chatCompletion, type Move } from "../../scripts/demo/openai-support";

export async function startFakeOpenAI(moves: Move[]) {
  let n = 0;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const move = moves.shift() ?? { say: "Anything else?" };
      const calls = (move.calls ?? []).map((c) => ({ id: `call_fake_${++n}`, name: c.name, arguments: JSON.stringify(c.args) }));
      const usage = { prompt_tokens: 50, completion_tokens: 10, total_tokens: 60 };
      let body: unknown;
      if (req.url?.endsWith("/chat/completions")) {
        body = { ...chatCompletion(`chatcmpl-fake-${n}`, "gpt-fake", move.say ?? null, calls), usage };
      } else if (req.url?.endsWith("/responses")) {
        const output: unknown[] = [];
        if (move.say) output.push({ type: "message", id: `msg_${++n}`, role: "assistant", status: "completed", content: [{ type: "output_text", text: move.say, annotations: [] }] });
        for (const c of calls) output.push({ type: "function_call", id: `fc_${++n}`, call_id: c.id, name: c.name, arguments: c.arguments, status: "completed" });
        body = {
          id: `resp_fake_${++n}`,
          object: "response",
          created_at: Math.floor(Date.now() / 1000),
          status: "completed",
          model: "gpt-fake",
          output,
          usage: { input_tokens: 50, output_tokens: 10, total_tokens: 60, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } },
        };
      } else {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return { url, close: () => new Promise<void>((r) => server.close(() => r())) };
}
