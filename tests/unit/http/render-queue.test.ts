import { describe, expect, it } from "vitest";
import { RenderQueue } from "@/lib/http/render-queue";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe("RenderQueue", () => {
  it("runs at most `concurrency` tasks, queues `maxWaiting` more and refuses the rest at once", async () => {
    const queue = new RenderQueue(2, 3);
    let running = 0;
    let peak = 0;
    const gates = Array.from({ length: 8 }, deferred);
    const results = gates.map((gate, i) =>
      queue.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await gate.promise;
        running--;
        return i;
      }),
    );
    expect(results.filter((r) => r === null)).toHaveLength(3);
    await Promise.resolve();
    expect(queue.active).toBe(2);
    expect(queue.queued).toBe(3);
    gates.forEach((g) => g.resolve());
    expect(await Promise.all(results.filter((r) => r !== null))).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(queue.active + queue.queued).toBe(0);
  });

  it("frees the slot when a task fails", async () => {
    const queue = new RenderQueue(1, 0);
    await expect(queue.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queue.run(async () => "next")).toBe("next");
  });
});
