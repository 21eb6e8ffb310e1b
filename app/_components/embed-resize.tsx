"use client";
import { useEffect } from "react";

/** The message a host page listens for (README, "Embedding a chart"). */
export const RESIZE_MESSAGE = "claimscope:resize";

/**
 * Tells the page framing /embed how tall the content is, whenever it changes, so the
 * iframe can fit the chart. Only a height is sent, so any origin may receive it.
 */
export default function EmbedResize() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);
  return null;
}
