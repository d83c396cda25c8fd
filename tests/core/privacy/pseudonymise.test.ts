import { describe, expect, it } from "vitest";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { describeDropped, pseudonymise, pseudonyms } from "../../../src/core/privacy/pseudonymise.ts";

// Two service users (listed out of id order), a mentor who was once su-1, a group; attributes
// that must stay (hub, referral, barc10), be rewritten (former_service_user, keyworker) or go.
const project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  meta: { title: "Kent pilot", source: "Exported from the case system", attributes: { synthetic: true, owner: "J. Smith" } },
  nodes: [
    { id: "su-2", label: "Kim Bramwell", kind: "service_user", attributes: { hub: "Maidstone", next_of_kin: "Mary Smith", referral: "self" } },
    { id: "su-1", label: "Ann Lee", kind: "service_user", attributes: { hub: "Tunbridge Wells", next_of_kin: "Joe Bloggs", notes: "met kim bramwell at the café", keyworker: "Bo Quill" } },
    { id: "pm-1", label: "Bo Quill", kind: "peer_mentor", attributes: { hub: "Sevenoaks", former_service_user: "su-1", phone: "n/a" } },
    { id: "g-1", label: "AA Tuesday", kind: "group", group_type: "mutual_aid", recovery_oriented: true },
  ],
  ties: [
    { id: "su-2~pm-1", source: "su-2", target: "pm-1", type: "mentoring", valence: "supportive", attributes: { where: "Kim Bramwell's flat" } },
    { id: "su-1~g-1", source: "su-1", target: "g-1", type: "membership", valence: "supportive", attributes: { since: 2013 } },
  ],
  observations: [
    { subject: "su-1", date: "2014-01-01", measure: "barc10", value: 41 },
    { subject: "su-2", date: "2014-01-01", measure: "review_note", value: "call 07700 900123 first" },
  ],
  waves: [{ id: "w0", label: "Baseline", date: "2014-01-01" }],
});

describe("pseudonyms(nodes)", () => {
  it("numbers each kind from 1 in the order of the original ids, whatever the file order", () => {
    const map = pseudonyms(project.nodes);
    expect(Object.fromEntries(map)).toEqual({
      "su-1": { id: "service_user-1", label: "service user 1" },
      "su-2": { id: "service_user-2", label: "service user 2" },
      "pm-1": { id: "peer_mentor-1", label: "peer mentor 1" },
      "g-1": { id: "group-1", label: "group 1" },
    });
    expect(Object.fromEntries(pseudonyms([...project.nodes].reverse()))).toEqual(Object.fromEntries(map));
  });

  it("keeps the original ids with { ids: false }", () => {
    expect(pseudonyms(project.nodes, { ids: false }).get("su-2")).toEqual({ id: "su-2", label: "service user 2" });
  });
});

describe("pseudonymise(project)", () => {
  const out = pseudonymise(project);

  it("replaces labels and ids and rewrites every reference to a node", () => {
    expect(out.project.nodes.map((n) => [n.id, n.label])).toEqual([
      ["service_user-2", "service user 2"],
      ["service_user-1", "service user 1"],
      ["peer_mentor-1", "peer mentor 1"],
      ["group-1", "group 1"],
    ]);
    expect(out.project.ties.map((t) => [t.id, t.source, t.target])).toEqual([
      ["t1", "service_user-2", "peer_mentor-1"],
      ["t2", "service_user-1", "group-1"],
    ]);
    expect(out.project.observations).toEqual([{ subject: "service_user-1", date: "2014-01-01", measure: "barc10", value: 41 }]);
    expect(out.project.waves).toEqual(project.waves);
  });

  it("keeps categories, rewrites values that name a node, drops names and contact details", () => {
    expect(out.project.nodes.map((n) => n.attributes)).toEqual([
      { hub: "Maidstone", referral: "self" },
      { hub: "Tunbridge Wells", keyworker: "peer mentor 1" },
      { hub: "Sevenoaks", former_service_user: "service_user-1" },
      {},
    ]);
    expect(out.project.ties.map((t) => t.attributes)).toEqual([{}, { since: 2013 }]);
    expect(out.dropped.map(describeDropped)).toEqual([
      "node attribute next_of_kin (reads like people's names)",
      "node attribute notes (mentions people by name)",
      "node attribute phone (its name says it holds names, contact details or identifiers)",
      "tie attribute where (mentions people by name)",
      "measure review_note (holds email addresses or phone-like numbers)",
      "project source (free text about the data)",
      "project owner (free text about the data)",
    ]);
  });

  it("marks the title, keeps non-text meta, and leaves the input unchanged", () => {
    expect(out.project.meta).toEqual({ title: "Kent pilot (pseudonymised)", weight: "strength", attributes: { synthetic: true } });
    expect(project.nodes[0].label).toBe("Kim Bramwell");
    expect(project.ties[0].source).toBe("su-2");
    expect(projectSchema.safeParse(out.project).success).toBe(true);
  });

  it("keeps ids (and tie ids) with { ids: false } but still replaces labels", () => {
    const kept = pseudonymise(project, { ids: false }).project;
    expect(kept.nodes.map((n) => [n.id, n.label])[0]).toEqual(["su-2", "service user 2"]);
    expect(kept.ties.map((t) => t.id)).toEqual(["su-2~pm-1", "su-1~g-1"]);
    expect(kept.nodes[2].attributes.former_service_user).toBe("su-1");
  });

  it("replaces a title that names a person", () => {
    const titled = { ...project, meta: { ...project.meta, title: "Network of Ann Lee" } };
    expect(pseudonymise(titled).project.meta.title).toBe("Pseudonymised project");
  });
});
