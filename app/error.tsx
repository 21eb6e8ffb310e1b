"use client";

/** Shown when a page cannot render, most often because the dataset is missing or invalid (see the server log). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="empty" role="alert">
      <h1>This view could not be loaded</h1>
      <p>
        The dashboard could not read its data. If you run it yourself, the server log says why (for example: no
        <code> data/claims.json</code> yet — run <code>npm run extract</code>).
      </p>
      <button type="button" className="primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
