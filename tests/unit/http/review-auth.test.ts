import { describe, expect, it } from "vitest";
import { checkReviewToken } from "@/lib/http/review-auth";

describe("checkReviewToken", () => {
  it("is off (403) when no token is configured, whatever is sent", () => {
    expect(checkReviewToken("Bearer anything", undefined)).toMatchObject({ ok: false, status: 403, error: expect.stringMatching(/CLAIMSCOPE_REVIEW_TOKEN/) });
    expect(checkReviewToken("Bearer ", "")).toMatchObject({ ok: false, status: 403 });
  });

  it("401 without a bearer token, 403 with a wrong one, ok with the right one", () => {
    expect(checkReviewToken(null, "s3cret")).toMatchObject({ ok: false, status: 401 });
    expect(checkReviewToken("Basic czNjcmV0", "s3cret")).toMatchObject({ ok: false, status: 401 });
    expect(checkReviewToken("Bearer s3cre", "s3cret")).toMatchObject({ ok: false, status: 403 });
    expect(checkReviewToken("Bearer s3cret-and-more", "s3cret")).toMatchObject({ ok: false, status: 403 });
    expect(checkReviewToken("Bearer s3cret", "s3cret")).toEqual({ ok: true });
  });
});
