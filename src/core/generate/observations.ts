// Quarterly review waves and what is recorded at them: a BARC-10 recovery capital score (10–60)
// for every service user in service, and each change of use_status.
import { addMonths, toEpochDay, fromEpochDay } from "../model/dates.ts";
import type { Wave } from "../model/schema.ts";
import { randomInt, type Rng } from "../random.ts";
import type { ProjectDraft } from "./draft.ts";
import type { Client } from "./people.ts";

/** Waves every three months from `start`: "Baseline", "Q1", "Q2", … up to the horizon. */
export function quarterlyWaves(start: number, years: number): Wave[] {
  const first = fromEpochDay(start);
  const waves: Wave[] = [];
  for (let q = 0; q <= years * 4; q++) {
    waves.push({ id: q === 0 ? "baseline" : `q${q}`, label: q === 0 ? "Baseline" : `Q${q}`, date: addMonths(first, 3 * q) });
  }
  return waves;
}

/**
 * The client's BARC-10 total on `day`. Recovering clients climb towards a higher score as they
 * build recovery capital; relapsing clients climb, then fall back after the relapse; struggling
 * and isolated clients stay low.
 */
function barc10(c: Client, day: number, base: number, target: number, noise: number): number {
  let score = base;
  const t = day - c.entry;
  if (c.trajectory === "recovering") {
    const climb = (c.recoveredOn ?? c.entry + 300) - c.entry + 150;
    score = base + (target - base) * Math.min(1, t / climb);
  } else if (c.trajectory === "relapsing") {
    const peak = base + (target - base) * 0.5;
    if (c.relapsedOn !== undefined && day >= c.relapsedOn) score = base + 1;
    else score = base + (peak - base) * Math.min(1, t / Math.max(1, (c.relapsedOn ?? c.entry + 300) - c.entry));
  } else if (c.trajectory === "isolated") {
    score = base - Math.min(4, t / 90);
  }
  return Math.max(10, Math.min(60, Math.round(score + noise)));
}

/** Adds the use_status changes and a BARC-10 at entry and at every wave while in service. */
export function addObservations(draft: ProjectDraft, rng: Rng, clients: Client[], waves: Wave[]): void {
  const waveDays = waves.map((w) => toEpochDay(w.date));
  for (const c of clients) {
    for (const s of c.statuses) draft.observe(c.id, s.day, "use_status", s.status);
    const base = randomInt(rng, c.trajectory === "isolated" ? 12 : 16, c.trajectory === "isolated" ? 22 : 30);
    const target = randomInt(rng, 40, 56);
    const end = c.exit ?? Number.POSITIVE_INFINITY;
    draft.observe(c.id, c.entry, "barc10", barc10(c, c.entry, base, target, 0));
    for (const day of waveDays) {
      if (day <= c.entry || day >= end) continue;
      draft.observe(c.id, day, "barc10", barc10(c, day, base, target, randomInt(rng, -2, 2)));
    }
  }
}
