/**
 * Parameters only /embed reads: they style the frame, they are not part of a view,
 * so they stay out of the URL field map (and out of the explorer's links).
 */
export const EMBED_THEMES = ["auto", "light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

type SearchParams = Record<string, string | string[] | undefined>;

/** `theme=light|dark|auto`, any case; anything else is "auto" (the reader's system setting). */
export function embedTheme(params: SearchParams): EmbedTheme {
  const raw = params.theme;
  const value = (Array.isArray(raw) ? raw[0] : raw)?.toLowerCase();
  return EMBED_THEMES.find((t) => t === value) ?? "auto";
}

export function withoutEmbedParams(params: SearchParams): SearchParams {
  const { theme: _theme, ...view } = params;
  return view;
}
