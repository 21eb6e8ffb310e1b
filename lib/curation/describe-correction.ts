import type { StoredCorrection } from "../schema";

/** "correction #12 (reject, paper "x", evidence "2.8x faster")": how logs and the CLI name one. */
export function describeCorrection(c: Pick<StoredCorrection, "id" | "action" | "paperId" | "evidence">): string {
  return `correction #${c.id} (${c.action}, paper "${c.paperId}", evidence "${c.evidence}")`;
}
