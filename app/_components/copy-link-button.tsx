"use client";
import { useState } from "react";

/** Copies the current URL, which is the whole view (lib/url-state.ts). */
export default function CopyLinkButton() {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    setTimeout(() => setStatus("idle"), 2500);
  };
  return (
    <>
      <button type="button" className="primary" onClick={copy} data-testid="copy-link">
        Copy link
      </button>
      <span role="status" aria-live="polite" className="small muted">
        {status === "copied" ? "Link copied" : status === "failed" ? "Copy failed: use the address bar" : ""}
      </span>
    </>
  );
}
