import type { Metadata } from "next";
import { headers } from "next/headers";
import { loadDataset } from "@/lib/dataset";
import { PREVIEW_SIZE, previewImagePath, previewModel, type PreviewPage } from "@/lib/link-preview";
import { hrefFor, parseUrlState } from "@/lib/views/url-state";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Absolute URLs for cards: CLAIMSCOPE_ORIGIN when set, else the host the request came to. */
async function origin(): Promise<URL> {
  if (process.env.CLAIMSCOPE_ORIGIN) return new URL(process.env.CLAIMSCOPE_ORIGIN);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return new URL(`${proto}://${host}`);
}

/**
 * Open Graph and Twitter card of one view (issue #6): the title says what the view
 * shows ("Speedup claims on FPGA — 12 papers") and the image is that view's chart.
 */
async function viewMetadata(searchParams: SearchParams, page: PreviewPage, path: string): Promise<Metadata> {
  const { state } = parseUrlState(await searchParams);
  const index = await loadDataset();
  const model = previewModel(index, page, state);
  const image = { url: previewImagePath(page, state, index.version), ...PREVIEW_SIZE, alt: `${model.title}: ${model.caption}` };
  const url = hrefFor(path, { ...state, v: "" });
  return {
    metadataBase: await origin(),
    title: `${model.title} · Claimscope`,
    description: model.description,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: "Claimscope", title: model.title, description: model.description, url, images: [image] },
    twitter: { card: "summary_large_image", title: model.title, description: model.description, images: [image] },
  };
}

export function explorerMetadata(searchParams: SearchParams): Promise<Metadata> {
  return viewMetadata(searchParams, { type: "explorer" }, "/");
}

export function compareMetadata(searchParams: SearchParams): Promise<Metadata> {
  return viewMetadata(searchParams, { type: "compare" }, "/compare");
}

export async function paperMetadata(id: string, searchParams: SearchParams): Promise<Metadata> {
  const paper = (await loadDataset()).paperById.get(id);
  if (!paper) return { title: "Paper not found · Claimscope" };
  return viewMetadata(searchParams, { type: "paper", paper }, `/papers/${id}`);
}
