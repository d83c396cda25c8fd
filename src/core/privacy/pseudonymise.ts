// Pseudonymised exports (DESIGN.md "Privacy": exports can be pseudonymised). Every label becomes
// its kind and a number ("service user 17"), ids become the same in id form ("service_user-17"),
// attribute values that name a node are rewritten to its pseudonym, and free-text attributes
// that name people, hold contact details or read like names are dropped, each drop reported.
import type { AttributeValue, Attributes, Node, Project } from "../model/schema.ts";
import { isPersonKind } from "../model/vocabulary.ts";
import { identifyingColumnReason, isIdentifyingName, NameFinder } from "./identifying.ts";

/** A node's pseudonym. */
export interface Pseudonym {
  /** `service_user-17` (or the original id when ids are kept). */
  id: string;
  /** `service user 17`. */
  label: string;
}

/** What `pseudonymise` can be told. */
export interface PseudonymiseOptions {
  /**
   * Replace node and tie ids too (default true): ids are often case numbers from another
   * system. With false, ids are kept and only labels and attributes change.
   */
  ids?: boolean;
}

/** Something `pseudonymise` removed, so the page can say what an export leaves out. */
export interface Dropped {
  /** Where: node or tie attributes, observation measures, or the project's meta. */
  where: "nodes" | "ties" | "observations" | "meta";
  /** The attribute name or measure. */
  name: string;
  /** Why, in words: "its name says it holds names or contact details". */
  reason: string;
}

/** A pseudonymised project and how it maps back (the map stays on the device; never export it). */
export interface Pseudonymised {
  project: Project;
  /** Original node id → its pseudonym. */
  nodes: Map<string, Pseudonym>;
  /** Original tie id → its new id. */
  ties: Map<string, string>;
  /** Every attribute and measure dropped, in the order found. */
  dropped: Dropped[];
}

/**
 * The pseudonym of every node. Numbers run from 1 within each kind, in the order of the
 * original ids, so the same project always gives the same pseudonyms whatever the order of
 * its file, and a node keeps its pseudonym in every export of that project.
 */
export function pseudonyms(nodes: readonly Node[], options: PseudonymiseOptions = {}): Map<string, Pseudonym> {
  const keepIds = options.ids === false;
  const byKind = new Map<string, string[]>();
  for (const node of nodes) {
    if (!byKind.has(node.kind)) byKind.set(node.kind, []);
    byKind.get(node.kind)!.push(node.id);
  }
  const out = new Map<string, Pseudonym>();
  for (const [kind, ids] of byKind) {
    ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    ids.forEach((id, k) => out.set(id, { id: keepIds ? id : `${kind}-${k + 1}`, label: `${kind.replace(/_/g, " ")} ${k + 1}` }));
  }
  return out;
}

/** Rewrites one column of values (one attribute, or one measure) and decides whether it stays. */
type ColumnRewrite = { keep: true; rewrite: (value: AttributeValue) => AttributeValue } | { keep: false; reason: string };

/** Replaces values that are exactly a node id or a node label by the pseudonym's id or label. */
function exactRewriter(nodes: readonly Node[], map: Map<string, Pseudonym>): (value: AttributeValue) => AttributeValue | undefined {
  const byLabel = new Map<string, string>();
  for (const node of nodes) {
    const key = node.label.trim().toLowerCase();
    if (key !== "" && !byLabel.has(key)) byLabel.set(key, map.get(node.id)!.label);
  }
  return (value) => {
    if (typeof value !== "string") return value;
    const asId = map.get(value);
    if (asId) return asId.id;
    return byLabel.get(value.trim().toLowerCase());
  };
}

/** Decides a column's fate from its name and every value it holds. */
function columnRewrite(
  name: string,
  values: readonly AttributeValue[],
  exact: (value: AttributeValue) => AttributeValue | undefined,
  finder: NameFinder,
): ColumnRewrite {
  if (isIdentifyingName(name)) return { keep: false, reason: "its name says it holds names, contact details or identifiers" };
  const free = values.filter((v): v is string => typeof v === "string" && exact(v) === undefined);
  const reason = identifyingColumnReason(free, finder);
  if (reason) return { keep: false, reason };
  return { keep: true, rewrite: (value) => exact(value) ?? value };
}

/** Plans every attribute column of one collection (node or tie attributes). */
function planAttributes(
  records: readonly { attributes: Attributes }[],
  where: Dropped["where"],
  exact: (value: AttributeValue) => AttributeValue | undefined,
  finder: NameFinder,
  dropped: Dropped[],
): (attributes: Attributes) => Attributes {
  const columns = new Map<string, AttributeValue[]>();
  for (const r of records) {
    for (const [name, value] of Object.entries(r.attributes)) {
      if (!columns.has(name)) columns.set(name, []);
      columns.get(name)!.push(value);
    }
  }
  const plans = new Map<string, ColumnRewrite>();
  for (const [name, values] of columns) {
    const plan = columnRewrite(name, values, exact, finder);
    plans.set(name, plan);
    if (!plan.keep) dropped.push({ where, name, reason: plan.reason });
  }
  return (attributes) => {
    const out: Attributes = {};
    for (const [name, value] of Object.entries(attributes)) {
      const plan = plans.get(name)!;
      if (plan.keep) out[name] = plan.rewrite(value);
    }
    return out;
  };
}

/**
 * A pseudonymised copy of `project` (the input is not changed). Labels become pseudonyms;
 * with `ids` (the default) node ids become pseudonym ids and tie ids `t1`, `t2`, … in file
 * order, with every reference (tie ends, observation subjects, attribute values naming a node)
 * rewritten to match. Attributes and observation measures whose name announces names or
 * contact details, or whose text names a person, holds contact details or reads like names,
 * are dropped. The title gains "(pseudonymised)"; the free-text source is dropped.
 */
export function pseudonymise(project: Project, options: PseudonymiseOptions = {}): Pseudonymised {
  const map = pseudonyms(project.nodes, options);
  const exact = exactRewriter(project.nodes, map);
  const finder = new NameFinder(project.nodes.filter((n) => isPersonKind(n.kind)).map((n) => n.label));
  const dropped: Dropped[] = [];
  const nodeAttributes = planAttributes(project.nodes, "nodes", exact, finder, dropped);
  const tieAttributes = planAttributes(project.ties, "ties", exact, finder, dropped);
  const ties = new Map<string, string>();
  project.ties.forEach((t, k) => ties.set(t.id, options.ids === false ? t.id : `t${k + 1}`));
  const idOf = (id: string) => map.get(id)?.id ?? id;

  const measures = new Map<string, AttributeValue[]>();
  for (const o of project.observations) {
    if (!measures.has(o.measure)) measures.set(o.measure, []);
    measures.get(o.measure)!.push(o.value);
  }
  const measurePlans = new Map<string, ColumnRewrite>();
  for (const [measure, values] of measures) {
    const plan = columnRewrite(measure, values, exact, finder);
    measurePlans.set(measure, plan);
    if (!plan.keep) dropped.push({ where: "observations", name: measure, reason: plan.reason });
  }

  const { source, attributes: metaAttributes, ...meta } = project.meta;
  if (source !== undefined) dropped.push({ where: "meta", name: "source", reason: "free text about the data" });
  const keptMeta: Attributes = {};
  for (const [name, value] of Object.entries(metaAttributes)) {
    if (typeof value !== "string") keptMeta[name] = value;
    else dropped.push({ where: "meta", name, reason: "free text about the data" });
  }
  const titleNamesSomeone = finder.mentionsName(meta.title);
  return {
    nodes: map,
    ties,
    dropped,
    project: {
      ...project,
      meta: { ...meta, title: titleNamesSomeone ? "Pseudonymised project" : `${meta.title} (pseudonymised)`, attributes: keptMeta },
      nodes: project.nodes.map((n) => ({ ...n, id: map.get(n.id)!.id, label: map.get(n.id)!.label, attributes: nodeAttributes(n.attributes) })),
      ties: project.ties.map((t) => ({ ...t, id: ties.get(t.id)!, source: idOf(t.source), target: idOf(t.target), attributes: tieAttributes(t.attributes) })),
      observations: project.observations.flatMap((o) => {
        const plan = measurePlans.get(o.measure)!;
        return plan.keep ? [{ ...o, subject: idOf(o.subject), value: plan.rewrite(o.value) }] : [];
      }),
      waves: project.waves.map((w) => ({ ...w })),
    },
  };
}

/** "node attribute next_of_kin (reads like people's names)", for messages. */
export function describeDropped(d: Dropped): string {
  const what = d.where === "nodes" ? "node attribute" : d.where === "ties" ? "tie attribute" : d.where === "observations" ? "measure" : "project";
  return `${what} ${d.name} (${d.reason})`;
}
