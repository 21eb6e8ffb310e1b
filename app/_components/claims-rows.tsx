"use client";
import type { TableRow } from "@/lib/views/table-rows";
import StatusBadge from "./status-badge";

/**
 * The rows of the claims table, drawn from plain row data (lib/views/table-rows.ts): the page's
 * payload carries each row once, as data, and the server still renders the HTML of every row.
 */
export default function ClaimsRows({ rows, paperQuery }: { rows: TableRow[]; paperQuery: string }) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id} data-claim-id={row.id} className={row.selected ? "selected-paper" : undefined}>
          <td data-label="Paper">
            <a href={`/papers/${row.paperId}${paperQuery}`}>{row.title}</a>{" "}
            <a href={row.compareHref} className="small">
              {row.selected ? "− compare" : "+ compare"}
              {/* The visible words start the accessible name (WCAG 2.5.3); the title says which paper. */}
              <span className="visually-hidden"> {row.title}</span>
            </a>
          </td>
          <td data-label="Kind">{row.kind}</td>
          <td data-label="Value" className="num" data-value={row.value ?? ""}>
            {row.valueText} <StatusBadge claim={row} />
            <span className="small muted conversion" data-testid="row-conversion">
              {row.conversion}
            </span>
          </td>
          <td data-label="Qualifier">{row.qualifier}</td>
          <td data-label="Hardware" data-hw={row.hw}>
            {row.hw}
          </td>
          <td data-label="Device">{row.device ?? "—"}</td>
          <td data-label="Baseline" title={row.written ? `written: ${row.written}` : undefined}>
            {row.baseline ?? "—"}
            {row.baselineHardware ? <span className="small muted"> ({row.baselineHardware})</span> : null}
          </td>
          <td data-label="Evidence" className="evidence">
            {/* Controls stripped (lib/views/table-rows.ts) and the number isolated: a bidi override cannot reorder its digits. */}
            {row.evidence[0]}
            <bdi>
              <mark>{row.evidence[1]}</mark>
            </bdi>
            {row.evidence[2]}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
