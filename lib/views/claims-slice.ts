import { indexDataset, type DatasetIndex } from "../dataset/dataset-index";
import type { Claim, Paper } from "../schema";
import type { ViewState } from "./url-state";

/**
 * The served claims reduced to what filters, facets, sorting, the table and the chart read,
 * column by column, so a small dataset can be filtered in the browser (issue 11, item 4).
 * Left out: the evidence sentence (the table's rows and the tooltips load it; the claimed
 * phrase itself is kept, the chart's and table's conversion line quotes it), where the phrase
 * ends in the abstract (only the paper page and the CSV read it; its start orders ties), paper
 * abstracts (a text search stays a server request), and papers without claims. Repeated
 * strings (kinds, devices, baselines, rules, techniques…) are a dictionary and a code per claim;
 * a claim id is stored without its paper's id in front.
 */

/**
 * Up to this many served claims the explorer filters in the browser (issue 11 asks for ~20k).
 * The slice is its own request (app/api/slice/route.ts, ~97 bytes a claim, ~17 gzipped), fetched
 * once after the page has painted, so the page stays as small as on the seeds; past this the
 * download and the browser's work per click outgrow what the server's cached views cost.
 */
export const BROWSER_FILTER_MAX_CLAIMS = 20_000;

/** Codes into `dict`, 1-based; 0 is a missing value (most optional fields are missing: "0," is short). */
type Coded = { dict: string[]; codes: number[] };

export type ClaimsSlice = {
  version: string;
  papers: { id: string[]; title: string[]; techniques: { dict: string[]; codes: number[][] }; model: Coded };
  claims: {
    paper: number[];
    /** The id after its paper's id ("<paper id>:speedup:96ec5a47" → ":speedup:96ec5a47"); "" where it does not start so. */
    id: string[];
    /** Whole ids of claims whose id does not start with their paper's, by claim position. */
    wholeId: Record<number, string>;
    value: (number | null)[];
    min: (number | null)[];
    start: number[];
    /** The claimed phrase (evidence.text). */
    text: string[];
  } & Record<CodedField, Coded>;
};

/** Claim fields of few distinct values, each read and written through its path. */
const CODED = {
  kind: { get: (c: Claim) => c.kind, set: (c: Claim, v: string) => void (c.kind = v as Claim["kind"]) },
  unit: { get: (c: Claim) => c.unit, set: (c: Claim, v: string) => void (c.unit = v) },
  qualifier: { get: (c: Claim) => c.qualifier, set: (c: Claim, v: string) => void (c.qualifier = v as Claim["qualifier"]) },
  hw: { get: (c: Claim) => c.hardware.class, set: (c: Claim, v: string) => void (c.hardware.class = v as Claim["hardware"]["class"]) },
  device: { get: (c: Claim) => c.hardware.device, set: (c: Claim, v: string) => void (c.hardware.device = v) },
  baselineHardware: { get: (c: Claim) => c.baselineHardware, set: (c: Claim, v: string) => void (c.baselineHardware = v as Claim["baselineHardware"]) },
  baseline: { get: (c: Claim) => c.baseline, set: (c: Claim, v: string) => void (c.baseline = v) },
  baselineCanonical: { get: (c: Claim) => c.baselineCanonical, set: (c: Claim, v: string) => void (c.baselineCanonical = v) },
  metric: { get: (c: Claim) => c.metric, set: (c: Claim, v: string) => void (c.metric = v) },
  phase: { get: (c: Claim) => c.phase, set: (c: Claim, v: string) => void (c.phase = v as Claim["phase"]) },
  rule: { get: (c: Claim) => c.rule, set: (c: Claim, v: string) => void (c.rule = v) },
  status: { get: (c: Claim) => c.status, set: (c: Claim, v: string) => void (c.status = v as Claim["status"]) },
  reason: { get: (c: Claim) => c.reason, set: (c: Claim, v: string) => void (c.reason = v) },
} satisfies Record<string, { get: (c: Claim) => string | undefined; set: (c: Claim, v: string) => void }>;
type CodedField = keyof typeof CODED;
const CODED_FIELDS = Object.keys(CODED) as CodedField[];

/** Codes into a dictionary in first-seen order. */
function encode(values: (string | undefined)[]): Coded {
  const dict: string[] = [];
  const at = new Map<string, number>();
  const codes = values.map((v) => {
    if (v === undefined) return 0;
    let code = at.get(v);
    if (code === undefined) at.set(v, (code = dict.push(v)));
    return code;
  });
  return { dict, codes };
}

const decode = (coded: Coded, i: number): string | undefined => coded.dict[coded.codes[i]! - 1];

export function claimsSlice(index: DatasetIndex): ClaimsSlice {
  const papers = [...new Set(index.claims.map((c) => c.paperId))].map((id) => index.paperById.get(id)).filter((p): p is Paper => p !== undefined);
  const paperAt = new Map(papers.map((p, i) => [p.id, i]));
  const claims = index.claims.filter((c) => paperAt.has(c.paperId));
  const ownId = (c: Claim) => c.id.startsWith(c.paperId) && c.id.length > c.paperId.length;
  const techniques = encode(papers.flatMap((p) => p.techniques));
  return {
    version: index.version,
    papers: { id: papers.map((p) => p.id), title: papers.map((p) => p.title), techniques: { dict: techniques.dict, codes: papers.map((p) => p.techniques.map((t) => techniques.dict.indexOf(t))) }, model: encode(papers.map((p) => p.modelFamily)) },
    claims: {
      paper: claims.map((c) => paperAt.get(c.paperId)!),
      id: claims.map((c) => (ownId(c) ? c.id.slice(c.paperId.length) : "")),
      wholeId: Object.fromEntries(claims.flatMap((c, i) => (ownId(c) ? [] : [[i, c.id]]))),
      value: claims.map((c) => c.value),
      min: claims.map((c) => c.min ?? null),
      start: claims.map((c) => c.evidence.start),
      text: claims.map((c) => c.evidence.text),
      ...(Object.fromEntries(CODED_FIELDS.map((f) => [f, encode(claims.map(CODED[f].get))])) as Record<CodedField, Coded>),
    },
  };
}

/**
 * The slice back as a dataset index the view functions read (lib/views/query.ts and the
 * chart and table models): the same functions run in the browser as on the server.
 * Evidence sentences and abstracts are empty strings; an evidence end is its start plus the phrase's length.
 */
export function sliceIndex(slice: ClaimsSlice): DatasetIndex {
  const { papers: p, claims: c } = slice;
  const papers: Paper[] = p.id.map((id, i) => ({ id, title: p.title[i]!, abstract: "", sources: ["slice"], techniques: p.techniques.codes[i]!.map((t) => p.techniques.dict[t]) as Paper["techniques"], modelFamily: decode(p.model, i) as Paper["modelFamily"] }));
  const claims = c.paper.map((paperAt, i) => {
    const paperId = p.id[paperAt]!;
    const claim = {
      id: c.wholeId[i] ?? `${paperId}${c.id[i]}`,
      paperId,
      value: c.value[i]!,
      hardware: {},
      // The slice has no end offset: the phrase's length stands in (no explorer view reads it).
      evidence: { start: c.start[i]!, end: c.start[i]! + c.text[i]!.length, text: c.text[i]!, sentence: "" },
      ...(c.min[i] !== null ? { min: c.min[i]! } : {}),
    } as Claim;
    for (const field of CODED_FIELDS) {
      const value = decode(c[field], i);
      if (value !== undefined) CODED[field].set(claim, value);
    }
    return claim;
  });
  return indexDataset({ version: slice.version, papers, claims });
}

/**
 * Whether the explorer filters this view in the browser: a small dataset, no text search (the
 * slice has no abstracts) and no link pinned to another release (its notice lists changes from
 * the store). Every link of such a view keeps both, so its clicks stay in the browser too.
 */
export function filtersInBrowser(claimCount: number, state: Pick<ViewState, "q" | "v">, version: string): boolean {
  return claimCount <= BROWSER_FILTER_MAX_CLAIMS && state.q === "" && (state.v === "" || state.v === version);
}
