import type { z } from "zod";

/*
 * A JSON request body, bounded and validated: too large → 413, not JSON → 400, not the
 * schema → 400 naming the first field that is wrong (`fields.value: …`).
 */
export type BodyResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 413 | 415; error: string; field?: string };

export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes: number): Promise<BodyResult<z.infer<S>>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return { ok: false, status: 415, error: "send the body as application/json" };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, status: 413, error: `body is ${declared} bytes; at most ${maxBytes} are accepted` };
  const text = await readBounded(request, maxBytes);
  if (text === null) return { ok: false, status: 413, error: `body is longer than ${maxBytes} bytes` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, status: 400, error: `body is not valid JSON (${(e as Error).message.slice(0, 120)})` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join(".") || "body";
  return { ok: false, status: 400, error: `${field}: ${issue.message}`, field };
}

/** The body as text, or null as soon as it passes `maxBytes` (a missing Content-Length is no way around the bound). */
async function readBounded(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
