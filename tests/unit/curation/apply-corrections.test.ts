import { describe, expect, it } from "vitest";
import { applyCorrections } from "@/lib/curation/apply-corrections";
import { extractClaims } from "@/lib/extract";
import type { StoredCorrection } from "@/lib/schema";
import { storedCorrection } from "./stored-correction";

const PAPER = { id: "flightllm", title: "FlightLLM", abstract: "FlightLLM beats NVIDIA A100 GPU with 1.2times higher throughput. It cuts energy by 6.0times. It is small and uses 90% fewer FLOPs overall." };
const papers = new Map([[PAPER.id, PAPER]]);
const released = extractClaims(PAPER);
const throughput = released.find((c) => c.kind === "speedup")!;

let nextId = 1;
function approved(c: Partial<StoredCorrection> & Pick<StoredCorrection, "action">): StoredCorrection {
  // An added claim has no target yet: it names the paper and the phrase it reads.
  const target = c.action === "add" ? { id: "", paperId: PAPER.id, kind: "compute" as const, evidence: { text: "It is small" } } : throughput;
  return storedCorrection(target, { id: nextId++, ...c });
}

describe("applyCorrections", () => {
  it("correct sets the fields, marks the claim corrected and records its history", () => {
    const c = approved({ action: "correct", fields: { value: 1.3, hardware: { class: "GPU", device: "A100" } }, reason: "table 2" });
    const { claims, historyByClaim, unapplied } = applyCorrections(papers, released, [c]);
    expect(claims.find((x) => x.id === throughput.id)).toMatchObject({ value: 1.3, hardware: { device: "A100" }, status: "corrected", reason: "table 2", evidence: throughput.evidence });
    expect(historyByClaim.get(throughput.id)).toEqual([c]);
    expect(unapplied).toEqual([]);
  });

  it("reject keeps the claim, marked rejected; a later correct of it is reported, not applied", () => {
    const reject = approved({ action: "reject", reason: "not comparable" });
    const correct = approved({ action: "correct", fields: { value: 9 } });
    const { claims, unapplied } = applyCorrections(papers, released, [reject, correct]);
    expect(claims.find((x) => x.id === throughput.id)).toMatchObject({ status: "rejected", value: throughput.value });
    expect(unapplied).toMatchObject([{ correction: { id: correct.id }, problem: expect.stringMatching(`correction #${reject.id} rejected this claim`) }]);
  });

  it("add places the claim by its evidence; the same add twice is reported as a duplicate", () => {
    const add = approved({ action: "add", fields: { kind: "compute", value: 10 } });
    const again = approved({ action: "add", fields: { kind: "compute", value: 10 } });
    const { claims, unapplied } = applyCorrections(papers, released, [add, again]);
    expect(claims.filter((x) => x.status === "added")).toMatchObject([{ kind: "compute", value: 10, evidence: { text: "It is small" }, paperId: PAPER.id }]);
    expect(unapplied).toMatchObject([{ correction: { id: again.id }, problem: expect.stringMatching(`duplicate of correction #${add.id}`) }]);
  });

  it("a correction whose claim vanished from the release is reported, never dropped silently", () => {
    const c = approved({ action: "correct", fields: { value: 2 } });
    const { claims, unapplied } = applyCorrections(papers, released.filter((x) => x.id !== throughput.id), [c]);
    expect(claims).toHaveLength(released.length - 1);
    expect(unapplied).toMatchObject([{ correction: { id: c.id }, problem: expect.stringMatching(/not in the current release/) }]);
  });

  it("a correction that would make an invalid claim is reported", () => {
    const c = approved({ action: "correct", fields: { value: -2 } });
    expect(applyCorrections(papers, released, [c]).unapplied).toMatchObject([{ problem: expect.stringMatching(/invalid claim: value -2/) }]);
  });

  it("applying corrections a release already carries (exported to overrides.json, re-extracted) changes nothing", () => {
    const corrections = [approved({ action: "correct", fields: { value: 1.4 } }), approved({ action: "add", fields: { kind: "compute", value: 10 } })];
    const once = applyCorrections(papers, released, corrections);
    const twice = applyCorrections(papers, once.claims, corrections);
    expect(twice.claims).toEqual(once.claims);
    expect(twice.unapplied).toEqual([]);
  });
});
