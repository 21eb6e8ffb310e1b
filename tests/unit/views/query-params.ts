/**
 * A generated view as the query string a person would build by clicking: lists tilde-joined,
 * flags as "1", and unset or empty values left out. Shared by the property tests that compare
 * the browser's filtering with the server's.
 */
export function queryParams(view: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(view)) {
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(name, value.join("~"));
    } else if (typeof value === "boolean") {
      if (value) params.set(name, "1");
    } else if (value !== undefined && value !== "") params.set(name, String(value));
  }
  return params;
}
