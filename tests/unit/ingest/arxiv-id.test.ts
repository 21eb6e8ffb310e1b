import { describe, expect, it } from "vitest";
import { arxivIdFromLink, parseArxivId } from "@/lib/ingest/arxiv-id";

describe("parseArxivId", () => {
  it.each([
    ["2401.12345", { id: "2401.12345" }],
    ["2401.12345v2", { id: "2401.12345", version: 2 }],
    ["arXiv:2401.1234", { id: "2401.1234" }],
    [" cs/0112017v1 ", { id: "cs/0112017", version: 1 }],
    ["math.GT/0309136", { id: "math.GT/0309136" }],
  ])("%s", (text, expected) => {
    expect(parseArxivId(text)).toEqual(expected);
  });
  it.each(["", "10.1145/3626202.3637562", "2401.123", "see 2401.12345"])("not an id: %j", (text) => {
    expect(parseArxivId(text)).toBeUndefined();
  });
});

describe("arxivIdFromLink", () => {
  it.each([
    ["https://arxiv.org/abs/2401.12345v3", { id: "2401.12345", version: 3 }],
    ["http://arxiv.org/pdf/2406.50001v1.pdf", { id: "2406.50001", version: 1 }],
    ["10.48550/arXiv.2307.60006", { id: "2307.60006" }],
    ["https://doi.org/10.48550/ARXIV.2307.60006", { id: "2307.60006" }],
    ["http://arxiv.org/abs/hep-th/9901001v1", { id: "hep-th/9901001", version: 1 }],
  ])("%s", (text, expected) => {
    expect(arxivIdFromLink(text)).toEqual(expected);
  });
  it.each(["https://github.com/x/2401.12345", "10.1145/3626202.3637562", "https://arxiv.org/list/cs.LG/recent"])("not arXiv: %s", (text) => {
    expect(arxivIdFromLink(text)).toBeUndefined();
  });
});
