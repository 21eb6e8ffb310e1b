import { createHash, timingSafeEqual } from "node:crypto";

/*
 * Reviewing is on only when CLAIMSCOPE_REVIEW_TOKEN is set, and a decision must carry
 * `Authorization: Bearer <that token>`. Both sides are hashed before the constant-time
 * compare, so neither the token's content nor its length leaks through timing.
 */
export type ReviewAuth = { ok: true } | { ok: false; status: 401 | 403; error: string };

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

export function checkReviewToken(authorization: string | null, expected: string | undefined): ReviewAuth {
  if (!expected) return { ok: false, status: 403, error: "reviewing is off on this server: set CLAIMSCOPE_REVIEW_TOKEN to enable it" };
  const match = /^Bearer ([^\s]+)$/.exec(authorization?.trim() ?? "");
  if (!match) return { ok: false, status: 401, error: "missing reviewer token: send Authorization: Bearer <token>" };
  if (!timingSafeEqual(digest(match[1]!), digest(expected))) return { ok: false, status: 403, error: "the reviewer token is not valid" };
  return { ok: true };
}
