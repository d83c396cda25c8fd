import { describe, expect, it } from "vitest";
import { addNode, removeNode, updateNode } from "../../../src/core/edit/nodes.ts";
import { tinyProject } from "./tinyProject.ts";

describe("addNode", () => {
  it("adds a person with an id made from the kind, not the name, and says so", () => {
    const before = tinyProject();
    const frozen = structuredClone(before);
    const result = addNode(before, { label: " Sam Jones ", kind: "family", start: "2024-03-01" });
    expect(result).toEqual({ ok: true, label: "Add Sam Jones (family)", project: { ...before, nodes: [...before.nodes, { id: "family-1", label: "Sam Jones", kind: "family", start: "2024-03-01", attributes: {} }] } });
    expect(before).toEqual(frozen);
  });

  it("numbers people by kind from the first free number, and no person's id holds their name", () => {
    const before = tinyProject({ nodes: [{ id: "friend-1", label: "Ann", kind: "friend", attributes: {} }], ties: [], observations: [] });
    const second = addNode(before, { label: "Ann Brown", kind: "friend" });
    expect(second.ok && second.project.nodes.map((n) => n.id)).toEqual(["friend-1", "friend-2"]);
    const client = addNode(before, { label: "Alice Brown", kind: "service_user" });
    expect(client.ok && client.project.nodes.map((n) => n.id)).toEqual(["friend-1", "service-user-1"]);
  });

  it("a group's id is made from its name (group names are not personal); a second gets -2", () => {
    const before = tinyProject({ nodes: [{ id: "aa-cafe", label: "AA café", kind: "group", attributes: {} }], ties: [], observations: [] });
    const result = addNode(before, { label: "AA Café", kind: "group" });
    expect(result.ok && result.project.nodes.map((n) => n.id)).toEqual(["aa-cafe", "aa-cafe-2"]);
  });

  it("refuses bad fields with the words import uses, at the field", () => {
    expect(addNode(tinyProject(), { label: "Sam", kind: "cousin" as never })).toEqual({ ok: false, errors: { kind: 'is "cousin", which is not one of service_user, peer_mentor, family, friend, worker, community_member, group' } });
    expect(addNode(tinyProject(), { label: "Sam" })).toEqual({ ok: false, errors: { kind: "is missing" } });
    expect(addNode(tinyProject(), { label: "Sam", kind: "friend", start: "2024-13-01" })).toEqual({ ok: false, errors: { start: "is not a date in YYYY-MM-DD form (for example 2024-03-31)" } });
    expect(addNode(tinyProject(), { label: "  ", kind: "friend" })).toEqual({ ok: false, errors: { label: "is empty: give a name" } });
  });

  it("refuses an end not after the start, as import does", () => {
    expect(addNode(tinyProject(), { label: "Sam", kind: "friend", start: "2024-05-01", end: "2024-05-01" })).toEqual({ ok: false, errors: { end: "end 2024-05-01 is not after start 2024-05-01" } });
  });

  it("refuses a field of the other sort: a person's group type, a group's use status", () => {
    expect(addNode(tinyProject(), { label: "Sam", kind: "friend", group_type: "sport" })).toEqual({ ok: false, errors: { group_type: "is for groups only: leave it empty for a person" } });
    expect(addNode(tinyProject(), { label: "AA", kind: "group", use_status: "abstinent" })).toEqual({ ok: false, errors: { use_status: "is for people only: leave it empty for a group" } });
  });
});

describe("updateNode", () => {
  it("changes the fields given and keeps the rest (positions included)", () => {
    const before = tinyProject({ nodes: [{ id: "a", label: "Ann", kind: "service_user", x: 1, y: 2, attributes: { ward: "B" } }] , ties: [], observations: [] });
    const result = updateNode(before, "a", { label: "Anne", use_status: "abstinent" });
    expect(result).toEqual({ ok: true, label: "Edit Anne", project: { ...before, nodes: [{ id: "a", label: "Anne", kind: "service_user", use_status: "abstinent", x: 1, y: 2, attributes: { ward: "B" } }] } });
  });

  it("an undefined value empties an optional field", () => {
    const result = updateNode(tinyProject(), "a", { start: undefined });
    expect(result.ok && result.project.nodes[0]).toEqual({ id: "a", label: "Ann", kind: "service_user", attributes: {} });
  });

  it("a person who becomes a group loses the use status", () => {
    const before = tinyProject({ nodes: [{ id: "g", label: "Club", kind: "friend", use_status: "unknown", attributes: {} }], ties: [], observations: [] });
    const result = updateNode(before, "g", { kind: "group", group_type: "sport" });
    expect(result.ok && result.project.nodes[0]).toEqual({ id: "g", label: "Club", kind: "group", group_type: "sport", attributes: {} });
  });

  it("refuses an unknown id and a strength of bad fields", () => {
    expect(updateNode(tinyProject(), "zz", { label: "X" })).toEqual({ ok: false, errors: { id: '"zz" is not in the nodes' } });
    expect(updateNode(tinyProject(), "a", { end: "2023-12-31" })).toEqual({ ok: false, errors: { end: "end 2023-12-31 is not after start 2024-01-01" } });
  });
});

describe("removeNode", () => {
  it("ending keeps the node and its running ties, ended on the date", () => {
    const before = tinyProject();
    const result = removeNode(before, "a", { end: "2024-06-01" });
    expect(result).toEqual({
      ok: true,
      label: "End Ann and 1 tie on 2024-06-01",
      project: {
        ...before,
        nodes: [{ ...before.nodes[0], end: "2024-06-01" }, before.nodes[1], before.nodes[2]],
        ties: [{ ...before.ties[0], end: "2024-06-01" }],
      },
    });
  });

  it("ending leaves a tie that ended before the date as it was", () => {
    const before = tinyProject({ ties: [{ id: "t1", source: "a", target: "b", type: "family", valence: "supportive", strength: 3, end: "2024-03-01", attributes: {} }] });
    const result = removeNode(before, "a", { end: "2024-06-01" });
    expect(result.ok && result.label).toBe("End Ann and 0 ties on 2024-06-01");
    expect(result.ok && result.project.ties).toEqual(before.ties);
  });

  it("refuses a date not after the node's start or a tie's start", () => {
    expect(removeNode(tinyProject(), "a", { end: "2024-01-01" })).toEqual({ ok: false, errors: { date: "is not after Ann joined (2024-01-01): choose a later date, or delete them if they were entered by mistake" } });
    expect(removeNode(tinyProject(), "a", { end: "2024-01-15" })).toEqual({ ok: false, errors: { date: "is not after the tie with Bo starts (2024-02-01): choose a later date, or delete the node and its ties" } });
    expect(removeNode(tinyProject(), "a", { end: "soon" })).toEqual({ ok: false, errors: { date: "is not a date in YYYY-MM-DD form (for example 2024-03-31)" } });
  });

  it("deleting takes out the node, its ties and its observations", () => {
    const before = tinyProject();
    const result = removeNode(before, "a", "delete");
    expect(result).toEqual({ ok: true, label: "Delete Ann and 1 tie", project: { ...before, nodes: [before.nodes[1], before.nodes[2]], ties: [], observations: [] } });
  });
});
