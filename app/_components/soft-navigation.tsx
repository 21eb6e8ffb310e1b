"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** The plain same-origin link inside a `data-soft-nav` element that a click follows, or null (modifier key, new tab, download). */
export function softNavLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  if (!link || !link.closest("[data-soft-nav]") || link.target || link.hasAttribute("download") || link.origin !== location.origin) return null;
  return link;
}

/**
 * Client-side navigation for the plain links inside an element marked `data-soft-nav` (the
 * explorer's filter chips, chart choices, sort orders and table rows): one listener instead of a
 * `next/link` per link. Each Link is a client component of its own, in the page's payload and
 * hydrated and reconciled on every view change, and the explorer has about two hundred.
 * A link to another view of the same page keeps the scroll position, like `scroll={false}`;
 * before hydration, or with a modifier key, a link is an ordinary link.
 */
export default function SoftNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = softNavLink(event);
      if (!link) return;
      event.preventDefault();
      router.push(`${link.pathname}${link.search}${link.hash}`, { scroll: link.pathname !== location.pathname });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
