import type { ClaimDraft } from "./types";
import type { ScannedContext } from "./find-metric";
import type { TraceStep } from "./trace";

/** The text around a quantity within its sentence. */
export interface QuantityContext {
  /** Text before the quantity (before the first item, for a list). */
  before: string;
  /** Text after the quantity (after the last item, for a list). */
  after: string;
  sentence: string;
  /** The claim drafted for the previous quantity of the same sentence, for lists and ellipsis. */
  previous?: { draft: ClaimDraft; gap: string };
  /** The claims drafted before it in the same sentence, in order, for a list parallel to them. */
  earlier?: ClaimDraft[];
  /** Where the quantity stands in its list ("1.6x, 3.0x and 162x"): item index and list size. */
  position?: { index: number; size: number };
  /** Metric terms of the sentence, scanned once for all its numbers. */
  scanned?: ScannedContext;
  /** Collects why each step kept, dropped or changed the number (npm run extract -- --explain). */
  trace?: TraceStep[];
}
