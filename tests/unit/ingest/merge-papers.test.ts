import { describe, expect, it } from "vitest";
import { mergePapers, slugify } from "@/lib/ingest/merge-papers";

describe("mergePapers", () => {
  it("deduplicates by normalized title and records every source", () => {
    const merged = mergePapers([
      { title: "Fast Things: A Study", abstract: "x", source: "a.txt" },
      { title: "fast things  a study", abstract: "y", source: "b.txt", date: "2024-01-02" },
      { title: "Other", abstract: "z", source: "b.txt" },
    ]);
    expect(merged).toMatchObject([
      { id: "fast-things-a-study", abstract: "x", sources: ["a.txt", "b.txt"], date: "2024-01-02" },
      { id: "other", sources: ["b.txt"] },
    ]);
  });
  it("gives distinct ids to distinct titles with the same slug", () => {
    const ids = mergePapers([
      { title: "Résumé speed", abstract: "x", source: "a" },
      { title: "Resume speed", abstract: "y", source: "a" },
    ]).map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
  });
  it("slugs are url-safe and bounded", () => {
    expect(slugify("M$^3$ViT: Mixture-of-Experts — Vision Transformer")).toBe("m-3-vit-mixture-of-experts-vision-transformer");
    expect(slugify("a ".repeat(200)).length).toBeLessThanOrEqual(80);
  });
});
