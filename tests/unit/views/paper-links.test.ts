import { describe, expect, it } from "vitest";
import { describeSource, paperLinks } from "@/lib/views/paper-links";

describe("paper links", () => {
  it("links arXiv and Hugging Face when the arXiv id is known", () => {
    expect(paperLinks({ title: "T", arxivId: "cs/0112017" })).toMatchObject([
      { kind: "arxiv", href: "https://arxiv.org/abs/cs/0112017" },
      { kind: "huggingface", href: "https://huggingface.co/papers/cs/0112017" },
    ]);
  });

  it("searches by title otherwise, with the title encoded", () => {
    const [arxiv, hf] = paperLinks({ title: "KV cache & more" });
    expect(arxiv!.href).toBe("https://arxiv.org/search/?query=KV+cache+%26+more&searchtype=title");
    expect(hf!.href).toBe("https://huggingface.co/papers?q=KV+cache+%26+more");
  });

  it("keeps only http(s) source pages", () => {
    expect(paperLinks({ title: "T", url: "javascript:alert(1)" }).some((l) => l.kind === "source")).toBe(false);
  });
});

describe("describeSource", () => {
  it.each([
    ["002_cd796c1ad2ed3568.txt", "Hugging Face Daily Papers listing no. 3 (saved page, 002_cd796c1ad2ed3568.txt)"],
    ["feed.xml", "arXiv listing (Atom feed) (feed.xml)"],
    ["daily.json", "Hugging Face Daily Papers (saved API response) (daily.json)"],
    ["refs.bib", "BibTeX bibliography (refs.bib)"],
  ])("%s", (name, expected) => expect(describeSource(name)).toBe(expected));
});
