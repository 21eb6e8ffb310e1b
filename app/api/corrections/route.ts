import { checkCorrection } from "@/lib/curation/submit-correction";
import { datasetStore, loadDataset } from "@/lib/dataset/load-dataset";
import { readJsonBody } from "@/lib/http/json-body";
import { clientKey, RateLimiter } from "@/lib/http/rate-limit";
import { safeJsonResponse } from "@/lib/http/safe-json";
import { CORRECTION_LIMITS, CorrectionRequest, CorrectionStatus } from "@/lib/schema";
import { listCorrections, submitCorrection } from "@/lib/store/corrections";

const NO_STORE = { "Cache-Control": "no-store" };
/** Submissions per client: a burst of CLAIMSCOPE_CORRECTIONS_PER_MINUTE (default 10), refilled over a minute. */
const limiter = new RateLimiter(Number(process.env.CLAIMSCOPE_CORRECTIONS_PER_MINUTE) || 10, 60_000);
const MAX_LISTED = 500;

/** POST /api/corrections: a reader suggests a correction; it waits for a reviewer. */
export async function POST(request: Request): Promise<Response> {
  const verdict = limiter.take(clientKey(request.headers));
  if (!verdict.allowed) {
    return safeJsonResponse(
      { error: `too many corrections from this client; try again in ${verdict.retryAfterSeconds} s` },
      { status: 429, headers: { ...NO_STORE, "Retry-After": String(verdict.retryAfterSeconds) } },
    );
  }
  const body = await readJsonBody(request, CorrectionRequest, CORRECTION_LIMITS.body);
  if (!body.ok) return safeJsonResponse({ error: body.error, ...(body.field ? { field: body.field } : {}) }, { status: body.status, headers: NO_STORE });
  const checked = checkCorrection(await loadDataset(), body.value);
  if (!checked.ok) return safeJsonResponse({ error: checked.error, field: checked.field }, { status: checked.status, headers: NO_STORE });
  const stored = await submitCorrection(await datasetStore(), checked.correction);
  return safeJsonResponse({ id: stored.id, status: stored.status }, { status: 201, headers: { ...NO_STORE, Location: `/api/corrections?id=${stored.id}` } });
}

/** GET /api/corrections?status=pending|approved|rejected[&paper=<id>]: the queue, oldest first. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const statusText = url.searchParams.get("status");
  const status = statusText === null ? undefined : CorrectionStatus.safeParse(statusText);
  if (status && !status.success) {
    return safeJsonResponse({ error: `status: expected one of ${CorrectionStatus.options.join(", ")}`, parameter: "status" }, { status: 400, headers: NO_STORE });
  }
  const paperId = url.searchParams.get("paper") ?? undefined;
  const corrections = await listCorrections(await datasetStore(), { status: status?.data, paperId, limit: MAX_LISTED });
  return safeJsonResponse({ corrections, limit: MAX_LISTED }, { headers: NO_STORE });
}
