import type { RawPaper } from "../schema";
import type { IngestResult } from "./types";

/*
 * Scraped "trending papers" listings. Three layouts occur (blank-line separated pairs,
 * pairs with metadata lines, one line per title/abstract with the first title glued to
 * "Subscribe"); all reduce to the same stream once lines are classified, so one
 * classifier handles every layout and anything in between.
 */

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
const MONTH_NUMBER: Record<string, string> = {
  Jan: "01", Feb: "02", Mar: "03", Apr: "04", May: "05", Jun: "06",
  Jul: "07", Aug: "08", Sep: "09", Sept: "09", Oct: "10", Nov: "11", Dec: "12",
};
/** "Dec 31, 2024", "Feb 25 8" (date then upvote count), "Mar 11". */
const DATE_LINE = new RegExp(`^(${MONTH}) (\\d{1,2})(?:, (\\d{4}))?(?: (\\d{1,6}))?$`);
const AUTHOR_COUNT_LINE = /^•\s*(\d{1,5}) authors?$/;
const SEPARATOR_LINE = /^[·•]$/;
const BANNER_LINES = [
  /^new$/i,
  /^get trending papers in your email inbox/i,
  /^subscribe$/i,
  /^daily papers$/i,
  /^by ?AK and the research community$/i,
];
/** The single-line layout glues the first title to the banner: "SubscribeFlash Window…". */
const GLUED_SUBSCRIBE = /^Subscribe(?=\p{Lu}|\d)/u;
/** Advertising lines seen between listings; they never precede an abstract. */
const AD_LINE = /\b(?:no sign-?up|open now|instant results|free ai\b)/i;

/** Abstracts are paragraphs; titles are short. A line this long cannot be a title. */
const MAX_TITLE_LENGTH = 300;
const MIN_ABSTRACT_LENGTH = 120;

type Line = { text: string; number: number };

function toIsoDate(month: string, day: string, year: string | undefined): string {
  const mm = MONTH_NUMBER[month] ?? "01";
  const dd = day.padStart(2, "0");
  return year ? `${year}-${mm}-${dd}` : `${mm}-${dd}`;
}

function isBanner(text: string): boolean {
  return BANNER_LINES.some((re) => re.test(text));
}

function isMetadata(text: string): boolean {
  return DATE_LINE.test(text) || AUTHOR_COUNT_LINE.test(text) || SEPARATOR_LINE.test(text);
}

function isAbstractLike(text: string): boolean {
  return text.length >= MIN_ABSTRACT_LENGTH;
}

function isTitleLike(text: string): boolean {
  return text.length <= MAX_TITLE_LENGTH && !AD_LINE.test(text) && !SEPARATOR_LINE.test(text);
}

export function parseListingText(text: string, source: string): IngestResult {
  const lines: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const trimmed = raw.trim().replace(GLUED_SUBSCRIBE, "");
    if (trimmed && !isBanner(trimmed)) lines.push({ text: trimmed, number: i + 1 });
  });

  const papers: RawPaper[] = [];
  let current: RawPaper | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const authorCount = AUTHOR_COUNT_LINE.exec(line.text);
    if (authorCount) {
      if (current) current.authorCount = Number(authorCount[1]);
      continue;
    }
    const date = DATE_LINE.exec(line.text);
    if (date) {
      // A date before the first paper is the listing's own date, not a paper's.
      if (current) {
        current.date = toIsoDate(date[1]!, date[2]!, date[3]);
        if (date[4] !== undefined) current.upvotes = Number(date[4]);
      }
      continue;
    }
    if (SEPARATOR_LINE.test(line.text)) continue;
    // An organisation line ("Skywork Skywork") is the line right before the "·" separator.
    if (next && SEPARATOR_LINE.test(next.text)) continue;
    if (isTitleLike(line.text) && next && isAbstractLike(next.text) && !DATE_LINE.test(next.text)) {
      current = { title: line.text, abstract: next.text, source };
      papers.push(current);
      i++;
      continue;
    }
    // Anything else (ads, orphan lines) carries no paper.
  }
  // A title as the very last line lost its abstract: the file was cut off mid-entry.
  const last = lines.at(-1);
  const errors =
    last && isTitleLike(last.text) && !isMetadata(last.text) && papers.at(-1)?.abstract !== last.text
      ? [{ file: source, line: last.number, entry: last.text.slice(0, 80), message: "title without an abstract at the end of the file (truncated mid-entry?); entry skipped" }]
      : [];
  return { papers, errors };
}
