import { publicLink, publicOrigin } from "@/lib/http/public-origin";
import { claimsCsvStream, CSV_COLUMNS, csvMetadataHeaders, MAX_CSV_ROWS, type CsvMetadata } from "@/lib/views/claims-csv";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { explorerView } from "@/lib/views/explorer-view";
import { safeJsonResponse } from "@/lib/http/safe-json";
import { hrefFor, parseUrlState } from "@/lib/views/url-state";
import { describeFilters } from "@/lib/views/view-edits";
import { explainClaim } from "@/lib/views/explain-claim";

/** Claims per JSON page; CSV exports every matching claim. */
const API_PAGE_SIZE = 1000;
const FORMATS = ["json", "csv", "meta"] as const;

/**
 * GET /api/claims: the explorer's view as data. Same parameters, same query module.
 * Links in answers are absolute only on the configured public origin (lib/http/public-origin.ts),
 * otherwise relative (path and query): the request's Host header is never echoed.
 * `format=meta` is the CSV's sidecar: what the rows are, as JSON.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { state, ignored } = parseUrlState(url.searchParams);
  const rawFormat = url.searchParams.get("format");
  const format = rawFormat === null ? "json" : FORMATS.find((f) => f === rawFormat.toLowerCase());
  if (format === undefined) ignored.push(`format=${rawFormat!.slice(0, 40)}`);
  // Pages ignore what they cannot read and say so; an API client gets a 400 naming the parameter.
  if (ignored.length > 0 || format === undefined) {
    return safeJsonResponse(
      { error: `unsupported or malformed parameter: ${ignored[0]}`, parameter: ignored[0]!.split("=")[0]!.split(" ")[0], ignored },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const index = await loadDataset();
  const { sorted } = explorerView(index, state);
  // Links on the configured public origin, else relative (never the request's Host).
  const origin = publicOrigin(request.headers);
  if (format === "csv" || format === "meta") {
    const meta: CsvMetadata = {
      version: index.version,
      filters: describeFilters(state),
      link: publicLink(hrefFor("/", { ...state, page: 1, v: index.version }), origin),
      methodology: "/methodology",
      rows: Math.min(sorted.length, MAX_CSV_ROWS),
      matched: sorted.length,
      columns: CSV_COLUMNS,
    };
    if (format === "meta") return safeJsonResponse(meta, { headers: { "Cache-Control": "no-store" } });
    return new Response(claimsCsvStream(index, sorted), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": 'attachment; filename="claimscope-claims.csv"',
        "Cache-Control": "no-store",
        ...csvMetadataHeaders(meta),
      },
    });
  }
  // Bounded payloads: JSON comes in pages of API_PAGE_SIZE claims (`page`, as in the explorer).
  const pageCount = Math.max(1, Math.ceil(sorted.length / API_PAGE_SIZE));
  const page = Math.min(state.page, pageCount);
  // Each claim carries how its number came from the words (lib/views/explain-claim.ts).
  const claims = sorted.slice((page - 1) * API_PAGE_SIZE, page * API_PAGE_SIZE).map((c) => ({ ...c, explanation: explainClaim(c) }));
  const next = page < pageCount ? publicLink(hrefFor("/api/claims", { ...state, page: page + 1 }), origin) : null;
  return safeJsonResponse(
    { claims, version: index.version, total: sorted.length, page, pageCount, pageSize: API_PAGE_SIZE, next, methodology: "/methodology" },
    { headers: { "Cache-Control": "no-store" } },
  );
}
