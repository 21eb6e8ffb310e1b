import { describe, expect, it } from "vitest";
import { correctionOfOverride, formatOverridesFile, mergeOverrides, overrideOf, sameCorrection } from "@/lib/curation/overrides-exchange";
import { extractClaims } from "@/lib/extract";
import { parseOverrides } from "@/lib/curation/read-overrides";
import type { Paper, StoredCorrection } from "@/lib/schema";
import { storedCorrection } from "./stored-correction";

const PAPER = { id: "flightllm", title: "FlightLLM", abstract: "FlightLLM beats NVIDIA A100 GPU with 1.2times higher throughput. It is small and uses 90% fewer FLOPs overall.", sources: ["s"], techniques: [], modelFamily: "llm" } as Paper;
const papers = new Map([[PAPER.id, PAPER]]);
const claims = extractClaims(PAPER);
const target = claims.find((c) => c.kind === "speedup")!;
const stored = (c: Partial<StoredCorrection> & Pick<StoredCorrection, "id" | "action">): StoredCorrection => storedCorrection(target, { reason: "r", ...c });

describe("approved corrections ⇄ data/overrides.json", () => {
  it("an exported correction imports back as the same correction, for every action", () => {
    const corrections = [
      stored({ id: 1, action: "correct", fields: { value: 1.3 } }),
      stored({ id: 2, action: "reject", reason: "not comparable" }),
      stored({ id: 3, action: "add", claimId: "flightllm:compute:x:added", kind: "compute", evidence: "It is small", fields: { kind: "compute", value: 10 } }),
    ];
    const file = formatOverridesFile(corrections.map(overrideOf));
    const overrides = parseOverrides(file, "overrides.json");
    overrides.forEach((o, i) => {
      const back = correctionOfOverride(o, i, papers, claims, "overrides.json");
      expect(back.ok).toBe(true);
      if (back.ok && corrections[i]!.action !== "add") expect(sameCorrection(back.correction, corrections[i]!)).toBe(true);
      if (back.ok) expect(back.correction).toMatchObject({ action: corrections[i]!.action, decided: { status: "approved" } });
    });
  });

  it("a merge keeps existing entries and adds only new ones", () => {
    const existing = [overrideOf(stored({ id: 1, action: "reject" }))];
    const { overrides, added } = mergeOverrides(existing, [overrideOf(stored({ id: 1, action: "reject" })), overrideOf(stored({ id: 2, action: "correct", fields: { value: 2 } }))]);
    expect(added).toBe(1);
    expect(overrides).toHaveLength(2);
    expect(overrides[0]).toBe(existing[0]);
  });

  it("an override whose claim is gone is reported, not imported", () => {
    const result = correctionOfOverride({ action: "reject", paperId: PAPER.id, evidence: "99x faster", reason: "r" }, 4, papers, claims, "overrides.json");
    expect(result).toEqual({ ok: false, index: 4, problem: "no claim with this evidence text in the current release" });
  });
});
