/** Says which URL parameters were ignored; the values are printed as text, never as markup. */
export default function IgnoredNotice({ ignored }: { ignored: string[] }) {
  if (ignored.length === 0) return null;
  const shown = ignored.slice(0, 8);
  return (
    <div className="notice" role="status" data-testid="ignored-notice">
      <strong>Some link parameters were not understood and were ignored:</strong>
      <ul>
        {shown.map((item, i) => (
          <li key={i}>
            <code>{item}</code>
          </li>
        ))}
      </ul>
      {ignored.length > shown.length ? <p className="small">…and {ignored.length - shown.length} more.</p> : null}
    </div>
  );
}
