// The programme generator scaled to a target number of nodes, for benchmarks: more service users
// and more hubs (each with its own workers, mentors, groups and people they used with), so the
// mix of kinds and the density stay those of the three-hub programme.
import type { Project } from "../model/schema.ts";
import { generateProgramme } from "./programme.ts";

/** Nodes per service user in the generated programme (measured: 3.9 at 400 service users, 4.0 at 25,000). */
const NODES_PER_SERVICE_USER = 3.95;
/** Service users per hub in the modelled programme (400 across three hubs). */
const SERVICE_USERS_PER_HUB = 133;

/** What to generate: about `nodes` nodes, from `seed`. */
export interface ScaleOptions {
  nodes: number;
  seed: number;
}

/**
 * A programme-shaped project with about `nodes` nodes (within a few per cent: the count of
 * relatives and friends is random). Benchmarks use 1,000, 5,000, 20,000 and 100,000.
 */
export function generateScaled(options: ScaleOptions): Project {
  const { nodes, seed } = options;
  if (!Number.isInteger(nodes) || nodes < 50) throw new RangeError(`generateScaled: nodes must be a whole number of at least 50 (got ${nodes})`);
  const serviceUsers = Math.max(10, Math.round(nodes / NODES_PER_SERVICE_USER));
  const hubs = Math.max(1, Math.round(serviceUsers / SERVICE_USERS_PER_HUB));
  return generateProgramme({
    seed,
    serviceUsers,
    hubs,
    title: `Synthetic recovery programme scaled to about ${nodes} nodes (seed ${seed})`,
  });
}
