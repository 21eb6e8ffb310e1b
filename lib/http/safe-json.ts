/**
 * JSON with <, > and & written as \u escapes: the same data once parsed, but a
 * response body can never contain text a browser would sniff or render as markup,
 * even when it echoes what a URL said (the API's `ignored` list).
 */
export function safeJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function safeJsonResponse(value: unknown, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(safeJsonText(value), { ...init, headers });
}
