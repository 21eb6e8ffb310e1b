import type { ClaimKind } from "../schema";

/*
 * Claim ids must survive re-extraction: corrections and shared links point at them. Offsets move
 * whenever a span is widened or the abstract gains a word, so the id is built from what the claim
 * says instead: paper, kind and the normalized words of its evidence, plus the occurrence number
 * when one abstract states the same words twice.
 */

const NON_ASCII = /[^\x00-\x7f]/;
const NON_WORD = /[^\p{L}\p{N}.]+/gu;
/** The same on ASCII text, where the letters and digits are [A-Za-z0-9]: no Unicode tables to consult. */
const ASCII_NON_WORD = /[^A-Za-z0-9.]+/g;

/** Lower-case letters and digits only: "2.8x Speed-up" and "2.8× speed up" give the same words. */
export function evidenceWords(text: string): string {
  // ASCII is its own NFKC form; normalizing costs more than the rest of the id.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(ASCII_NON_WORD, " ").trim();
  return text.normalize("NFKC").toLowerCase().replace(/×/g, "x").replace(NON_WORD, " ").trim();
}

/** FNV-1a, 32 bits: a short, fast, dependency-free digest; ids are scoped by paper and kind. */
function fnv1a(text: string): string {
  return hex(fnv1aNumber(text));
}
function fnv1aNumber(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
const hex = (digest: number) => digest.toString(16).padStart(8, "0");

export function stableClaimId(paperId: string, kind: ClaimKind, evidenceText: string, occurrence = 0): string {
  return idOfDigest(paperId, kind, fnv1a(evidenceWords(evidenceText)), occurrence);
}

function idOfDigest(paperId: string, kind: ClaimKind, digest: string, occurrence: number): string {
  return occurrence === 0 ? `${paperId}:${kind}:${digest}` : `${paperId}:${kind}:${digest}-${occurrence + 1}`;
}

/** Gives each claim of one paper its id, numbering repeats of the same (kind, words) in text order. */
export function claimIdAllocator(paperId: string): (kind: ClaimKind, evidenceText: string) => string {
  // Keyed by kind, then the digest as a number: the same (kind, digest) pairs as the base id strings, without hashing a string per claim.
  const seen = new Map<ClaimKind, Map<number, number>>();
  return (kind, evidenceText) => {
    // The words are digested once, for the base id and for a repeat's numbered one.
    const digest = fnv1aNumber(evidenceWords(evidenceText));
    let ofKind = seen.get(kind);
    if (!ofKind) seen.set(kind, (ofKind = new Map()));
    const occurrence = ofKind.get(digest) ?? 0;
    ofKind.set(digest, occurrence + 1);
    return idOfDigest(paperId, kind, hex(digest), occurrence);
  };
}
