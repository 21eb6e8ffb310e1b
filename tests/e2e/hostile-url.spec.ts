import { expect, test } from "@playwright/test";
import { claimsWhere } from "./dataset";

const HOSTILE =
  "/?hw=GPU~%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E&chart=pie&scale=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E" +
  "&min=abc&sort=;DROP&page=-1&%3Cb%3Ebold%3C%2Fb%3E=1&papers=..%2F..%2Fetc";

test("hostile URL parameters show the notice and no error", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const response = await page.goto(HOSTILE);
  expect(response?.status()).toBe(200);
  const notice = page.getByTestId("ignored-notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("hw=<script>window.pwned=1</script>");
  await expect(notice).toContainText("chart=pie");
  await expect(notice).toContainText("<b>bold</b>");
  // The rest of the view stands: the valid GPU filter is applied.
  await expect(page.getByTestId("result-count")).toHaveText(String(claimsWhere((c) => c.hardware.class === "GPU").length));
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], main b')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("the API answers junk parameters with a 400 naming them", async ({ request }) => {
  const json = await request.get("/api/claims?hw=FPGA~Quantum&evil=%3Cx%3E");
  expect(json.status()).toBe(400);
  const body = (await json.json()) as { error: string; parameter: string; ignored: string[] };
  expect(body.parameter).toBe("hw");
  expect(body.ignored).toEqual(expect.arrayContaining(["hw=Quantum", "evil"]));
  const good = await request.get("/api/claims?hw=FPGA");
  expect(((await good.json()) as { claims: unknown[] }).claims.length).toBe(claimsWhere((c) => c.hardware.class === "FPGA").length);
  const csv = await request.get("/api/claims?format=csv&q=%3Dcmd");
  expect(csv.headers()["content-type"]).toContain("text/csv");
});
