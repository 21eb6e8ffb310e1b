import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import { splitEvidence } from "@/lib/views/format-claim";
import { tableRows } from "@/lib/views/table-rows";
import type { Claim } from "@/lib/schema";
import { stripInvisibleControls } from "@/lib/text/unicode-controls";
import { hrefFor, type SortKey, type ViewState } from "@/lib/views/url-state";
import ClaimsRows from "./claims-rows";

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
      <a href={hrefFor("/", next)} data-sort={column.key}>
        {column.label}
        {arrow}
      </a>
    </th>
  );
}

export function Evidence({ claim }: { claim: Claim }) {
  const { before, match, after } = splitEvidence(claim);
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
              <a className="chip" href={hrefFor("/", next)} aria-current={active ? "true" : undefined} data-sort-option={key}>
                {column.label}
                {active ? (state.sort.desc ? " ↓" : " ↑") : ""}
              </a>
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
      <ClaimsRows rows={tableRows(index, rows, state)} paperQuery={paperQuery} />
    </table>
    </>
  );
}
