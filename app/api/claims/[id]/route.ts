import { loadDataset } from "@/lib/dataset/load-dataset";
import { safeJsonResponse } from "@/lib/http/safe-json";
import { claimEvidence } from "@/lib/views/claim-evidence";

/** GET /api/claims/<claim id>: the evidence sentence and paper title of one served claim (chart tooltips load it). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const found = claimEvidence(await loadDataset(), id);
  if (!found) return safeJsonResponse({ error: "no served claim has this id", parameter: "id" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return safeJsonResponse(found);
}
