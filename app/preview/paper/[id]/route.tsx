import { loadDataset } from "@/lib/dataset/load-dataset";
import { renderPreview } from "../../render";

/** GET /preview/paper/<id>: the preview image of a paper page. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const index = await loadDataset();
  const paper = index.paperById.get(id);
  if (!paper) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return renderPreview(request, index, { type: "paper", paper });
}
