// Pseudonymised exports (DESIGN.md "Privacy": exports can be pseudonymised). Every label becomes
// its kind and a stable code ("service user 7KQ2M", keyed by the project's pseudonym key, see
// pseudonymKey.ts), ids become the same in id form ("service_user-7KQ2M"), attribute values that
// name a node are rewritten to its pseudonym, free text (notes, review-mark notes, the source,
// text attributes that are not a vocabulary) and attributes that name people, hold contact
// details or read like names are dropped, each drop reported; dates can be shifted; the result
// says it is still personal data and warns of people unique by their number of ties.
import type { AttributeValue, Attributes, Meta, Node, Project } from "../model/schema.ts";
import { isPersonKind } from "../model/vocabulary.ts";
import { freeTextReason } from "./freeText.ts";
import { identifyingColumnReason, isIdentifyingName, NameFinder } from "./identifying.ts";
import { NOTICE_ATTRIBUTE, PSEUDONYMISED_NOTICE } from "./notice.ts";
import { keyedCodes, PSEUDONYM_KEY_ATTRIBUTE, pseudonymKeyOf } from "./pseudonymKey.ts";
import { shiftProjectDates } from "./shiftDates.ts";
import { describeUniqueDegrees, uniqueDegrees } from "./uniqueDegrees.ts";

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
  /**
   * The pseudonym key (pseudonymKey.ts); default: the project's own (`meta.attributes.pseudonym_key`).
   * With a key, codes are keyed hashes of the ids, stable across edits; without one, each kind is
   * numbered from 1 in the order of the ids (stable only while no one of that kind is added or removed).
   */
  key?: string;
  /** Move every date by this many whole days (shiftDates.ts); default 0, dates as they are. */
  shiftDays?: number;
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
  /** The days every date was moved by (0: not shifted). */
  shiftDays: number;
  /** Risks left in the output, in words (people unique by their number of ties), to show before and after exporting. */
  warnings: string[];
}

/**
 * The pseudonym of every node: its kind and a code. With `options.key`, the code is the keyed
 * hash of the id (`keyedCodes`): the same whatever the order of the file and whatever else is
 * added or removed. Without a key, numbers run from 1 within each kind in the order of the
 * original ids: the same for the same project, but a node added before others renumbers them.
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
    const codes = options.key !== undefined ? keyedCodes(ids, options.key) : new Map(ids.map((id, k) => [id, String(k + 1)]));
    for (const id of ids) out.set(id, { id: keepIds ? id : `${kind}-${codes.get(id)}`, label: `${kind.replace(/_/g, " ")} ${codes.get(id)}` });
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
  const reason = identifyingColumnReason(free, finder) ?? freeTextReason(free);
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

/** The review marks of the needs-attention list, with pseudonym clients and without their notes. */
function pseudonymousAttention(attention: Meta["attention"], idOf: (id: string) => string, dropped: Dropped[]): Meta["attention"] {
  if (!attention) return undefined;
  if (attention.marks.some((m) => m.note.trim() !== "")) dropped.push({ where: "meta", name: "review-mark notes", reason: "free text about clients" });
  return { ...attention, marks: attention.marks.map((m) => ({ ...m, client: idOf(m.client), note: "" })) };
}

/**
 * A pseudonymised copy of `project` (the input is not changed). Labels become pseudonyms
 * (`pseudonyms`, keyed by `options.key` or the project's key); with `ids` (the default) node ids
 * become pseudonym ids and tie ids `t-<code>` (keyed) or `t1`, `t2`, … in file order (no key),
 * with every reference (tie ends, observation subjects, review marks, attribute values naming a
 * node) rewritten to match. Attributes and observation measures whose name announces names or
 * contact details, whose text names a person, holds contact details or reads like names, or is
 * free text rather than a vocabulary (`freeTextReason`), are dropped, as are the source, text
 * meta attributes and review-mark notes; the pseudonym key is never copied. The title gains
 * "(pseudonymised)", the meta attribute `privacy` carries PSEUDONYMISED_NOTICE, and with
 * `shiftDays` every date moves by that many days (`shiftProjectDates`). `warnings` names the
 * people unique by their degree within their kind (`uniqueDegrees`).
 */
export function pseudonymise(project: Project, options: PseudonymiseOptions = {}): Pseudonymised {
  const key = options.key ?? pseudonymKeyOf(project);
  const map = pseudonyms(project.nodes, { ...options, key });
  const exact = exactRewriter(project.nodes, map);
  const finder = new NameFinder(project.nodes.filter((n) => isPersonKind(n.kind)).map((n) => n.label));
  const dropped: Dropped[] = [];
  const nodeAttributes = planAttributes(project.nodes, "nodes", exact, finder, dropped);
  const tieAttributes = planAttributes(project.ties, "ties", exact, finder, dropped);
  const ties = new Map<string, string>();
  if (options.ids === false) project.ties.forEach((t) => ties.set(t.id, t.id));
  else if (key !== undefined) for (const [id, c] of keyedCodes(project.ties.map((t) => t.id), key)) ties.set(id, `t-${c}`);
  else project.ties.forEach((t, k) => ties.set(t.id, `t${k + 1}`));
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

  const { source, attributes: metaAttributes, attention, ...meta } = project.meta;
  if (source !== undefined) dropped.push({ where: "meta", name: "source", reason: "free text about the data" });
  const keptMeta: Attributes = {};
  for (const [name, value] of Object.entries(metaAttributes)) {
    if (name === PSEUDONYM_KEY_ATTRIBUTE) continue;
    if (typeof value !== "string") keptMeta[name] = value;
    else dropped.push({ where: "meta", name, reason: "free text about the data" });
  }
  keptMeta[NOTICE_ATTRIBUTE] = PSEUDONYMISED_NOTICE;
  const keptAttention = pseudonymousAttention(attention, idOf, dropped);
  const titleNamesSomeone = finder.mentionsName(meta.title);
  const out: Project = {
    ...project,
    meta: { ...meta, title: titleNamesSomeone ? "Pseudonymised project" : `${meta.title} (pseudonymised)`, attributes: keptMeta, ...(keptAttention ? { attention: keptAttention } : {}) },
    nodes: project.nodes.map((n) => ({ ...n, id: map.get(n.id)!.id, label: map.get(n.id)!.label, attributes: nodeAttributes(n.attributes) })),
    ties: project.ties.map((t) => ({ ...t, id: ties.get(t.id)!, source: idOf(t.source), target: idOf(t.target), attributes: tieAttributes(t.attributes) })),
    observations: project.observations.flatMap((o) => {
      const plan = measurePlans.get(o.measure)!;
      return plan.keep ? [{ ...o, subject: idOf(o.subject), value: plan.rewrite(o.value) }] : [];
    }),
    waves: project.waves.map((w) => ({ ...w })),
  };
  const shiftDays = options.shiftDays ?? 0;
  const unique = describeUniqueDegrees(uniqueDegrees(project));
  return { nodes: map, ties, dropped, shiftDays, warnings: unique ? [unique] : [], project: shiftDays !== 0 ? shiftProjectDates(out, shiftDays) : out };
}

/** "node attribute next_of_kin (reads like people's names)", for messages. */
export function describeDropped(d: Dropped): string {
  const what = d.where === "nodes" ? "node attribute" : d.where === "ties" ? "tie attribute" : d.where === "observations" ? "measure" : "project";
  return `${what} ${d.name} (${d.reason})`;
}
