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
  /** One line a lead can put in a report (the descriptor's plain meaning). */
  definition: string;
  /** Its value from a step's network record (NaN when undefined). */
  value: (network: Readonly<Record<string, number>>) => number;
}

/** Every network descriptor by output key: `shareWithGroup` → the descriptor. */
export const NETWORK_DESCRIPTORS: ReadonlyMap<string, NetworkMetricDescriptor> = new Map(
  [...STRUCTURAL_NETWORK_METRICS, ...RECOVERY_NETWORK_INDICATORS].map((d) => [outputKey(d.id), d]),
);

function fromDescriptor(key: string, unit: IndicatorUnit, axis: string, label?: string): DashboardIndicator {
  const d = NETWORK_DESCRIPTORS.get(key);
  if (d === undefined) throw new Error(`core/timeline/dashboard: no network metric has the output key "${key}"`);
  return { key, label: label ?? d.label, unit, axis, definition: d.meaning, value: (network) => network[key] ?? Number.NaN };
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
  fromDescriptor("shareWithGroup", "share", "% of service users"),
  fromDescriptor("shareWithSupportivePeer", "share", "% of service users"),
  fromDescriptor("shareWithMentor", "share", "% of service users"),
  fromDescriptor("isolatedServiceUsers", "count", "service users"),
  {
    key: ISOLATED_SHARE_KEY,
    label: "Isolated service users (share)",
    unit: "share",
    axis: "% of service users",
    definition: "The part of service users who have no ties at all at this date.",
    value: isolatedShare,
  },
  fromDescriptor("bridgingTies", "count", "ties"),
  fromDescriptor("components", "count", "components"),
  fromDescriptor("largestComponentShare", "share", "% of all nodes"),
  fromDescriptor("density", "ratio", "density (0–1)"),
  fromDescriptor("mentorBrokerageShare", "share", "% of all brokerage"),
];

/** The indicator with `key`; throws naming the key when there is none. */
export function dashboardIndicator(key: string): DashboardIndicator {
  const found = DASHBOARD_INDICATORS.find((d) => d.key === key);
  if (found === undefined) throw new Error(`core/timeline/dashboard: no dashboard indicator "${key}"`);
  return found;
}

/**
 * A value as the page writes it: shares in % with no decimals ("41 %"), counts as integers,
 * ratios with three significant figures ("0.00571"); "–" when undefined.
 */
export function formatIndicator(indicator: Pick<DashboardIndicator, "unit">, value: number): string {
  if (!Number.isFinite(value)) return "–";
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
