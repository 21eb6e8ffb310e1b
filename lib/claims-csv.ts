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

/** Footnote lines start with "#" so CSV readers can skip them (papaparse `comments: "#"`). */
export function claimsToCsv(index: DatasetIndex, claims: Claim[], footnote: CsvFootnote): string {
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: claims.map((c) => claimToCsvRow(index, c)) }, { newline: "\n" });
  const notes = [
    `# Claimscope data version: ${footnote.version}`,
    `# Filters: ${footnote.filters}`,
    `# Link: ${footnote.link}`,
  ].map((line) => line.replace(/[\r\n]+/g, " "));
  return `${body}\n${notes.join("\n")}\n`;
}
