// Reads a request body with the size limit applied after decompression, so neither a huge body
// nor a gzip bomb can exhaust memory (SPEC §8).
import zlib from "node:zlib";
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from "../errors";
import { assertCleanJson, type GuardOptions } from "./json-guard";

export async function readBody(req: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  const encoding = (req.headers.get("content-encoding") ?? "identity").toLowerCase().trim();
  if (!["identity", "gzip", "deflate"].includes(encoding)) {
    throw new UnsupportedMediaTypeError(`content-encoding "${encoding}" is not supported (use gzip or none)`);
  }
  if (encoding === "identity" && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return Buffer.alloc(0);

  const inflate = encoding === "identity" ? null : encoding === "gzip" ? zlib.createGunzip() : zlib.createInflate();
  const chunks: Buffer[] = [];
  let size = 0;
  const push = (b: Buffer) => {
    size += b.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(b);
  };
  const reader = req.body.getReader();
  try {
    if (!inflate) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        push(Buffer.from(value));
      }
    } else {
      await new Promise<void>((resolve, reject) => {
        inflate.on("data", (b: Buffer) => {
          try {
            push(b);
          } catch (e) {
            inflate.destroy();
            reject(e);
          }
        });
        inflate.on("end", resolve);
        inflate.on("error", (e) => reject(new ValidationError(`body is not valid ${encoding}: ${e.message}`)));
        (async () => {
          let compressed = 0;
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            compressed += value.length;
            if (compressed > maxBytes) throw tooLarge(maxBytes);
            if (!inflate.write(value)) await new Promise((r) => inflate.once("drain", r));
          }
          inflate.end();
        })().catch(reject);
      });
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  return Buffer.concat(chunks, size);
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
export function requireContentType(req: Request, accepted: string[]): string {
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!accepted.includes(type)) {
    throw new UnsupportedMediaTypeError(
      `content-type must be ${accepted.join(" or ")}${type ? ` (got "${type}")` : " (none was sent)"}`,
    );
  }
  return type;
}
