import Link from "next/link";
import type { ComparePaperColumn, CompareRowView } from "@/lib/views/compare-view";

/** One kind: its "not alike" notes when the compared claims differ, then a cell per paper. */
function KindRows({ row, columns }: { row: CompareRowView; columns: number }) {
  const unlike = row.issues.length > 0;
  return (
    <>
      {unlike ? (
        <tr className="comparability-row">
          <td colSpan={columns}>
            <strong>⚠ {row.kind}: not alike</strong>
            <ul className="comparability-warnings small" data-testid={`warnings-${row.kind}`}>
              {row.issues.map((issue) => (
                <li key={issue.dimension} data-dimension={issue.dimension}>
                  {issue.message}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
      <tr>
        <th scope="row">
          {unlike ? <span aria-hidden="true">⚠ </span> : null}
          {row.kind}
        </th>
        {row.cells.map((cell) => (
          <td key={cell.paperId} data-label={cell.paperTitle}>
            {cell.claims.length === 0 ? (
              <span className="muted">—</span>
            ) : (
              <ul>
                {cell.claims.map((c) => (
                  <li key={c.id} title={c.title}>
                    <strong>{c.value}</strong> <span className="small muted">{c.detail}</span>
                    {c.differences.length > 0 ? (
                      <span className="small comparability-note" data-testid="cell-warning">
                        {" "}⚠ compared: {c.differences.join("; ")}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </td>
        ))}
      </tr>
    </>
  );
}

/** Papers in columns, kinds in rows (lib/views/compare-view.ts computes every cell). */
export default function CompareClaimsTable({ papers, rows }: { papers: ComparePaperColumn[]; rows: CompareRowView[] }) {
  return (
    <table className="compare" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col">Kind</th>
          {papers.map((p) => (
            <th scope="col" key={p.id}>
              <span className="swatch" style={{ background: p.color }} aria-hidden="true" /> <Link href={p.href}>{p.title}</Link>
              <br />
              <Link className="small" href={p.removeHref} aria-label={`Remove ${p.title}`}>
                remove
              </Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <KindRows key={row.kind} row={row} columns={papers.length + 1} />
        ))}
      </tbody>
    </table>
  );
}
