/*
 * Requests refused before any route runs, because Next would answer them with a 500: a path
 * whose percent-encoding does not decode to UTF-8 ("/papers/%ff"), and a server-action POST
 * that no form of ours can send (a forged body that is not form data, or one far larger
 * than the search form ever posts). The limits: a search form posts a few hundred bytes.
 */
export const MAX_ACTION_BODY_BYTES = 64 * 1024;
const FORM_CONTENT_TYPES = /^(?:multipart\/form-data|application\/x-www-form-urlencoded)\s*(?:;|$)/i;

export interface Refusal {
  status: 400 | 411 | 413;
  error: string;
}

export function checkPathEncoding(pathname: string): Refusal | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return { status: 400, error: "the path is not valid percent-encoded UTF-8" };
  }
}

/** A POST carrying a Next-Action header: must be a form body of a declared, bounded length. */
export function checkActionRequest(method: string, headers: Pick<Headers, "get">): Refusal | null {
  if (method !== "POST" || headers.get("next-action") === null) return null;
  const length = headers.get("content-length");
  if (length === null) return { status: 411, error: "a form post must declare its Content-Length" };
  if (!/^\d{1,12}$/.test(length)) return { status: 400, error: "Content-Length is not a number" };
  if (Number(length) > MAX_ACTION_BODY_BYTES) return { status: 413, error: `form body is ${length} bytes; at most ${MAX_ACTION_BODY_BYTES} are accepted` };
  if (!FORM_CONTENT_TYPES.test(headers.get("content-type") ?? "")) return { status: 400, error: "a form post must be multipart/form-data or application/x-www-form-urlencoded" };
  return null;
}
