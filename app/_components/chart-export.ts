"use client";

/**
 * Standalone SVG/PNG of the chart on screen, with a footnote (data version,
 * filters, link) so an exported image can always be traced back to its view.
 */

const SVG_NS = "http://www.w3.org/2000/svg";
const FOOTNOTE_LINE = 16;

export type Footnote = { version: string; filters: string; link: string };

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

/** Clone with computed colours inlined, since CSS variables don't travel with the file. */
function standaloneSvg(source: SVGSVGElement, footnote: Footnote): { markup: string; width: number; height: number } {
  const width = source.clientWidth || Number(source.getAttribute("width")) || 800;
  const chartHeight = source.clientHeight || Number(source.getAttribute("height")) || 400;
  const lines = [`Claimscope data ${footnote.version} · ${footnote.filters}`, footnote.link];
  const height = chartHeight + lines.length * FOOTNOTE_LINE + 12;
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = source.querySelectorAll("text, line, path, rect, circle");
  clone.querySelectorAll("text, line, path, rect, circle").forEach((el, i) => {
    const computed = getComputedStyle(originals[i] as Element);
    (el as SVGElement).setAttribute("fill", computed.fill);
    (el as SVGElement).setAttribute("stroke", computed.stroke);
  });
  const body = getComputedStyle(document.body);
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  clone.setAttribute("font-family", body.fontFamily);
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", body.backgroundColor);
  clone.insertBefore(background, clone.firstChild);
  lines.forEach((line, i) => {
    const text = document.createElementNS(SVG_NS, "text");
    text.setAttribute("x", "8");
    text.setAttribute("y", String(chartHeight + 8 + (i + 1) * FOOTNOTE_LINE - 4));
    text.setAttribute("font-size", "11");
    text.setAttribute("fill", body.color);
    text.textContent = line; // textContent: the link is data, never markup
    clone.append(text);
  });
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

export function exportSvg(source: SVGSVGElement, footnote: Footnote, filename: string) {
  const { markup } = standaloneSvg(source, footnote);
  download(new Blob([markup], { type: "image/svg+xml" }), filename);
}

export async function exportPng(source: SVGSVGElement, footnote: Footnote, filename: string) {
  const { markup, width, height } = standaloneSvg(source, footnote);
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
