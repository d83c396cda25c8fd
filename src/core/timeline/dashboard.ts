// The community dashboard's indicators: which network values a project lead follows over time,
// how each reads (label, unit, one-line definition from its descriptor), and how a change since
// the previous step is put in words. Pure: the page, the CSV and the tests share it.
import type { IsoDate } from "../model/dates.ts";
import type { Project } from "../model/schema.ts";
import type { NetworkMetricDescriptor } from "../metrics/descriptor.ts";
import { RECOVERY_NETWORK_INDICATORS } from "../metrics/recovery/index.ts";
import { outputKey } from "../metrics/report.ts";
import { STRUCTURAL_NETWORK_METRICS } from "../metrics/structural/index.ts";

/** How a value reads: a share 0–1 (shown in %), a count, or a ratio 0–1 shown as a decimal (density). */
export type IndicatorUnit = "share" | "count" | "ratio";

/** One dashboard indicator. */
export interface DashboardIndicator {
  /** The key of its value in a timeline step's `network` record (or a derived key). */
  key: string;
  /** The chart's title. */
  label: string;
  unit: IndicatorUnit;
  /** The y axis label, with its unit: "% of service users". */
  axis: string;
  /**
   * One plain line a commissioner understands, in the unit the page shows (percentages for
   * shares); the formal definition stays with the metric's descriptor and docs/metrics.md.
   */
  definition: string;
  /**
   * "serviceUsers" when the value counts or shares service users: the page then shows how many
   * service users it is out of ("42 of 79 service users").
   */
  denominator?: "serviceUsers";
  /**
   * What a zero at the first step means in words ("no service user had yet joined a group"), for
   * the note under a chart that starts at 0 and rises later; undefined when a zero needs no note.
   */
  zeroMeans?: string;
  /** Its value from a step's network record (NaN when undefined). */
  value: (network: Readonly<Record<string, number>>) => number;
}

/** Every network descriptor by output key: `shareWithGroup` → the descriptor. */
export const NETWORK_DESCRIPTORS: ReadonlyMap<string, NetworkMetricDescriptor> = new Map(
  [...STRUCTURAL_NETWORK_METRICS, ...RECOVERY_NETWORK_INDICATORS].map((d) => [outputKey(d.id), d]),
);

function fromDescriptor(key: string, unit: IndicatorUnit, axis: string, definition: string, more: Partial<DashboardIndicator> = {}): DashboardIndicator {
  const d = NETWORK_DESCRIPTORS.get(key);
  if (d === undefined) throw new Error(`core/timeline/dashboard: no network metric has the output key "${key}"`);
  return { key, label: d.label, unit, axis, definition, value: (network) => network[key] ?? Number.NaN, ...more };
}

/** The key of the derived share of isolated service users. */
export const ISOLATED_SHARE_KEY = "isolatedServiceUsersShare";

/** Isolated service users ÷ service users; NaN without service users. */
export function isolatedShare(network: Readonly<Record<string, number>>): number {
  const users = network.kindServiceUser;
  return users > 0 ? network.isolatedServiceUsers / users : Number.NaN;
}

/** The dashboard's indicators, in the order the page shows them. */
export const DASHBOARD_INDICATORS: readonly DashboardIndicator[] = [
  fromDescriptor("shareWithGroup", "share", "% of service users",
    "Of the service users in the network at this date, the percentage who belong to at least one group.",
    { denominator: "serviceUsers", zeroMeans: "no service user had yet joined a group: the data records the first memberships later" }),
  fromDescriptor("shareWithSupportivePeer", "share", "% of service users",
    "Of the service users at this date, the percentage with at least one supportive tie to another person in recovery.",
    { denominator: "serviceUsers", zeroMeans: "no service user had yet a supportive tie to another person in recovery: the data records the first such ties later" }),
  fromDescriptor("shareWithMentor", "share", "% of service users",
    "Of the service users at this date, the percentage linked to a peer mentor.",
    { denominator: "serviceUsers", zeroMeans: "no service user was yet linked to a peer mentor: the data records the first such ties later" }),
  fromDescriptor("isolatedServiceUsers", "count", "service users",
    "How many service users have no ties at all at this date: no family, friend, worker, peer or group.",
    { denominator: "serviceUsers", zeroMeans: "every service user had at least one tie" }),
  {
    key: ISOLATED_SHARE_KEY,
    label: "Isolated service users (share)",
    unit: "share",
    axis: "% of service users",
    definition: "Of the service users at this date, the percentage with no ties at all.",
    denominator: "serviceUsers",
    zeroMeans: "every service user had at least one tie",
    value: isolatedShare,
  },
  fromDescriptor("bridgingTies", "count", "ties",
    "How many direct links there are between recovery groups and groups in the wider community."),
  fromDescriptor("components", "count", "components",
    "How many separate parts the network falls into: people in different parts have no chain of ties between them."),
  fromDescriptor("largestComponentShare", "share", "% of everyone in the network",
    "Of everyone in the network (people and groups), the percentage in its largest joined-up part."),
  fromDescriptor("density", "ratio", "density (0 to 1)",
    "Of all the pairs who could be tied, the fraction who are: 0 means no ties, 1 means everyone is tied to everyone."),
  fromDescriptor("mentorBrokerageShare", "share", "% of all brokerage",
    "Of all the linking-up between people who are not tied directly, the percentage that runs through peer mentors."),
];

/** The key of the number of service users in a step's network record. */
export const SERVICE_USERS_KEY = "kindServiceUser";

/**
 * What a value is out of, for the page: "42 of 79 service users" for a share of service users
 * (the count rounded from share × service users), "11 of 79 service users" for a count of them;
 * "no service users at this date" when there are none; undefined for indicators not about
 * service users or when the number of service users is unknown.
 */
export function denominatorText(indicator: Pick<DashboardIndicator, "unit" | "denominator">, value: number, network: Readonly<Record<string, number>>): string | undefined {
  if (indicator.denominator !== "serviceUsers") return undefined;
  const users = network[SERVICE_USERS_KEY];
  if (users === undefined || !Number.isFinite(users)) return undefined;
  if (users === 0) return "no service users at this date";
  if (!Number.isFinite(value)) return undefined;
  const count = indicator.unit === "share" ? Math.round(value * users) : Math.round(value);
  return `${count.toLocaleString("en-GB")} of ${users.toLocaleString("en-GB")} service user${users === 1 ? "" : "s"}`;
}

/**
 * The note for a chart that starts at zero and rises later: "At Baseline (2012-04-01) no service
 * user had yet joined a group: the data records the first memberships later; so the line starts
 * at 0." Undefined when the first value
 * is not 0, when no later value is above 0, or when the indicator has no `zeroMeans`.
 */
export function zeroAtStartNote(indicator: Pick<DashboardIndicator, "zeroMeans">, values: readonly number[], firstName: string): string | undefined {
  if (indicator.zeroMeans === undefined || values.length < 2 || values[0] !== 0) return undefined;
  if (!values.slice(1).some((v) => Number.isFinite(v) && v > 0)) return undefined;
  return `At ${firstName}, ${indicator.zeroMeans}; so the line starts at 0.`;
}

/** The indicator with `key`; throws naming the key when there is none. */
export function dashboardIndicator(key: string): DashboardIndicator {
  const found = DASHBOARD_INDICATORS.find((d) => d.key === key);
  if (found === undefined) throw new Error(`core/timeline/dashboard: no dashboard indicator "${key}"`);
  return found;
}

/**
 * A value as the page writes it: shares in % with no decimals ("41 %"), counts as integers,
 * ratios with three significant figures ("0.00571"); "—" when undefined (e.g. a share of no service users).
 */
export function formatIndicator(indicator: Pick<DashboardIndicator, "unit">, value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (indicator.unit === "share") return `${Math.round(value * 100)} %`;
  if (indicator.unit === "count") return Math.round(value).toLocaleString("en-GB");
  return value.toPrecision(3);
}

/**
 * The change from `before` to `now` in words, without where it is measured from: shares in
 * percentage points ("+4 points", "−2 points"), counts as signed integers ("+3", "−1"), ratios
 * with three significant figures ("+0.000412"); "no change" when equal at the shown precision;
 * undefined when either value is undefined.
 */
export function formatChange(indicator: Pick<DashboardIndicator, "unit">, now: number, before: number): string | undefined {
  if (!Number.isFinite(now) || !Number.isFinite(before)) return undefined;
  const difference = now - before;
  let text: string;
  if (indicator.unit === "share") {
    const points = Math.round(difference * 100);
    text = points === 0 ? "" : `${signed(points)} point${Math.abs(points) === 1 ? "" : "s"}`;
  } else if (indicator.unit === "count") {
    const n = Math.round(difference);
    text = n === 0 ? "" : signed(n);
  } else {
    text = Number(difference.toPrecision(3)) === 0 ? "" : signed(Number(difference.toPrecision(3)));
  }
  return text === "" ? "no change" : text;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `−${-n}`;
}

/**
 * The name of a step: the label of the wave on that date ("Q10"), else the date itself. Waves
 * sharing a date are joined with " / ".
 */
export function stepName(project: Project, date: IsoDate): string {
  const labels = project.waves.filter((w) => w.date === date).map((w) => w.label);
  return labels.length > 0 ? labels.join(" / ") : date;
}

/**
 * Where a change is measured from, for a sentence: "the Q10 review (2014-10-01)" for a wave,
 * "2014-10-01" otherwise.
 */
export function sinceText(project: Project, date: IsoDate): string {
  const name = stepName(project, date);
  return name === date ? date : `the ${name} review (${date})`;
}
