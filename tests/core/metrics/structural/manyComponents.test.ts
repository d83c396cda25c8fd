// A snapshot with 200,000 components (isolated people and one small group of ties): spreading an
// array that long into Math.max or push exceeds the engine's argument limit ("Maximum call stack
// size exceeded"), which broke computeStructural at 130,000 components.
import { describe, expect, it } from "vitest";
import { computeNetworkIndicators } from "../../../../src/core/metrics/recovery/index.ts";
import { computeStructural } from "../../../../src/core/metrics/structural/index.ts";
import { snapshotAt } from "../../../../src/core/model/snapshot.ts";
import { makeProject, node, tie } from "../recovery/fixture.ts";

const PEOPLE = 200_000;
/** Generous: a loaded machine takes several seconds; this is not a speed check. */
const TIMEOUT = 120_000;

describe(`a snapshot of ${PEOPLE.toLocaleString("en-GB")} components`, () => {
  // m mentors s0 and s1, who are friends; everyone else (s2 … s199,999) has no ties.
  const nodes = [node("m", "peer_mentor")];
  for (let i = 0; i < PEOPLE - 1; i++) nodes.push(node(`s${i}`, "service_user"));
  const project = makeProject(nodes, [
    tie("t1", "m", "s0", "mentoring", "supportive"),
    tie("t2", "m", "s1", "mentoring", "supportive"),
    tie("t3", "s0", "s1", "friend", "supportive"),
  ]);
  const graph = snapshotAt(project, undefined);

  it("computeStructural counts the components and gives the triangle the eigenvector", () => {
    const { network, nodes: values, warnings } = computeStructural(graph);
    expect(network.components).toBe(PEOPLE - 2);
    expect(network.largest_component_share).toBe(3 / PEOPLE);
    expect(network.isolates).toBe(PEOPLE - 3);
    for (const id of ["m", "s0", "s1"]) expect(values.get(id)!.eigenvector).toBeCloseTo(1 / Math.sqrt(3), 14);
    expect(values.get("s2")!.eigenvector).toBe(0);
    expect(values.get(`s${PEOPLE - 2}`)!.component).toBe(PEOPLE - 3);
    expect(warnings).toEqual([]);
  }, TIMEOUT);

  it("the network indicators compute", () => {
    const indicators = computeNetworkIndicators(graph, { project, at: undefined });
    expect(indicators.isolated_service_users).toBe(PEOPLE - 3);
    expect(indicators.share_with_mentor).toBe(2 / (PEOPLE - 1));
  }, TIMEOUT);
});
