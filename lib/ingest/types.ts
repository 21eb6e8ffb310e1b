import type { RawPaper } from "../schema";

/** A problem with one input, located as precisely as the format allows. */
export interface IngestError {
  file: string;
  /** 1-based line number, when the format is line-oriented. */
  line?: number;
  /** Which entry (title or key) the problem belongs to, when known. */
  entry?: string;
  message: string;
}

export interface IngestResult {
  papers: RawPaper[];
  errors: IngestError[];
}

export function formatIngestError(e: IngestError): string {
  const where = [e.file, e.line !== undefined ? `line ${e.line}` : undefined, e.entry ? `entry "${e.entry}"` : undefined]
    .filter(Boolean)
    .join(", ");
  return `${where}: ${e.message}`;
}
