import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/lib/http/json-body";
import { CorrectionRequest } from "@/lib/schema";

const post = (body: string, type = "application/json") => new Request("http://x/api/corrections", { method: "POST", headers: { "content-type": type }, body });

describe("readJsonBody with CorrectionRequest", () => {
  it("accepts each action and fills nothing in", async () => {
    const reject = { action: "reject", claimId: "p:speedup:1", reason: "not a claim" };
    expect(await readJsonBody(post(JSON.stringify(reject)), CorrectionRequest, 8192)).toEqual({ ok: true, value: reject });
    const add = { action: "add", paperId: "p", evidence: "90% fewer FLOPs", fields: { kind: "compute", value: 10 }, reason: "missed" };
    expect(await readJsonBody(post(JSON.stringify(add)), CorrectionRequest, 8192)).toMatchObject({ ok: true, value: add });
  });

  it("names the field that is wrong", async () => {
    const cases: [unknown, string][] = [
      [{ action: "correct", claimId: "p:1", fields: { value: "x" }, reason: "r" }, "fields.value"],
      [{ action: "correct", claimId: "p:1", fields: {}, reason: "r" }, "fields"],
      [{ action: "reject", claimId: "p:1", reason: "  " }, "reason"],
      [{ action: "reject", claimId: "p:1", reason: "r".repeat(1001) }, "reason"],
      [{ action: "reject", claimId: "p:1", reason: "r", extra: 1 }, ""],
      [{ action: "delete", claimId: "p:1", reason: "r" }, "action"],
      [{ action: "correct", claimId: "p:1", fields: { hardware: { class: "TPU" } }, reason: "r" }, "fields.hardware.class"],
    ];
    for (const [body, field] of cases) {
      const result = await readJsonBody(post(JSON.stringify(body)), CorrectionRequest, 8192);
      expect(result, JSON.stringify(body)).toMatchObject({ ok: false, status: 400 });
      if (field) expect(result).toMatchObject({ field });
    }
  });

  it("refuses what is not JSON, not declared JSON, or too large", async () => {
    expect(await readJsonBody(post("{"), CorrectionRequest, 8192)).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/not valid JSON/) });
    expect(await readJsonBody(post("{}", "text/plain"), CorrectionRequest, 8192)).toMatchObject({ ok: false, status: 415 });
    expect(await readJsonBody(post(JSON.stringify({ reason: "x".repeat(9000) })), CorrectionRequest, 8192)).toMatchObject({ ok: false, status: 413 });
  });
});
