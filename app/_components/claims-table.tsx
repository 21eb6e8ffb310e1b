import Link from "next/link";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import { clipEvidence, formatClaimValue, QUALIFIER_LABELS, splitEvidence, TABLE_EVIDENCE_CONTEXT } from "@/lib/views/format-claim";
import type { Claim } from "@/lib/schema";
import { stripInvisibleControls } from "@/lib/text/unicode-controls";
import { hrefFor, type SortKey, type ViewState } from "@/lib/views/url-state";
import { toggleListValue } from "@/lib/views/view-edits";
import { baselineName } from "@/lib/views/baseline-name";
import { explainClaim } from "@/lib/views/explain-claim";
import StatusBadge from "./status-badge";

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: "paper", label: "Paper" },
  { key: "kind", label: "Kind" },
  { key: "value", label: "Value" },
  { key: "qual", label: "Qualifier" },
  { key: "hw", label: "Hardware" },
  { key: "device", label: "Device" },
  { key: "baseline", label: "Baseline" },
  { key: null, label: "Evidence" },
];

function SortHeader({ column, state }: { column: (typeof COLUMNS)[number]; state: ViewState }) {
  if (!column.key) return <th scope="col">{column.label}</th>;
  const active = state.sort.key === column.key;
  const next = { ...state, sort: { key: column.key, desc: active ? !state.sort.desc : false }, page: 1 };
  const arrow = active ? (state.sort.desc ? " ↓" : " ↑") : "";
  return (
    <th scope="col" aria-sort={active ? (state.sort.desc ? "descending" : "ascending") : undefined}>
      <Link href={hrefFor("/", next)} prefetch={false} scroll={false} data-sort={column.key}>
        {column.label}
        {arrow}
      </Link>
    </th>
  );
}

/** The sentence with the claimed phrase marked; `context` cuts it to that many characters on each side. */
export function Evidence({ claim, context }: { claim: Claim; context?: number }) {
  const parts = splitEvidence(claim);
  const { before, match, after } = context === undefined ? parts : clipEvidence(parts, context);
  // Controls stripped and the number isolated: a bidi override in older data cannot reorder its digits.
  return (
    <>
      {stripInvisibleControls(before)}
      <bdi>
        <mark>{stripInvisibleControls(match)}</mark>
      </bdi>
      {stripInvisibleControls(after)}
    </>
  );
}

/**
 * On a phone the header row is hidden (rows become cards), so the sort orders are links
 * of their own; the same links as the column headers, so a sort is a navigation either way.
 */
function SortControl({ state }: { state: ViewState }) {
  return (
    <nav className="sort-control" aria-label="Sort claims">
      <span className="small muted">Sort by</span>
      <ul className="chips">
        {COLUMNS.filter((c) => c.key !== null).map((column) => {
          const key = column.key as SortKey;
          const active = state.sort.key === key;
          const next = { ...state, sort: { key, desc: active ? !state.sort.desc : key === "value" }, page: 1 };
          return (
            <li key={key}>
              <Link className="chip" href={hrefFor("/", next)} prefetch={false} scroll={false} aria-current={active ? "true" : undefined} data-sort-option={key}>
                {column.label}
                {active ? (state.sort.desc ? " ↓" : " ↑") : ""}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Server-rendered: the first HTML response already holds the rows a link points at. */
export default function ClaimsTable({ rows, state, index }: { rows: Claim[]; state: ViewState; index: DatasetIndex }) {
  const paperQuery = state.papers.length > 0 ? hrefFor("", { papers: state.papers }) : "";
  return (
    <>
    <SortControl state={state} />
    <table className="claims" data-testid="claims-table">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <SortHeader key={c.label} column={c} state={state} />
          ))}
        </tr>
      </thead>
      <tbody>
        {/* Keyed by position: rows are rendered on the server only, and a claim id is ~90 bytes of payload per row. */}
        {rows.map((claim, i) => {
          const paper = index.paperById.get(claim.paperId);
          const selected = state.papers.includes(claim.paperId);
          return (
            <tr key={i} data-claim-id={claim.id} className={selected ? "selected-paper" : undefined}>
              <td data-label="Paper">
                <Link href={`/papers/${claim.paperId}${paperQuery}`} prefetch={false}>
                  {paper?.title ?? claim.paperId}
                </Link>{" "}
                <Link
                  href={hrefFor("/", toggleListValue(state, "papers", claim.paperId))}
                  prefetch={false}
                  scroll={false}
                  className="small"
                >
                  {selected ? "− compare" : "+ compare"}
                  {/* The visible words start the accessible name (WCAG 2.5.3); the title says which paper. */}
                  <span className="visually-hidden"> {paper?.title ?? claim.paperId}</span>
                </Link>
              </td>
              <td data-label="Kind">{claim.kind}</td>
              <td data-label="Value" className="num" data-value={claim.value ?? ""}>
                {formatClaimValue(claim)} <StatusBadge claim={claim} />
                <span className="small muted conversion" data-testid="row-conversion">
                  {explainClaim(claim).conversion}
                </span>
              </td>
              <td data-label="Qualifier">{QUALIFIER_LABELS[claim.qualifier]}</td>
              <td data-label="Hardware" data-hw={claim.hardware.class}>
                {claim.hardware.class}
              </td>
              <td data-label="Device">{claim.hardware.device ?? "—"}</td>
              <td data-label="Baseline" title={claim.baselineCanonical && claim.baseline ? `written: ${claim.baseline}` : undefined}>
                {baselineName(claim) ?? "—"}
                {claim.baselineHardware ? <span className="small muted"> ({claim.baselineHardware})</span> : null}
              </td>
              <td data-label="Evidence" className="evidence">
                <Evidence claim={claim} context={TABLE_EVIDENCE_CONTEXT} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </>
  );
}
