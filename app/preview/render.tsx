import { ImageResponse } from "next/og";
import PreviewImage from "@/app/_components/preview-image";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import { RenderQueue } from "@/lib/http/render-queue";
import { PREVIEW_SIZE, previewModel, type PreviewPage } from "@/lib/views/link-preview";
import { datasetIdentity } from "@/lib/views/per-dataset-memo";
import { ByteBoundedCache } from "@/lib/views/preview-cache";
import { drawablePreviewModel } from "@/lib/views/preview-text";
import { parseUrlState, serializeUrlState } from "@/lib/views/url-state";

/*
 * The PNG of a view's chart, keyed by its query. The query carries the data version (v=) so
 * a cached image is never stale: a link on the current version is cached for a day, any
 * other only briefly. On the server, images are kept per (view, loaded dataset) and rendered
 * one at a time (rendering runs on the event loop: two at once only interleave, and hold
 * pages up longer) with eight more waiting at most; past that the answer is 503 with
 * Retry-After, so a burst of previews cannot starve the pages of CPU.
 */
export const PREVIEW_RENDER_CONCURRENCY = 1;
export const PREVIEW_RENDER_WAITING = 8;
const queue = new RenderQueue(PREVIEW_RENDER_CONCURRENCY, PREVIEW_RENDER_WAITING);
/** About 30–80 KB per image: 256 images fit in the byte bound. */
const cache = new ByteBoundedCache(256, 24 * 1024 * 1024);
const inFlight = new Map<string, Promise<Uint8Array>>();

async function renderPng(index: DatasetIndex, page: PreviewPage, state: ReturnType<typeof parseUrlState>["state"]): Promise<Uint8Array> {
  // Only characters the bundled font has: anything else would make next/og fetch a font.
  const model = drawablePreviewModel(previewModel(index, page, state));
  const image = new ImageResponse(<PreviewImage model={model} />, PREVIEW_SIZE);
  return new Uint8Array(await image.arrayBuffer());
}

function png(bytes: Uint8Array, current: boolean, cacheState: "hit" | "miss"): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": current ? "public, max-age=86400, immutable" : "public, max-age=300",
      "X-Preview-Cache": cacheState,
    },
  });
}

export async function renderPreview(request: Request, index: DatasetIndex, page: PreviewPage): Promise<Response> {
  const url = new URL(request.url);
  const { state } = parseUrlState(url.searchParams);
  const current = state.v === index.version;
  // The image depends on the view and the data (release and approved corrections), not on the page number or the v= asked for.
  const key = `${url.pathname}?${serializeUrlState({ ...state, page: 1, v: "" })}@${datasetIdentity(index)}`;
  const cached = cache.get(key);
  if (cached) return png(cached, current, "hit");
  let pending = inFlight.get(key);
  if (!pending) {
    const queued = queue.run(() => renderPng(index, page, state));
    if (!queued) {
      return new Response("Preview renderer busy; retry shortly\n", {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" },
      });
    }
    pending = queued.then((bytes) => {
      cache.set(key, bytes);
      return bytes;
    });
    inFlight.set(key, pending);
    void pending.finally(() => inFlight.delete(key)).catch(() => {});
  }
  return png(await pending, current, "miss");
}
