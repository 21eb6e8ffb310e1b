import { claimsToCsv } from "@/lib/claims-csv";
import { loadDataset } from "@/lib/dataset";
import { explorerView } from "@/lib/view-cache";
import { safeJsonResponse } from "@/lib/safe-json";
import { hrefFor, parseUrlState } from "@/lib/url-state";
import { describeFilters } from "@/lib/view-edits";

/** Claims per JSON page; CSV exports every matching claim. */
const API_PAGE_SIZE = 1000;

/** GET /api/claims: the explorer's view as data. Same parameters, same query module. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { state, ignored } = parseUrlState(url.searchParams);
  const format = url.searchParams.get("format");
  if (format !== null && format !== "json" && format !== "csv") ignored.push(`format=${format.slice(0, 40)}`);
  // Pages ignore what they cannot read and say so; an API client gets a 400 naming the parameter.
  if (ignored.length > 0) {
    return safeJsonResponse(
      { error: `unsupported or malformed parameter: ${ignored[0]}`, parameter: ignored[0]!.split("=")[0], ignored },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const index = await loadDataset();
  const { sorted } = explorerView(index, state);
  if (format === "csv") {
    const link = new URL(hrefFor("/", state), url.origin).toString();
    const csv = claimsToCsv(index, sorted, { version: index.version, filters: describeFilters(state), link });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="claimscope-claims.csv"',
        "Cache-Control": "no-store",
      },
    });
  }
  // Bounded payloads: JSON comes in pages of API_PAGE_SIZE claims (`page`, as in the explorer).
  const pageCount = Math.max(1, Math.ceil(sorted.length / API_PAGE_SIZE));
  const page = Math.min(state.page, pageCount);
  const claims = sorted.slice((page - 1) * API_PAGE_SIZE, page * API_PAGE_SIZE);
  const next = page < pageCount ? new URL(hrefFor("/api/claims", { ...state, page: page + 1 }), url.origin).toString() : null;
  return safeJsonResponse(
    { claims, version: index.version, total: sorted.length, page, pageCount, pageSize: API_PAGE_SIZE, next },
    { headers: { "Cache-Control": "no-store" } },
  );
}
