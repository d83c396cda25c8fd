// The Journey view's small charts (d3 on SVG): one indicator across the reviews as a line with
// the waves named on the axis, and use status over time as a strip. Sized by viewBox, so the
// same drawing fills a screen column and a printed half page.
import { axisBottom, axisLeft, line, scaleLinear, scalePoint, scaleTime, select } from "d3";
import { toEpochDay, type IsoDate } from "../../../core/model/dates.ts";
import type { StatusChange } from "../../../core/journey/personHistory.ts";
import { formatNumber } from "../../map/appearance.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** One point of an indicator chart: a review and its value (undefined: none, drawn as a gap). */
export interface ChartPoint {
  label: string;
  date: IsoDate;
  value: number | undefined;
}

/** What an indicator chart shows. */
export interface IndicatorChartOptions {
  /** The chart's title, e.g. "Network size (people)". */
  title: string;
  /** Values are shares from 0 to 1, drawn as percentages. */
  share?: boolean;
  /** The review to mark (the date shown), when it is one of the points. */
  mark?: IsoDate;
  /** `data-testid` of the svg. */
  testId: string;
}

const W = 300;
const H = 150;
const M = { top: 8, right: 12, bottom: 38, left: 34 };

/** `value` as the chart writes it: "75%" for a share, "5" for a count. */
export function chartValue(value: number | undefined, share = false): string {
  if (value === undefined || Number.isNaN(value)) return "–";
  return share ? `${Math.round(value * 100)}%` : formatNumber(value);
}

/**
 * An indicator at every review as a line chart: the waves named under the x axis (turned when
 * there are many), a zero-based y axis (0–100 % for shares), a dot per review carrying its value
 * (`data-value`, `<title>`), the date shown ringed.
 */
export function indicatorChart(points: readonly ChartPoint[], options: IndicatorChartOptions): SVGSVGElement {
  const svg = select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement)
    .attr("viewBox", `0 0 ${W} ${H}`).attr("width", W).attr("height", H)
    .attr("role", "img").attr("data-testid", options.testId)
    .attr("aria-label", `${options.title} at each review: ${points.map((p) => `${p.label} ${chartValue(p.value, options.share)}`).join(", ")}`);
  const x = scalePoint<string>().domain(points.map((p) => p.date)).range([M.left, W - M.right]).padding(0.3);
  const values = points.map((p) => p.value).filter((v): v is number => v !== undefined && !Number.isNaN(v));
  const top = options.share ? 1 : values.reduce((a, b) => Math.max(a, b), 1);
  const y = scaleLinear().domain([0, top]).nice().range([H - M.bottom, M.top]);
  const turned = points.length > 6;
  const labels = new Map(points.map((p) => [p.date, p.label]));
  const xAxis = svg.append("g").attr("class", "x-axis").attr("transform", `translate(0,${H - M.bottom})`)
    .call(axisBottom(x).tickFormat((d) => labels.get(d) ?? d).tickSizeOuter(0));
  xAxis.selectAll("text").attr("font-size", 10)
    .attr("transform", turned ? "rotate(-45)" : null).attr("text-anchor", turned ? "end" : "middle")
    .attr("dx", turned ? "-0.4em" : null).attr("dy", turned ? "0.5em" : "0.9em");
  svg.append("g").attr("transform", `translate(${M.left},0)`)
    .call(axisLeft(y).ticks(options.share ? 4 : Math.min(4, top)).tickFormat((d) => (options.share ? `${Math.round(Number(d) * 100)}%` : String(d))).tickSizeOuter(0))
    .selectAll("text").attr("font-size", 10);
  const defined = (p: ChartPoint) => p.value !== undefined && !Number.isNaN(p.value);
  const path = line<ChartPoint>().defined(defined).x((p) => x(p.date)!).y((p) => y(p.value!));
  svg.append("path").attr("d", path([...points])).attr("fill", "none").attr("stroke", "#0072B2").attr("stroke-width", 2);
  const dots = svg.append("g").attr("class", "points");
  for (const p of points) {
    if (!defined(p)) continue;
    const marked = p.date === options.mark;
    dots.append("circle").attr("cx", x(p.date)!).attr("cy", y(p.value!)).attr("r", marked ? 5 : 3)
      .attr("fill", marked ? "#fff" : "#0072B2").attr("stroke", "#0072B2").attr("stroke-width", marked ? 2.5 : 1)
      .attr("data-date", p.date).attr("data-value", String(p.value))
      .append("title").text(`${p.label} (${p.date}): ${chartValue(p.value, options.share)}`);
  }
  return svg.node()!;
}

/** Colours of use statuses: warm for use, green for abstinence and recovery, grey unknown. */
export const STATUS_COLOURS: Record<string, string> = {
  active_use: "#D55E00",
  reduced_use: "#E69F00",
  abstinent: "#009E73",
  in_recovery: "#56B4E9",
  unknown: "#B8B8B8",
};

/**
 * Use status over time as a strip from the first change to `until`: one coloured band per
 * status, named inside when it fits, the reviews marked and named under it.
 */
export function useStatusStrip(changes: readonly StatusChange[], until: IsoDate, reviews: readonly { date: IsoDate; label: string }[]): SVGSVGElement {
  const width = 620;
  const height = 74;
  const svg = select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement)
    .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
    .attr("role", "img").attr("data-testid", "journey-status")
    .attr("aria-label", `Use status: ${changes.map((c) => `${c.value.replace(/_/g, " ")} from ${c.date}`).join(", ")}`);
  if (changes.length === 0) return svg.node()!;
  const day = (d: IsoDate) => new Date(toEpochDay(d) * 86_400_000);
  const end = until > changes[changes.length - 1].date ? until : changes[changes.length - 1].date;
  const x = scaleTime().domain([day(changes[0].date), day(end)]).range([16, width - 24]);
  const bands = svg.append("g");
  changes.forEach((c, i) => {
    const from = x(day(c.date));
    const to = x(day(changes[i + 1]?.date ?? end));
    const band = bands.append("g").attr("data-status", c.value).attr("data-from", c.date);
    band.append("rect").attr("x", from).attr("y", 6).attr("width", Math.max(1, to - from)).attr("height", 26).attr("fill", STATUS_COLOURS[c.value] ?? "#999");
    band.append("title").text(`${c.value.replace(/_/g, " ")} from ${c.date}`);
    const text = c.value.replace(/_/g, " ");
    if (to - from > text.length * 7 + 8) {
      band.append("text").attr("x", from + 5).attr("y", 23).attr("font-size", 12).attr("fill", c.value === "active_use" || c.value === "abstinent" ? "#fff" : "#111").text(text);
    }
  });
  const ticks = reviews.filter((r) => r.date >= changes[0].date && r.date <= end);
  const axis = svg.append("g").attr("transform", "translate(0,34)");
  for (const r of ticks) {
    const at = x(day(r.date));
    axis.append("line").attr("x1", at).attr("x2", at).attr("y1", -28).attr("y2", 4).attr("stroke", "#333").attr("stroke-width", 0.8);
    axis.append("text").attr("x", at).attr("y", 16).attr("text-anchor", "middle").attr("font-size", 10).text(r.label);
  }
  return svg.node()!;
}
