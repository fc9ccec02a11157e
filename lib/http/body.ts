// Reads a request body with the size limit applied after decompression, so neither a huge body
// nor a gzip bomb can exhaust memory (SPEC §8).
import zlib from "node:zlib";
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from "../errors";
import { assertCleanJson, type GuardOptions } from "./json-guard";

/** What the body readers need of a request: a header getter (Fetch's Headers, or the listener's over node's rawHeaders). */
export interface HeaderReader {
  get(name: string): string | null;
}

export async function readBody(req: Request, maxBytes: number): Promise<Buffer> {
  return readBodyChunks(req.headers, webBodyChunks(req.body), maxBytes);
}

export function webBodyChunks(body: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> | null {
  return body ? webStreamChunks(body) : null;
}

/** A Fetch body stream as chunks; a reader that stops early (413) cancels the stream. */
async function* webStreamChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * The body from any source of chunks (a Fetch stream, or node's IncomingMessage in the ingest
 * listener), with Content-Encoding and the limit applied as the bytes arrive. Stopping early (413)
 * calls the source's return(), which discards the rest.
 */
export async function readBodyChunks(headers: HeaderReader, chunks: AsyncIterable<Uint8Array> | null, maxBytes: number): Promise<Buffer> {
  const declared = Number(headers.get("content-length") ?? "0");
  const encoding = (headers.get("content-encoding") ?? "identity").toLowerCase().trim();
  if (!["identity", "gzip", "deflate"].includes(encoding)) {
    throw new UnsupportedMediaTypeError(`content-encoding "${encoding}" is not supported (use gzip or none)`);
  }
  if (encoding === "identity" && declared > maxBytes) throw tooLarge(maxBytes);
  if (!chunks) return Buffer.alloc(0);

  const out: Buffer[] = [];
  let size = 0;
  if (encoding === "identity") {
    // a module function, not a closure: the hot path of every single-event request creates none
    for await (const b of chunks) size = take(out, size, b, maxBytes);
  } else {
    const inflate = encoding === "gzip" ? zlib.createGunzip() : zlib.createInflate();
    const push = (b: Uint8Array) => {
      size = take(out, size, b, maxBytes);
    };
    let stopped = false;
    await new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => {
        stopped = true;
        inflate.destroy();
        reject(e);
      };
      inflate.on("data", (b: Buffer) => {
        try {
          push(b);
        } catch (e) {
          fail(e);
        }
      });
      inflate.on("end", resolve);
      inflate.on("error", (e) => fail(new ValidationError(`body is not valid ${encoding}: ${e.message}`)));
      (async () => {
        let compressed = 0;
        // leaving the loop (stopped, or a throw) returns the source, which discards the rest
        for await (const value of chunks) {
          if (stopped) break;
          compressed += value.length;
          if (compressed > maxBytes) throw tooLarge(maxBytes);
          if (!inflate.write(value)) await drainOrClose(inflate);
          if (stopped) break;
        }
        if (!stopped) inflate.end();
      })().catch(fail);
    });
  }
  return out.length === 1 ? out[0] : Buffer.concat(out, size);
}

/** Adds a chunk to `out` and returns the bytes read so far, refusing a body past `maxBytes` (413). */
function take(out: Buffer[], size: number, b: Uint8Array, maxBytes: number): number {
  const total = size + b.length;
  if (total > maxBytes) throw tooLarge(maxBytes);
  out.push(Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  return total;
}

/** Waits until the stream can take more, or is gone (destroyed after a failure). */
function drainOrClose(stream: zlib.Gunzip | zlib.Inflate): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}

function tooLarge(maxBytes: number) {
  return new PayloadTooLargeError(`body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB (after decompression)`);
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Strict UTF-8: invalid bytes are an error, never a silent U+FFFD. */
export function decodeUtf8(buf: Uint8Array): string | null {
  try {
    return decoder.decode(buf);
  } catch {
    return null;
  }
}

/**
 * Parses a UTF-8 JSON body; invalid UTF-8, malformed JSON, nesting past MAX_BODY_DEPTH and strings
 * PostgreSQL cannot store (json-guard.ts) are 400s naming the problem. Endpoints that keep the good
 * items of a batch pass `{strings: false}` and check strings item by item, or `false` when the
 * items' check covers depth too.
 */
export function parseJson(buf: Uint8Array, guard: GuardOptions | false = {}): unknown {
  const text = decodeUtf8(buf);
  if (text === null) throw new ValidationError("body is not valid UTF-8");
  return parseJsonText(text, guard);
}

/** parseJson for text already decoded (strictly) from UTF-8. */
export function parseJsonText(text: string, guard: GuardOptions | false = {}): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ValidationError(`body is not valid JSON: ${(e as Error).message}`);
  }
  if (guard) assertCleanJson(json, ["body"], guard);
  return json;
}

/** 415 unless the request declares one of the accepted media types. */
export function requireContentType(req: { headers: HeaderReader }, accepted: string[]): string {
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!accepted.includes(type)) {
    throw new UnsupportedMediaTypeError(
      `content-type must be ${accepted.join(" or ")}${type ? ` (got "${type}")` : " (none was sent)"}`,
    );
  }
  return type;
}
