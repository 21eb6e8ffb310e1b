"use client";
import { useState } from "react";

type Props = { linkPath: string; embedPath: string | null; embedHeight?: number; imagePath: string; imageName: string };
type Status = "" | "Link copied" | "Embed code copied" | "Copy failed: select the text";

/**
 * The iframe starts at the chart's height; the script lets /embed resize it when its
 * content changes (a "claimscope:resize" message), only for the frame that sent it.
 */
export function embedSnippet(src: string, height = 460): string {
  const iframe = `<iframe src="${src.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy" title="Claimscope chart" data-claimscope-embed></iframe>`;
  const script = `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="claimscope:resize"||typeof d.height!=="number")return;document.querySelectorAll("iframe[data-claimscope-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`;
  return `${iframe}\n${script}`;
}

/** Copy link, copy embed code, download image. Paths come from the server (lib/url-state.ts). */
export default function ShareActions({ linkPath, embedPath, embedHeight, imagePath, imageName }: Props) {
  const [status, setStatus] = useState<Status>("");
  const [snippet, setSnippet] = useState<string | null>(null);
  const copy = async (text: string, done: Status) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus("Copy failed: select the text");
    }
    setTimeout(() => setStatus(""), 2500);
  };
  const absolute = (path: string) => new URL(path, window.location.origin).toString();
  return (
    <div className="share-menu" role="group" aria-label="Share">
      <button type="button" className="primary" onClick={() => copy(absolute(linkPath), "Link copied")} data-testid="copy-link">
        Copy link
      </button>
      {embedPath ? (
        <button
          type="button"
          onClick={() => {
            const code = embedSnippet(absolute(embedPath), embedHeight);
            setSnippet(code);
            void copy(code, "Embed code copied");
          }}
          data-testid="copy-embed"
        >
          Embed
        </button>
      ) : null}
      <a className="button" href={imagePath} download={imageName} data-testid="download-image">
        Download image
      </a>
      <span role="status" aria-live="polite" className="small muted">
        {status}
      </span>
      {snippet ? (
        <textarea className="embed-snippet" readOnly value={snippet} rows={3} aria-label="Embed code" data-testid="embed-snippet" onFocus={(e) => e.currentTarget.select()} />
      ) : null}
    </div>
  );
}
