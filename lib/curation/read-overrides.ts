import { readFileSync } from "node:fs";
import { OverridesFile, type Override } from "../schema";
import { describeOverride } from "./apply-overrides";

/**
 * Reads and validates data/overrides.json. Every problem is reported at once, each naming
 * the override by index and paper id, because a reviewer fixes them in one pass.
 */
export function parseOverrides(text: string, file: string): Override[] {
  let json: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse rejects.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}); expected {"overrides": [...]}`);
  }
  const parsed = OverridesFile.safeParse(json);
  if (parsed.success) return parsed.data.overrides;
  const entries = (json as { overrides?: unknown[] } | null)?.overrides;
  const problems = parsed.error.issues.map((issue) => {
    const [top, index, ...field] = issue.path;
    if (top !== "overrides" || typeof index !== "number") return `${issue.path.join(".") || "file"}: ${issue.message}; expected {"overrides": [...]}`;
    const entry = (Array.isArray(entries) ? entries[index] : undefined) as Record<string, unknown> | undefined;
    const where = describeOverride(index, {
      paperId: String(entry?.paperId ?? "?"),
      action: typeof entry?.action === "string" ? (entry.action as Override["action"]) : undefined,
    });
    return `${where}: ${field.join(".") || "entry"}: ${issue.message}`;
  });
  throw new Error(`${file}: ${problems.length} invalid override(s):\n  ${problems.join("\n  ")}`);
}

export function readOverrides(file: string): Override[] {
  return parseOverrides(readFileSync(file, "utf8"), file);
}
