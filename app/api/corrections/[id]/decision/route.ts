import { datasetStore } from "@/lib/dataset/load-dataset";
import { readJsonBody } from "@/lib/http/json-body";
import { checkReviewToken } from "@/lib/http/review-auth";
import { safeJsonResponse } from "@/lib/http/safe-json";
import { DecisionRequest } from "@/lib/schema";
import { decideCorrection } from "@/lib/store/corrections";

const NO_STORE = { "Cache-Control": "no-store" };
const MAX_BODY = 2048;

/** POST /api/corrections/{id}/decision {decision: "approve"|"reject", note?}, with the reviewer's bearer token. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const auth = checkReviewToken(request.headers.get("authorization"), process.env.CLAIMSCOPE_REVIEW_TOKEN);
  if (!auth.ok) {
    const headers = auth.status === 401 ? { ...NO_STORE, "WWW-Authenticate": 'Bearer realm="claimscope-review"' } : NO_STORE;
    return safeJsonResponse({ error: auth.error }, { status: auth.status, headers });
  }
  const { id: idText } = await params;
  const id = /^[1-9]\d{0,9}$/.test(idText) ? Number(idText) : NaN;
  if (!Number.isSafeInteger(id)) return safeJsonResponse({ error: "id: expected a correction number", field: "id" }, { status: 400, headers: NO_STORE });
  const body = await readJsonBody(request, DecisionRequest, MAX_BODY);
  if (!body.ok) return safeJsonResponse({ error: body.error, ...(body.field ? { field: body.field } : {}) }, { status: body.status, headers: NO_STORE });
  const outcome = await decideCorrection(await datasetStore(), id, body.value.decision, body.value.note || undefined);
  if (!outcome.ok && outcome.problem === "not-found") return safeJsonResponse({ error: `no correction #${id}` }, { status: 404, headers: NO_STORE });
  if (!outcome.ok) {
    return safeJsonResponse({ error: `correction #${id} was already ${outcome.correction?.status}`, correction: outcome.correction }, { status: 409, headers: NO_STORE });
  }
  return safeJsonResponse({ correction: outcome.correction }, { headers: NO_STORE });
}
