import { describe, expect, it } from "vitest";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { egoLayout, ringOfStrength } from "../../../src/ui/views/ego/egoLayout.ts";

// Eve with a mentor (strength 5), her mum (2), a keyworker who leaves on 2014-06-01 (3) and a
// friend she uses with from 2014-03-01 (risk, 1); the mentor knows her mum; the group is not hers.
const project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  nodes: [
    { id: "e", label: "Eve", kind: "service_user" },
    { id: "m", label: "Mo", kind: "peer_mentor" },
    { id: "f", label: "Mum", kind: "family" },
    { id: "w", label: "Wyn", kind: "worker" },
    { id: "d", label: "Dee", kind: "friend" },
    { id: "g", label: "Café", kind: "group" },
  ],
  ties: [
    { id: "em", source: "e", target: "m", type: "mentoring", valence: "supportive", strength: 5 },
    { id: "ef", source: "f", target: "e", type: "family", valence: "supportive", strength: 2 },
    { id: "ew", source: "e", target: "w", type: "professional", valence: "neutral", strength: 3, end: "2014-06-01" },
    { id: "ed", source: "e", target: "d", type: "friend", valence: "risk", strength: 1, start: "2014-03-01" },
    { id: "mf", source: "m", target: "f", type: "friend", valence: "supportive" },
    { id: "mg", source: "m", target: "g", type: "membership", valence: "supportive" },
  ],
});

describe("egoLayout", () => {
  it("puts strength 5 on the inner ring and strength 1 on the outer", () => {
    expect([5, 4, 3, 2, 1].map(ringOfStrength)).toEqual([1, 2, 3, 4, 5]);
  });

  it("places alters by sector and ring, with changes since the previous wave", () => {
    const layout = egoLayout(project, "e", "2014-07-01", "2014-01-01")!;
    expect(layout.ego).toEqual({ id: "e", label: "Eve", kind: "service_user" });
    expect(layout.sectors.map((s) => [s.sector, s.count])).toEqual([["family", 1], ["friends", 1], ["mentors", 1], ["professionals", 1]]);
    expect(layout.sectors[1].start).toBeCloseTo(Math.PI / 2, 12);
    const got = layout.alters.map((a) => [a.id, a.ring, a.change, +a.x.toFixed(4), +a.y.toFixed(4)]);
    expect(got).toEqual([
      ["f", 4, "kept", 0.5657, -0.5657],
      ["d", 5, "gained", 0.7071, 0.7071],
      ["m", 1, "kept", -0.1414, 0.1414],
      ["w", 3, "lost", -0.4243, -0.4243],
    ]);
    expect(layout.alters.find((a) => a.id === "d")!.valence).toBe("risk");
    expect(layout.alterTies).toEqual([{ source: "f", target: "m", valence: "supportive", change: "kept" }]);
  });

  it("without a previous wave everything is kept, and lost ties are not drawn", () => {
    const layout = egoLayout(project, "e", "2014-07-01")!;
    expect(layout.alters.map((a) => a.id).sort()).toEqual(["d", "f", "m"]);
    expect(layout.alters.every((a) => a.change === "kept")).toBe(true);
    expect(layout.sectors.map((s) => s.end - s.start).every((w) => Math.abs(w - (2 * Math.PI) / 3) < 1e-12)).toBe(true);
  });

  it("returns undefined for an unknown person and an empty picture for an isolate", () => {
    expect(egoLayout(project, "nobody", undefined)).toBeUndefined();
    const alone = egoLayout(projectSchema.parse({ format: "recovery-networks", version: 1, nodes: [{ id: "a", label: "A", kind: "friend" }], ties: [] }), "a", undefined)!;
    expect(alone.alters).toEqual([]);
    expect(alone.sectors).toEqual([]);
  });

  it("keeps how a kept alter was at the previous wave when a review changed their tie (ended and started again on the day)", () => {
    const reviewed = projectSchema.parse({
      format: "recovery-networks",
      version: 1,
      nodes: [{ id: "e", label: "Eve", kind: "service_user" }, { id: "i", label: "Ian", kind: "friend" }, { id: "m", label: "Mo", kind: "peer_mentor" }],
      ties: [
        { id: "i1", source: "e", target: "i", type: "friend", valence: "risk", strength: 2, end: "2014-06-01" },
        { id: "i2", source: "e", target: "i", type: "friend", valence: "neutral", strength: 4, start: "2014-06-01" },
        { id: "em", source: "e", target: "m", type: "mentoring", valence: "supportive", strength: 5 },
      ],
    });
    const layout = egoLayout(reviewed, "e", "2014-06-01", "2014-01-01")!;
    const ian = layout.alters.find((a) => a.id === "i")!;
    expect([ian.change, ian.ring, ian.valence]).toEqual(["kept", 2, "neutral"]);
    expect(ian.before && [ian.before.ring, ian.before.strength, ian.before.valence]).toEqual([4, 2, "risk"]);
    // On the same angle, on the ring it was on.
    expect(Math.hypot(ian.before!.x, ian.before!.y)).toBeCloseTo(4 / 5, 12);
    expect(Math.atan2(ian.before!.x, -ian.before!.y)).toBeCloseTo(Math.atan2(ian.x, -ian.y), 12);
    expect(layout.alters.find((a) => a.id === "m")!.before).toBeUndefined();
  });
});
