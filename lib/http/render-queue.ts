/*
 * Bounded concurrency for CPU-heavy work done on request (preview images: 0.1–1 s of CPU
 * each). At most `concurrency` tasks run, at most `maxWaiting` more wait; past that, run()
 * answers null at once, so the caller can reply 503 instead of letting requests pile up
 * and starve every other page of the CPU.
 */
export class RenderQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` when a slot is free; null when the queue is full (the task is not run). */
  run<T>(task: () => Promise<T>): Promise<T> | null {
    // Counted synchronously, so a burst of calls in one tick is admitted exactly up to the bounds.
    if (this.running < this.concurrency) {
      this.running++;
      return this.execute(task);
    }
    if (this.waiting.length >= this.maxWaiting) return null;
    return new Promise<void>((start) => this.waiting.push(start)).then(() => this.execute(task));
  }

  private async execute<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } finally {
      // Hand the slot to the next waiting task (the running count stays), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
