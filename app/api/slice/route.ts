import { loadDataset } from "@/lib/dataset/load-dataset";
import { safeJsonResponse } from "@/lib/http/safe-json";
import { BROWSER_FILTER_MAX_CLAIMS } from "@/lib/views/claims-slice";
import { servedSlice } from "@/lib/views/served-slice";

/**
 * GET /api/slice?v=<hash>: the claims slice the explorer filters in the browser
 * (lib/views/claims-slice.ts), one body for every view, fetched by the page after it has
 * painted. `v` is a hash of the body (lib/views/served-slice.ts): when it names the served
 * slice the answer is immutable, for the browser and any shared cache; any other `v` (an old
 * page after a correction, or none) gets the served slice, revalidated on every use (the view
 * cache's ETag in scripts/serve.ts). Nothing older than the served data is ever answered.
 * Above BROWSER_FILTER_MAX_CLAIMS the explorer asks the server per view and there is no slice.
 */
export async function GET(request: Request): Promise<Response> {
  const index = await loadDataset();
  if (index.claims.length > BROWSER_FILTER_MAX_CLAIMS) {
    return safeJsonResponse({ error: `more than ${BROWSER_FILTER_MAX_CLAIMS} claims are filtered on the server` }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const { hash, body } = servedSlice(index);
  const named = new URL(request.url).searchParams.get("v") === hash;
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": named ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });
}
