/**
 * Search ignores case, hyphens, underscores and spacing. The searched text is reduced to
 * one key without them ("KV cache" → "kvcache"); a query is split into words at spaces,
 * hyphens and underscores, and every word must occur in the key. So "kv-cache",
 * "KV cache" and "kv_cache" are one query (kv and cache), and "KVCache" finds the same
 * papers spelled as one word or two.
 */
const IGNORED_IN_SEARCH = /[\s\-_\u2010-\u2015]+/g;

export function searchKey(text: string): string {
  return text.toLowerCase().replace(IGNORED_IN_SEARCH, "");
}

/** The query's words, each as a search key; every one must occur. */
export function searchWords(q: string): string[] {
  return q.split(IGNORED_IN_SEARCH).map(searchKey).filter(Boolean);
}

/** Words of a title, for whole-word matching ("sage" must not match "Usage"). */
const WORD = /[\p{L}\p{N}]+/gu;

/** camelCase and acronym boundaries ("SageAttention", "KVCache") split into words too. */
const LOWER_UPPER = /(\p{Ll})(\p{Lu})/gu;
const ACRONYM_WORD = /(\p{Lu})(\p{Lu}\p{Ll})/gu;

export function titleWords(title: string): string[] {
  const split = title.replace(LOWER_UPPER, "$1 $2").replace(ACRONYM_WORD, "$1 $2");
  return split.toLowerCase().match(WORD) ?? [];
}

/**
 * Every query word matches a whole title word; a hyphenated query word ("kv-cache")
 * matches its parts as consecutive words or as one word ("KVCache").
 */
export function matchesTitleWords(title: string, q: string): boolean {
  const words = titleWords(title);
  if (words.length === 0) return false;
  const joined = ` ${words.join(" ")} `;
  const compact = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) compact.add(`${words[i]}${words[i + 1]}`);
  const queryWords = q.split(/\s+/).filter(Boolean);
  if (queryWords.length === 0) return false;
  return queryWords.every((raw) => {
    const parts = titleWords(raw);
    if (parts.length === 0) return true;
    return joined.includes(` ${parts.join(" ")} `) || compact.has(parts.join(""));
  });
}
