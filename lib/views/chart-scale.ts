/** Log-scale domain and ticks for multipliers: whole 1-2-5 steps so labels read "0.5×, 1×, 2×, 5×". */
export function logDomain(values: number[]): { domain: [number, number]; ticks: number[] } {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  const lo = Math.min(1, ...positive);
  const hi = Math.max(1, ...positive);
  const from = 10 ** Math.floor(Math.log10(lo));
  const to = 10 ** Math.ceil(Math.log10(hi) - 1e-9);
  const ticks: number[] = [];
  for (let decade = from; decade < to * 1.0001; decade *= 10) {
    for (const step of [1, 2, 5]) {
      const tick = Number((decade * step).toPrecision(3));
      if (tick >= from && tick <= to) ticks.push(tick);
    }
  }
  // Too many ticks overlap on a phone: keep the decades only once the range is wide.
  const decadesOnly = ticks.length > 10 ? ticks.filter((t) => Number.isInteger(Math.log10(t))) : ticks;
  return { domain: [from, to], ticks: decadesOnly };
}

export function formatMultiplier(value: number): string {
  if (value >= 1000) return `${Math.round(value / 100) / 10}k×`;
  return `${Number(value.toPrecision(3))}×`;
}
