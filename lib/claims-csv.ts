import Papa from "papaparse";
import type { DatasetIndex } from "./dataset-index";
import type { Claim } from "./schema";

/**
 * CSV of claims for the API and the explorer's export. Text cells that a
 * spreadsheet would run as a formula are neutralized; numbers stay numbers.
 */

export const CSV_COLUMNS = [
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
  "metric",
  "phase",
  "evidence",
  "sentence",
  "claim_id",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function claimToCsvRow(index: DatasetIndex, claim: Claim): (string | number)[] {
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined> = {
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
    metric: claim.metric,
    phase: claim.phase,
    evidence: claim.evidence.text,
    sentence: claim.evidence.sentence,
    claim_id: claim.id,
  };
  return CSV_COLUMNS.map((column) => neutralizeCell(cells[column]));
}

export type CsvFootnote = { version: string; filters: string; link: string };

/** One export holds at most this many rows (about 40 MB); the footnote says when rows were left out. */
export const MAX_CSV_ROWS = 100_000;
const ROWS_PER_CHUNK = 500;

/**
 * The CSV in pieces of ROWS_PER_CHUNK rows, produced only as they are asked for, so a large
 * export is streamed at the pace of the client and never held as one string. Footnote lines
 * start with "#" so CSV readers can skip them (papaparse `comments: "#"`).
 */
export function* claimsCsvChunks(index: DatasetIndex, claims: Claim[], footnote: CsvFootnote, maxRows = MAX_CSV_ROWS): Generator<string> {
  const rows = Math.min(claims.length, maxRows);
  yield `${Papa.unparse({ fields: [...CSV_COLUMNS], data: [] }, { newline: "\n" }).trimEnd()}\n`;
  for (let start = 0; start < rows; start += ROWS_PER_CHUNK) {
    const data = claims.slice(start, Math.min(rows, start + ROWS_PER_CHUNK)).map((c) => claimToCsvRow(index, c));
    yield `${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: "\n", header: false })}\n`;
  }
  const notes = [
    `# Claimscope data version: ${footnote.version}`,
    `# Filters: ${footnote.filters}`,
    `# Link: ${footnote.link}`,
    ...(rows < claims.length ? [`# Truncated: the first ${rows} of ${claims.length} matching claims (export limit ${maxRows}); narrow the filters for the rest`] : []),
  ].map((line) => line.replace(/[\r\n]+/g, " "));
  yield `${notes.join("\n")}\n`;
}

export function claimsToCsv(index: DatasetIndex, claims: Claim[], footnote: CsvFootnote, maxRows = MAX_CSV_ROWS): string {
  return [...claimsCsvChunks(index, claims, footnote, maxRows)].join("");
}

/** The chunks as a byte stream that pulls the next chunk only when the client has read the last. */
export function claimsCsvStream(index: DatasetIndex, claims: Claim[], footnote: CsvFootnote): ReadableStream<Uint8Array> {
  const chunks = claimsCsvChunks(index, claims, footnote);
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
