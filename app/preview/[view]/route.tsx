import { loadDataset } from "@/lib/dataset/load-dataset";
import { renderPreview } from "../render";

/** GET /preview/explorer?… and /preview/compare?…: the preview image of that view. */
export async function GET(request: Request, { params }: { params: Promise<{ view: string }> }): Promise<Response> {
  const { view } = await params;
  if (view !== "explorer" && view !== "compare") return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return renderPreview(request, await loadDataset(), { type: view });
}
