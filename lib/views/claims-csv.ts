import Papa from "papaparse";
import type { DatasetIndex } from "../dataset/dataset-index";
import type { Claim } from "../schema";
import { explainClaim } from "./explain-claim";

/**
 * CSV of claims for the API and the explorer's export: a header and one row per
 * claim, nothing else, so any CSV reader gets rows of equal width. What the file
 * is (data version, filters, link) travels separately (`csvMetadata`: response
 * headers and the `format=meta` sidecar). Text a spreadsheet would run as a formula
 * is escaped by papaparse (`escapeFormulae`); numbers stay numbers.
 */

/** Every claim field, flattened; `conversion` is how the value came from the words. */
export const CSV_COLUMNS = [
  "claim_id",
  "paper_id",
  "paper_title",
  "kind",
  "value",
  "min",
  "unit",
  "qualifier",
  "hardware",
  "device",
  "baseline",
  "baseline_canonical",
  "baseline_hardware",
  "metric",
  "phase",
  "evidence",
  "evidence_start",
  "evidence_end",
  "sentence",
  "rule",
  "status",
  "reason",
  "conversion",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function claimToCsvRow(index: DatasetIndex, claim: Claim): (string | number)[] {
  const cells: Record<CsvColumn, string | number | null | undefined> = {
    claim_id: claim.id,
    paper_id: claim.paperId,
    paper_title: index.paperById.get(claim.paperId)?.title,
    kind: claim.kind,
    value: claim.value,
    min: claim.min,
    unit: claim.unit,
    qualifier: claim.qualifier,
    hardware: claim.hardware.class,
    device: claim.hardware.device,
    baseline: claim.baseline,
    baseline_canonical: claim.baselineCanonical,
    baseline_hardware: claim.baselineHardware,
    metric: claim.metric,
    phase: claim.phase,
    evidence: claim.evidence.text,
    evidence_start: claim.evidence.start,
    evidence_end: claim.evidence.end,
    sentence: claim.evidence.sentence,
    rule: claim.rule,
    status: claim.status ?? "extracted",
    reason: claim.reason,
    conversion: explainClaim(claim).conversion,
  };
  return CSV_COLUMNS.map((column) => cells[column] ?? "");
}

/** One export holds at most this many rows; the metadata says when rows were left out. */
export const MAX_CSV_ROWS = 100_000;
const ROWS_PER_CHUNK = 500;

/**
 * The CSV in pieces of ROWS_PER_CHUNK rows, produced only as they are asked for, so a
 * large export is streamed at the client's pace and never held as one string.
 */
export function* claimsCsvChunks(index: DatasetIndex, claims: Claim[], maxRows = MAX_CSV_ROWS): Generator<string> {
  const rows = Math.min(claims.length, maxRows);
  yield `${Papa.unparse([[...CSV_COLUMNS]], { newline: "\n" })}\n`;
  for (let start = 0; start < rows; start += ROWS_PER_CHUNK) {
    const data = claims.slice(start, Math.min(rows, start + ROWS_PER_CHUNK)).map((c) => claimToCsvRow(index, c));
    yield `${Papa.unparse(data, { newline: "\n", escapeFormulae: true })}\n`;
  }
}

export function claimsToCsv(index: DatasetIndex, claims: Claim[], maxRows = MAX_CSV_ROWS): string {
  return [...claimsCsvChunks(index, claims, maxRows)].join("");
}

/** The chunks as a byte stream that pulls the next chunk only when the client has read the last. */
export function claimsCsvStream(index: DatasetIndex, claims: Claim[]): ReadableStream<Uint8Array> {
  const chunks = claimsCsvChunks(index, claims);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      cancel() {
        chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** What a CSV export is: everything a footnote would say, kept out of the rows. */
export type CsvMetadata = {
  version: string;
  filters: string;
  /** The explorer view the rows came from: relative unless a public origin is configured. */
  link: string;
  methodology: string;
  /** Rows in the file, and the claims that matched (more when the export limit cut it). */
  rows: number;
  matched: number;
  columns: readonly CsvColumn[];
};

/** Response headers carry the metadata too; header values must be ASCII, so text is percent-encoded. */
export function csvMetadataHeaders(meta: CsvMetadata): Record<string, string> {
  return {
    "X-Claimscope-Version": meta.version,
    "X-Claimscope-Filters": encodeURIComponent(meta.filters),
    "X-Claimscope-View": encodeURI(meta.link),
    "X-Claimscope-Methodology": encodeURI(meta.methodology),
    "X-Claimscope-Rows": String(meta.rows),
    "X-Claimscope-Matched": String(meta.matched),
  };
}
