"use client";
import { useSyncExternalStore } from "react";

const QUERY = "(max-width: 640px)";

/** True on phone-width screens, so charts can shorten labels instead of overlapping them. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(QUERY);
      media.addEventListener("change", onChange);
      return () => media.removeEventListener("change", onChange);
    },
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
