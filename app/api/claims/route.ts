import { claimsToCsv } from "@/lib/claims-csv";
import { loadDataset } from "@/lib/dataset";
import { queryClaims } from "@/lib/query";
import { safeJsonResponse } from "@/lib/safe-json";
import { hrefFor, parseUrlState } from "@/lib/url-state";
import { describeFilters } from "@/lib/view-edits";

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
  const index = loadDataset();
  const { sorted } = queryClaims(index, state);
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
  return safeJsonResponse({ claims: sorted, version: index.version, total: sorted.length }, { headers: { "Cache-Control": "no-store" } });
}
