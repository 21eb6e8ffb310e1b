"use client";

/**
 * Standalone SVG/PNG of the chart on screen that explains itself: a title, the
 * filter summary as subtitle, a legend, the chart with room around its axes (so no
 * tick label is clipped) and a source footnote that names the data version, the
 * view's link and the methodology page. Light background unless asked otherwise.
 */

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 16;
/** Extra room right of the plot: the last tick label is centred on the axis end. */
const RIGHT_ROOM = 28;
const LINE = 16;
/** Average glyph width of the 12 px UI font, for wrapping text an SVG cannot wrap itself. */
const CHAR_WIDTH = 6.6;

export type LegendItem = { label: string; color: string };
export type ExportTheme = "light" | "dark";
export type ExportSpec = {
  title: string;
  /** The filter summary (lib/views/view-edits.ts describeFilters). */
  subtitle: string;
  legend: LegendItem[];
  version: string;
  /** The view's link: relative unless a public origin is configured. */
  link: string;
  theme: ExportTheme;
};

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Colours are read under the export's theme, whatever the screen shows (globals.css, data-theme). */
function withTheme<T>(theme: ExportTheme, read: () => T): T {
  const root = document.documentElement;
  const previous = root.dataset.theme;
  root.dataset.theme = theme;
  try {
    return read();
  } finally {
    if (previous === undefined) delete root.dataset.theme;
    else root.dataset.theme = previous;
  }
}

function wrap(text: string, width: number): string[] {
  const max = Math.max(20, Math.floor(width / CHAR_WIDTH));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textNode(x: number, y: number, content: string, attrs: Record<string, string>): SVGTextElement {
  const text = document.createElementNS(SVG_NS, "text");
  text.setAttribute("x", String(x));
  text.setAttribute("y", String(y));
  for (const [k, v] of Object.entries(attrs)) text.setAttribute(k, v);
  text.textContent = content; // textContent: titles and links are data, never markup
  return text;
}

function standaloneSvg(source: SVGSVGElement, spec: ExportSpec): { markup: string; width: number; height: number } {
  return withTheme(spec.theme, () => {
    const chartWidth = source.clientWidth || Number(source.getAttribute("width")) || 800;
    const chartHeight = source.clientHeight || Number(source.getAttribute("height")) || 400;
    const width = chartWidth + PAD * 2 + RIGHT_ROOM;
    const inner = width - PAD * 2;
    const body = getComputedStyle(document.body);
    // Resolved through an element: the variable itself holds light-dark(…), which an SVG file cannot read.
    const probe = document.createElement("span");
    probe.style.color = "var(--muted)";
    document.body.append(probe);
    const muted = getComputedStyle(probe).color;
    probe.remove();
    const out = document.createElementNS(SVG_NS, "svg");
    out.setAttribute("xmlns", SVG_NS);
    out.setAttribute("font-family", body.fontFamily);
    const background = document.createElementNS(SVG_NS, "rect");
    background.setAttribute("width", "100%");
    background.setAttribute("height", "100%");
    background.setAttribute("fill", body.backgroundColor);
    out.append(background);

    let y = PAD + 14;
    for (const line of wrap(spec.title, inner * 0.8)) {
      out.append(textNode(PAD, y, line, { "font-size": "16", "font-weight": "700", fill: body.color }));
      y += LINE + 4;
    }
    for (const line of wrap(spec.subtitle, inner)) {
      out.append(textNode(PAD, y, line, { "font-size": "12", fill: muted }));
      y += LINE;
    }
    y += 4;

    // The chart, colours inlined (CSS variables don't travel with the file).
    const clone = source.cloneNode(true) as SVGSVGElement;
    const originals = source.querySelectorAll("text, line, path, rect, circle, polyline, polygon");
    clone.querySelectorAll("text, line, path, rect, circle, polyline, polygon").forEach((el, i) => {
      const computed = getComputedStyle(originals[i] as Element);
      el.setAttribute("fill", computed.fill);
      el.setAttribute("stroke", computed.stroke);
      if (el.tagName === "text") el.setAttribute("font-size", computed.fontSize);
    });
    const chart = document.createElementNS(SVG_NS, "g");
    chart.setAttribute("transform", `translate(${PAD}, ${y})`);
    chart.append(...Array.from(clone.childNodes));
    out.append(chart);
    y += chartHeight + 8;

    // Legend: swatch + label, wrapping to the next row when the line is full.
    let x = PAD;
    y += 10;
    for (const item of spec.legend) {
      const itemWidth = 18 + item.label.length * CHAR_WIDTH + 14;
      if (x + itemWidth > PAD + inner && x > PAD) {
        x = PAD;
        y += LINE;
      }
      const swatch = document.createElementNS(SVG_NS, "rect");
      swatch.setAttribute("x", String(x));
      swatch.setAttribute("y", String(y - 9));
      swatch.setAttribute("width", "12");
      swatch.setAttribute("height", "12");
      swatch.setAttribute("fill", item.color);
      out.append(swatch, textNode(x + 18, y + 1, item.label, { "font-size": "12", fill: body.color }));
      x += itemWidth;
    }
    y += LINE + 6;

    const footnote = `Source: Claimscope, data ${spec.version} · view ${spec.link} · how claims are read and converted: /methodology`;
    for (const line of wrap(footnote, inner)) {
      out.append(textNode(PAD, y, line, { "font-size": "11", fill: muted }));
      y += LINE - 2;
    }
    const height = Math.ceil(y + PAD / 2);
    out.setAttribute("width", String(width));
    out.setAttribute("height", String(height));
    out.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return { markup: new XMLSerializer().serializeToString(out), width, height };
  });
}

export function exportSvg(source: SVGSVGElement, spec: ExportSpec, filename: string) {
  const { markup } = standaloneSvg(source, spec);
  download(new Blob([markup], { type: "image/svg+xml" }), filename);
}

export async function exportPng(source: SVGSVGElement, spec: ExportSpec, filename: string) {
  const { markup, width, height } = standaloneSvg(source, spec);
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("could not render the chart SVG to an image"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas context");
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (blob) download(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
