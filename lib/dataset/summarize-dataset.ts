import { CLAIM_KINDS, HARDWARE_CLASSES, type Dataset } from "../schema";

/** The counts `npm run extract` prints, as lines of text. */
export function summarizeDataset(d: Dataset): string[] {
  const count = <T extends string>(keys: readonly T[], of: (c: Dataset["claims"][number]) => T) =>
    keys.map((k) => `${k} ${d.claims.filter((c) => of(c) === k).length}`).join(", ");
  const withClaims = new Set(d.claims.map((c) => c.paperId));
  return [
    `papers: ${d.papers.length} (${d.papers.length - withClaims.size} with no claims)`,
    `claims: ${d.claims.length}`,
    `  per kind: ${count(CLAIM_KINDS, (c) => c.kind)}`,
    `  per hardware class: ${count(HARDWARE_CLASSES, (c) => c.hardware.class)}`,
    `version: ${d.version}`,
  ];
}
