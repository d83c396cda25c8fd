import { describe, expect, it } from "vitest";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { PSEUDONYMISED_NOTICE } from "../../../src/core/privacy/notice.ts";
import { PSEUDONYM_KEY_ATTRIBUTE, withPseudonymKey } from "../../../src/core/privacy/pseudonymKey.ts";
import { describeDropped, pseudonymise, pseudonyms } from "../../../src/core/privacy/pseudonymise.ts";

// Two service users (listed out of id order), a mentor who was once su-1, a group; attributes
// that must stay (hub, a vocabulary: each value held twice or more; barc10), be rewritten (former_service_user, keyworker) or go.
const project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  meta: { title: "Kent pilot", source: "Exported from the case system", attributes: { synthetic: true, owner: "J. Smith" } },
  nodes: [
    { id: "su-2", label: "Kim Bramwell", kind: "service_user", attributes: { hub: "Maidstone", next_of_kin: "Mary Smith", referral: "self" } },
    { id: "su-1", label: "Ann Lee", kind: "service_user", attributes: { hub: "Maidstone", next_of_kin: "Joe Bloggs", notes: "met kim bramwell at the café", keyworker: "Bo Quill" } },
    { id: "pm-1", label: "Bo Quill", kind: "peer_mentor", attributes: { hub: "maidstone ", former_service_user: "su-1", phone: "n/a" } },
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
      { hub: "Maidstone" },
      { hub: "Maidstone", keyworker: "peer mentor 1" },
      { hub: "maidstone ", former_service_user: "service_user-1" },
      {},
    ]);
    expect(out.project.ties.map((t) => t.attributes)).toEqual([{}, { since: 2013 }]);
    expect(out.dropped.map(describeDropped)).toEqual([
      "node attribute next_of_kin (reads like people's names)",
      "node attribute referral (free text (1 value held by one record only))",
      "node attribute notes (mentions people by name)",
      "node attribute phone (its name says it holds names, contact details or identifiers)",
      "tie attribute where (mentions people by name)",
      "measure review_note (holds email addresses or phone-like numbers)",
      "project source (free text about the data)",
      "project owner (free text about the data)",
    ]);
  });

  it("marks the title, keeps non-text meta, and leaves the input unchanged", () => {
    expect(out.project.meta).toEqual({ title: "Kent pilot (pseudonymised)", weight: "strength", attributes: { synthetic: true, privacy: PSEUDONYMISED_NOTICE } });
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

  it("says the file is still personal data", () => {
    expect(out.project.meta.attributes.privacy).toBe("Pseudonymised — still personal data under UK GDPR; keep it as securely as the original");
  });
});

describe("pseudonymise(project) with the project's pseudonym key", () => {
  const keyed = withPseudonymKey(project, "00112233445566778899aabbccddeeff");
  const out = pseudonymise(keyed);

  it("codes every node by its keyed hash, and never copies the key", () => {
    const codes = out.project.nodes.map((n) => n.label);
    expect(codes.every((c) => /^(service user|peer mentor|group) [0-9A-HJKMNP-TV-Z]{5}$/.test(c))).toBe(true);
    expect(out.project.nodes.map((n) => n.id)).toEqual(codes.map((c) => c.replace(/^(\w+) (\w+) /, "$1_$2-").replace(/^group /, "group-")));
    expect(PSEUDONYM_KEY_ATTRIBUTE in out.project.meta.attributes).toBe(false);
    expect(out.dropped.some((d) => d.name === PSEUDONYM_KEY_ATTRIBUTE)).toBe(false);
    expect(out.project.ties.every((t) => /^t-[0-9A-Z]{5}$/.test(t.id))).toBe(true);
  });

  it("gives each person the same code after an unrelated edit (a new service user sorted first)", () => {
    const edited = { ...keyed, nodes: [{ id: "su-0", label: "Al New", kind: "service_user" as const, attributes: {} }, ...keyed.nodes] };
    const again = pseudonymise(edited).nodes;
    for (const [id, p] of out.nodes) expect(again.get(id)).toEqual(p);
  });

  it("gives other codes under another key", () => {
    const other = pseudonymise(project, { key: "ffeeddccbbaa99887766554433221100" }).nodes;
    expect(other.get("su-1")).not.toEqual(out.nodes.get("su-1"));
  });
});

describe("pseudonymise(project) with review marks and a date shift", () => {
  const marked = {
    ...project,
    meta: { ...project.meta, attention: { settings: {}, marks: [{ client: "su-1", reason: "no_ties", fingerprint: "0", date: "2014-02-01", note: "spoke to Ann" }] } },
  };
  const out = pseudonymise(marked, { shiftDays: -10 });

  it("rewrites the client of a review mark and drops its note", () => {
    expect(out.project.meta.attention?.marks).toEqual([{ client: "service_user-1", reason: "no_ties", fingerprint: "0", date: "2014-01-22", note: "" }]);
    expect(out.dropped.map(describeDropped)).toContain("project review-mark notes (free text about clients)");
  });

  it("moves every date by the same number of days", () => {
    expect(out.shiftDays).toBe(-10);
    expect(out.project.observations.map((o) => o.date)).toEqual(["2013-12-22"]);
    expect(out.project.waves.map((w) => w.date)).toEqual(["2013-12-22"]);
  });

  it("warns of the people unique by their number of ties", () => {
    // su-2 (1 tie) and su-1 (1 tie) share their degree; pm-1 is the only peer mentor.
    expect(out.warnings).toEqual(["1 person has a number of ties no one else of their kind has (peer mentor 1): someone who knows how many ties they have can pick them out."]);
  });
});

