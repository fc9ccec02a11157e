// Which parts of a multipart/form-data body are not valid UTF-8. The platform's form parser decodes
// text parts with U+FFFD for bad bytes, which would store a silently altered run; this reads the raw
// bytes instead. Only called when the whole body failed strict decoding (binary attachments are
// legitimate), so the common path costs one TextDecoder pass.
import { decodeUtf8 } from "../http/body";

/** Names of the parts whose content is not valid UTF-8 (unnamed parts are reported as ""). */
export function invalidUtf8Parts(body: Buffer, contentType: string): string[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const bad: string[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start, next);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("latin1");
      // the content ends before the CRLF that precedes the next delimiter
      const content = part.subarray(headerEnd + 4, Math.max(headerEnd + 4, part.length - 2));
      if (decodeUtf8(content) === null) bad.push(/name="([^"]*)"/i.exec(headers)?.[1] ?? "");
    }
    at = next;
  }
  return bad;
}
