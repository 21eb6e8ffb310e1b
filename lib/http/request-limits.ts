/*
 * Limits on what a request may ask for, checked before any work is done: a query string
 * longer than any view needs is refused with 414, too many parameters or list values with
 * 400. A real view's URL stays far below these (a dozen fields, a few values each).
 */
export const MAX_QUERY_CHARS = 2048;
export const MAX_PARAMETERS = 32;
export const MAX_LIST_VALUES = 64;
export const MAX_VALUE_CHARS = 512;

export interface LimitViolation {
  status: 400 | 414;
  error: string;
  parameter?: string;
}

/** A parameter name as it may appear in an error: letters, digits, - and _ only, at most 40. */
function safeName(name: string): string {
  return name.slice(0, 40).replace(/[^\w-]/g, "?");
}

export function checkRequestLimits(search: string): LimitViolation | null {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query.length > MAX_QUERY_CHARS) {
    return { status: 414, error: `query string is ${query.length} characters; at most ${MAX_QUERY_CHARS} are accepted` };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { status: 400, error: "query string could not be parsed" };
  }
  let count = 0;
  for (const [name, value] of params) {
    if (++count > MAX_PARAMETERS) return { status: 400, error: `more than ${MAX_PARAMETERS} parameters`, parameter: safeName(name) };
    if (value.length > MAX_VALUE_CHARS) {
      return { status: 400, error: `value of ${safeName(name)} is longer than ${MAX_VALUE_CHARS} characters`, parameter: safeName(name) };
    }
    if (value.split("~").length > MAX_LIST_VALUES) {
      return { status: 400, error: `more than ${MAX_LIST_VALUES} values in ${safeName(name)}`, parameter: safeName(name) };
    }
  }
  return null;
}
