import Link from "next/link";
import { hrefFor, type ViewState } from "@/lib/views/url-state";

export default function Pagination({ state, page, pageCount }: { state: ViewState; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Table pages">
      {page > 1 ? (
        <Link className="button" href={hrefFor("/", { ...state, page: page - 1 })} prefetch={false} rel="prev">
          ← Previous
        </Link>
      ) : null}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className="button" href={hrefFor("/", { ...state, page: page + 1 })} prefetch={false} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
