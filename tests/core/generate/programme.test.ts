import { describe, expect, it } from "vitest";
import { generateProgramme } from "../../../src/core/generate/programme.ts";
import { toEpochDay } from "../../../src/core/model/dates.ts";
import { isActiveAt } from "../../../src/core/model/snapshot.ts";
import { jsonLocator, validateProject } from "../../../src/core/model/validate.ts";
import { countBy, nodeIndex, other, recoveryOutcome, tiesAt, tiesByNode } from "./patterns.ts";

const project = generateProgramme({ seed: 2012 });
const nodes = nodeIndex(project);
const byNode = tiesByNode(project);
const serviceUsers = project.nodes.filter((n) => n.kind === "service_user");

describe("generateProgramme({ seed })", () => {
  it("gives the same project for the same seed and a different one for another seed", () => {
    expect(JSON.stringify(generateProgramme({ seed: 2012 }))).toBe(JSON.stringify(project));
    const other = generateProgramme({ seed: 2013 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(project));
    expect(other.nodes.filter((n) => n.kind === "service_user").map((n) => n.start))
      .not.toEqual(serviceUsers.map((n) => n.start));
  });

  it("validates, for the default and for small and one-hub programmes", () => {
    for (const candidate of [project, generateProgramme({ seed: 7, serviceUsers: 25, hubs: 1 }), generateProgramme({ seed: 3, serviceUsers: 60, years: 1 })]) {
      const result = validateProject(JSON.parse(JSON.stringify(candidate)), jsonLocator("generated.json"));
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it("keeps every tie inside the lifetimes of both its ends", () => {
    const inside = (tieStart: string, tieEnd: string | undefined, n: { start?: string; end?: string }) =>
      (n.start === undefined || n.start <= tieStart) && (n.end === undefined || (tieEnd !== undefined && tieEnd <= n.end));
    const outside = project.ties.filter((t) => !inside(t.start!, t.end, nodes.get(t.source)!) || !inside(t.start!, t.end, nodes.get(t.target)!));
    expect(outside).toEqual([]);
  });

  it("has the programme's counts by kind: 400 service users, 40 mentors, 30 groups, 15 workers, families and friends", () => {
    const kinds = countBy(project.nodes, (n) => n.kind);
    expect(kinds.service_user).toBe(400);
    expect(kinds.peer_mentor).toBe(40);
    expect(kinds.group).toBe(30);
    expect(kinds.worker).toBe(15);
    expect(kinds.community_member).toBe(42);
    expect(kinds.family).toBeGreaterThan(400);
    expect(kinds.family).toBeLessThan(800);
    expect(kinds.friend).toBeGreaterThan(300);
    expect(kinds.friend).toBeLessThan(600);
    expect(new Set(project.nodes.map((n) => n.attributes.hub).filter(Boolean))).toEqual(new Set(["Maidstone", "Tunbridge Wells", "Sevenoaks"]));
  });

  it("gives every group a group_type and recovery_oriented, with recovery-oriented and wider-community groups and links between them", () => {
    const groups = project.nodes.filter((n) => n.kind === "group");
    expect(groups.every((g) => g.group_type !== undefined && typeof g.recovery_oriented === "boolean")).toBe(true);
    const types = countBy(groups, (g) => g.group_type!);
    expect(types.mutual_aid).toBe(9);
    expect(types.recovery_community).toBe(3);
    expect(types.education).toBe(3);
    expect(groups.filter((g) => g.recovery_oriented).length).toBe(15);
    const links = project.ties.filter((t) => t.type === "group_link");
    expect(links.length).toBeGreaterThan(20);
    expect(links.every((t) => nodes.get(t.source)!.kind === "group" && nodes.get(t.target)!.kind === "group")).toBe(true);
    const bridging = links.filter((t) => nodes.get(t.source)!.recovery_oriented !== nodes.get(t.target)!.recovery_oriented);
    expect(bridging.length).toBeGreaterThan(5);
  });

  it("has quarterly waves from the baseline, service users entering and leaving over three years", () => {
    expect(project.waves.map((w) => w.label)).toEqual(["Baseline", ...Array.from({ length: 12 }, (_, i) => `Q${i + 1}`)]);
    expect(project.waves[0].date).toBe("2012-04-01");
    expect(project.waves[12].date).toBe("2015-04-01");
    expect(serviceUsers.every((n) => n.start !== undefined && n.start >= "2012-04-01" && n.start < "2015-04-01")).toBe(true);
    const left = serviceUsers.filter((n) => n.end !== undefined).length;
    expect(left).toBeGreaterThan(250);
    expect(left).toBeLessThan(400);
  });

  it("records a BARC-10 (10–60) for each service user at entry and at every wave in service, and use_status at entry", () => {
    const barc = project.observations.filter((o) => o.measure === "barc10");
    expect(barc.every((o) => Number.isInteger(o.value) && (o.value as number) >= 10 && (o.value as number) <= 60)).toBe(true);
    for (const su of serviceUsers) {
      const dates = new Set(barc.filter((o) => o.subject === su.id).map((o) => o.date));
      expect(dates.has(su.start!)).toBe(true);
      for (const w of project.waves) if (isActiveAt(su, w.date)) expect(dates.has(w.date)).toBe(true);
      const statuses = project.observations.filter((o) => o.subject === su.id && o.measure === "use_status");
      expect(statuses[0].date).toBe(su.start);
      expect(statuses[statuses.length - 1].value).toBe(su.use_status);
    }
  });

  it("has clients with no ties at all at some wave", () => {
    const isolated = project.waves.flatMap((w) =>
      serviceUsers.filter((su) => isActiveAt(su, w.date) && tiesAt(byNode, nodes, su.id, w.date).length === 0));
    expect(isolated.length).toBeGreaterThan(20);
  });

  it("has clients who lose supportive ties between one wave and the next while still in service", () => {
    const losers = new Set<string>();
    for (let i = 1; i < project.waves.length; i++) {
      const [before, after] = [project.waves[i - 1].date, project.waves[i].date];
      for (const su of serviceUsers) {
        if (!isActiveAt(su, before) || !isActiveAt(su, after)) continue;
        const now = new Set(tiesAt(byNode, nodes, su.id, after).map((t) => t.id));
        if (tiesAt(byNode, nodes, su.id, before).some((t) => t.valence === "supportive" && !now.has(t.id))) losers.add(su.id);
      }
    }
    expect(losers.size).toBeGreaterThan(30);
  });

  it("has mentors tied to clients and to groups at the same wave, and clients joining a group their mentor attends", () => {
    const bridging = project.waves.flatMap((w) =>
      project.nodes.filter((m) => {
        if (m.kind !== "peer_mentor" || !isActiveAt(m, w.date)) return false;
        const ties = tiesAt(byNode, nodes, m.id, w.date);
        return ties.some((t) => t.type === "mentoring" && nodes.get(other(t, m.id))!.kind === "service_user")
          && ties.some((t) => t.type === "membership" && nodes.get(other(t, m.id))!.kind === "group");
      }));
    expect(bridging.length).toBeGreaterThan(100);
    const mentorGroups = (id: string) => new Set((byNode.get(id) ?? []).filter((t) => t.type === "membership").map((t) => other(t, id)));
    const brought = project.ties.filter((t) => t.type === "mentoring").filter((t) => {
      const clientGroups = mentorGroups(t.target);
      return [...mentorGroups(t.source)].some((g) => clientGroups.has(g));
    });
    expect(brought.length).toBeGreaterThan(100);
  });

  it("has mentors who were service users, starting after they left the service", () => {
    const former = project.nodes.filter((n) => n.kind === "peer_mentor" && typeof n.attributes.former_service_user === "string");
    expect(former.length).toBe(14);
    for (const m of former) {
      const was = nodes.get(m.attributes.former_service_user as string)!;
      expect(was.kind).toBe("service_user");
      expect(was.end! < m.start!).toBe(true);
    }
  });

  it("ends risk ties earlier for clients who reach in_recovery or abstinent than for those who never do", () => {
    const { recovered, never } = recoveryOutcome(project);
    const share = (ids: Set<string>) => {
      let ended = 0;
      let all = 0;
      for (const id of ids) {
        const su = nodes.get(id)!;
        for (const t of (byNode.get(id) ?? []).filter((t) => t.valence === "risk")) {
          all++;
          if (t.end !== undefined && (su.end === undefined || t.end < su.end)) ended++;
        }
      }
      return ended / all;
    };
    expect(recovered.size).toBeGreaterThan(100);
    expect(never.size).toBeGreaterThan(100);
    expect(share(recovered)).toBeGreaterThan(0.8);
    expect(share(never)).toBeLessThan(0.3);
  });

  it("grows group memberships with time in service", () => {
    const memberships = (days: [number, number]) => {
      const counts: number[] = [];
      for (const w of project.waves) {
        for (const su of serviceUsers) {
          if (!isActiveAt(su, w.date) || su.attributes.pathway === "disengaged") continue;
          const inService = toEpochDay(w.date) - toEpochDay(su.start!);
          if (inService < days[0] || inService >= days[1]) continue;
          counts.push(tiesAt(byNode, nodes, su.id, w.date).filter((t) => t.type === "membership").length);
        }
      }
      return counts.reduce((a, b) => a + b, 0) / counts.length;
    };
    const early = memberships([0, 60]);
    const later = memberships([270, 540]);
    expect(early).toBeLessThan(0.2);
    expect(later).toBeGreaterThan(1);
  });

  it("ties clients into the wider community through the people who run the groups they attend", () => {
    const runners = project.nodes.filter((n) => n.kind === "community_member");
    expect(runners.every((r) => (byNode.get(r.id) ?? []).some((t) => t.type === "membership" && nodes.get(other(t, r.id))!.kind === "group"))).toBe(true);
    const clientTies = project.ties.filter((t) => nodes.get(t.source)!.kind === "service_user" && nodes.get(t.target)!.kind === "community_member");
    expect(clientTies.length).toBeGreaterThan(50);
    expect(clientTies.every((t) => t.valence === "supportive")).toBe(true);
  });

  it("raises BARC-10 for clients who reach recovery and not for those who never do", () => {
    const { recovered, never } = recoveryOutcome(project);
    const change = (ids: Set<string>) => {
      const deltas: number[] = [];
      for (const id of ids) {
        const scores = project.observations.filter((o) => o.subject === id && o.measure === "barc10").map((o) => o.value as number);
        if (scores.length > 1) deltas.push(scores[scores.length - 1] - scores[0]);
      }
      return deltas.reduce((a, b) => a + b, 0) / deltas.length;
    };
    expect(change(recovered)).toBeGreaterThan(10);
    expect(Math.abs(change(never))).toBeLessThan(3);
  });

  it("refuses options it cannot honour, saying which", () => {
    expect(() => generateProgramme({ seed: 1, serviceUsers: 0 })).toThrow(/serviceUsers must be a whole number of at least 1/);
    expect(() => generateProgramme({ seed: 1.5 })).toThrow(/seed must be a whole number/);
    expect(() => generateProgramme({ seed: 1, years: 0 })).toThrow(/years/);
  });
});
