import Link from "next/link";

export default function NotFound() {
  return (
    <div className="empty">
      <h1>Not found</h1>
      <p>There is no paper or page at this address in the current dataset.</p>
      <Link className="button primary" href="/">
        Back to the explorer
      </Link>
    </div>
  );
}
