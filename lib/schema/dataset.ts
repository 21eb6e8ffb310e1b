import { z } from "zod";
import { Claim } from "./claim";
import { Paper } from "./paper";

export const Dataset = z
  .object({
    /** Content hash of papers + claims: changes exactly when the data does. */
    version: z.string(),
    papers: z.array(Paper),
    claims: z.array(Claim),
  })
  .superRefine((d, ctx) => {
    const abstracts = new Map(d.papers.map((p) => [p.id, p.abstract]));
    d.claims.forEach((c, i) => {
      const abstract = abstracts.get(c.paperId);
      if (abstract === undefined) {
        ctx.addIssue({ code: "custom", path: ["claims", i, "paperId"], message: `unknown paper ${c.paperId}` });
      } else if (abstract.slice(c.evidence.start, c.evidence.end) !== c.evidence.text) {
        ctx.addIssue({ code: "custom", path: ["claims", i, "evidence"], message: "evidence offsets do not slice the abstract to its text" });
      }
    });
  });
export type Dataset = z.infer<typeof Dataset>;
