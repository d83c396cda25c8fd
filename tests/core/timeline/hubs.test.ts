import { describe, expect, it } from "vitest";
import { snapshotAt } from "../../../src/core/model/snapshot.ts";
import { categoricalAttributes, computeHubTimeline, groupValues, hubIndicators, hubNetwork } from "../../../src/core/timeline/index.ts";
import { makeProject, node, tie } from "../metrics/recovery/fixture.ts";

// Hub X: clients a, b. Hub Y: clients c, q (q has no ties). a has mentor m and group g;
// b and c (of the other hub) support each other; c has a friend z, whom no X client knows.
function hubs() {
  return makeProject(
    [
      node("a", "service_user", { attributes: { hub: "X", age: 30 } }),
      node("b", "service_user", { attributes: { hub: "X", age: 40 } }),
      node("c", "service_user", { attributes: { hub: "Y", age: 50 } }),
      node("q", "service_user", { attributes: { hub: "Y", age: 60 } }),
      node("m", "peer_mentor", { attributes: { hub: "X" } }),
      node("g", "group", { group_type: "mutual_aid", recovery_oriented: true }),
      node("z", "friend"),
    ],
    [
      tie("t1", "a", "m", "mentoring", "supportive"),
      tie("t2", "a", "g", "membership", "supportive"),
      tie("t3", "b", "c", "peer_support", "supportive"),
      tie("t4", "c", "z", "friend", "neutral", { start: "2024-06-01" }),
    ],
    [{ id: "w0", label: "Baseline", date: "2024-01-01" }, { id: "w1", label: "6 months", date: "2024-06-01" }],
  );
}

describe("categoricalAttributes and groupValues", () => {
  it("offer text attributes of service users with 2 to 12 values, and refuse others with the choices", () => {
    const p = hubs();
    expect(categoricalAttributes(p)).toEqual(["hub"]); // age is a number
    expect(groupValues(p, "hub")).toEqual(["X", "Y"]);
    expect(() => groupValues(p, "age")).toThrow(/"age" is not a text attribute of service users .* choose one of: hub/);
  });
});

describe("hubNetwork", () => {
  it("is the hub's clients, everyone tied to them and the ties among those, without changing the snapshot", () => {
    const graph = snapshotAt(hubs(), "2024-06-01");
    const x = hubNetwork(graph, "hub", "X");
    expect(x.clients.sort()).toEqual(["a", "b"]);
    expect(x.graph.nodes().sort()).toEqual(["a", "b", "c", "g", "m"]);
    expect(x.graph.edges().sort()).toEqual(["t1", "t2", "t3"]); // c–z: z is nobody's alter in X
    expect(hubNetwork(graph, "hub", "Y").graph.nodes().sort()).toEqual(["b", "c", "q", "z"]);
    expect(graph.order).toBe(7);
  });
});

describe("hubIndicators", () => {
  it("counts the hub's own clients in the service-user indicators and takes the rest on the hub's network", () => {
    const p = hubs();
    const graph = snapshotAt(p, "2024-06-01");
    const x = hubIndicators(p, graph, "2024-06-01", "hub", "X");
    expect(x.kindServiceUser).toBe(2); // c is in X's network as b's alter, not as a client
    expect(x.shareWithGroup).toBe(1 / 2); // a
    expect(x.shareWithSupportivePeer).toBe(1); // a (mentor m), b (c)
    expect(x.shareWithMentor).toBe(1 / 2); // a
    expect(x.isolatedServiceUsers).toBe(0);
    expect(x.nodes).toBe(5);
    expect(x.ties).toBe(3);
    expect(x.components).toBe(2); // {a, m, g}, {b, c}
    expect(x.largestComponentShare).toBe(3 / 5);
    expect(x.density).toBe(0.3); // 2·3 / (5·4)
    const y = hubIndicators(p, graph, "2024-06-01", "hub", "Y");
    expect(y.kindServiceUser).toBe(2); // c, q; not b
    expect(y.shareWithSupportivePeer).toBe(1 / 2); // c (b)
    expect(y.shareWithGroup).toBe(0);
    expect(y.isolatedServiceUsers).toBe(1); // q
    expect(y.components).toBe(2); // {b, c, z}, {q}
    expect(y.density).toBe(1 / 3); // 2·2 / (4·3)
  });

  it("gives undefined shares for a hub without clients at the date", () => {
    const p = hubs();
    const x = hubIndicators(p, snapshotAt(p, "2024-06-01"), "2024-06-01", "hub", "nobody");
    expect(x.kindServiceUser).toBe(0);
    expect(x.shareWithGroup).toBeNaN();
  });
});

describe("computeHubTimeline", () => {
  it("gives each group's values at each date, sorted", () => {
    const t = computeHubTimeline(hubs(), "hub", ["2024-06-01", "2024-01-01"]);
    expect(t.values).toEqual(["X", "Y"]);
    expect(t.steps.map((s) => s.date)).toEqual(["2024-01-01", "2024-06-01"]);
    expect(t.steps.map((s) => s.byValue.Y.nodes)).toEqual([3, 4]); // z joins Y's network with c's tie
    expect(() => computeHubTimeline(hubs(), "age", ["2024-01-01"])).toThrow(/not a text attribute/);
  });
});
