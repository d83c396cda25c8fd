// One dashboard indicator over time as an SVG line chart (d3): the waves marked and named on the
// time axis, a y axis with its unit, one line per series (the programme, or each hub beside the
// whole programme), the date shown ringed. Built for print: white ground, no shadows or fills,
// light grid, labels at 12 px or more (they print at three quarters of that, two charts a row on A4); with `title`, the title is drawn inside (for PNG/SVG downloads).
import { axisBottom, axisLeft, extent, line, max, scaleLinear, scaleUtc, select, utcFormat } from "d3";
import type { DashboardIndicator } from "../../../core/timeline/index.ts";
import type { IsoDate } from "../../../core/model/dates.ts";

/** One line: its name (for the legend) and a value per step (NaN leaves a gap). */
export interface ChartSeries {
  name: string;
  colour: string;
  values: readonly number[];
  /** Drawn dashed and grey: the whole programme beside the hubs. */
  reference?: boolean;
}

/** What a chart draws. */
export interface ChartInput {
  indicator: DashboardIndicator;
  dates: readonly IsoDate[];
  /** The project's waves, marked and named on the time axis. */
  waves: readonly { label: string; date: IsoDate }[];
  series: readonly ChartSeries[];
  /** The step shown as "now" (ringed). */
  current: number;
  /** Drawn inside the chart when given (downloads); on the page the card's heading is the title. */
  title?: string;
}

/** The chart's size in CSS pixels (it scales with its box on the page). */
export const CHART_WIDTH = 460;
export const CHART_HEIGHT = 240;
const SVG_NS = "http://www.w3.org/2000/svg";
const INK = "#1f2328";
const MUTED = "#5c6370";

const parseDay = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/**
 * The y scale's domain for values up to `top` (in the unit drawn: % for shares): from 0 to a
 * little above `top`, rounded to nice ticks; a share's axis never goes past 100 %.
 */
export function shareAxis(unit: DashboardIndicator["unit"], top: number) {
  const y = scaleLinear().domain([0, top > 0 ? top * 1.08 : 1]).nice(4);
  if (unit === "share" && y.domain()[1] > 100) y.domain([0, 100]);
  return y;
}

/** Draws the chart as a standalone SVG element (fonts and colours inline, so it exports as it is). */
export function indicatorChart(input: ChartInput): SVGSVGElement {
  const { indicator, dates, waves, series, current, title } = input;
  // A legend only when there is more than one line: above the plot, wrapped to the width.
  const legendItems: { series: ChartSeries; x: number; row: number }[] = [];
  if (series.length > 1) {
    let lx = 56;
    let row = 0;
    for (const s of series) {
      const width = 18 + s.name.length * 7 + 12;
      if (lx + width > CHART_WIDTH - 8 && lx > 56) {
        row++;
        lx = 56;
      }
      legendItems.push({ series: s, x: lx, row });
      lx += width;
    }
  }
  const legendRows = legendItems.length === 0 ? 0 : legendItems[legendItems.length - 1].row + 1;
  const legendTop = title ? 34 : 10;
  const top = legendTop + legendRows * 16 + (title || legendRows > 0 ? 6 : 2);
  const margin = { top, right: 14, bottom: 62, left: 60 };
  const svg = select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement)
    .attr("xmlns", SVG_NS)
    .attr("viewBox", `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`)
    .attr("width", CHART_WIDTH)
    .attr("height", CHART_HEIGHT)
    .attr("role", "img")
    .attr("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif")
    .attr("font-size", 11)
    .attr("aria-label", `${indicator.label} over time`);
  svg.append("rect").attr("width", CHART_WIDTH).attr("height", CHART_HEIGHT).attr("fill", "#ffffff");
  if (title) svg.append("text").attr("x", 8).attr("y", 20).attr("font-size", 14).attr("font-weight", 600).attr("fill", INK).text(title);

  const scale = indicator.unit === "share" ? 100 : 1;
  const days = dates.map(parseDay);
  const [first, last] = extent(days) as [Date, Date];
  const x = scaleUtc()
    .domain(first && last && first < last ? [first, last] : [first ?? new Date(0), new Date((last ?? new Date(0)).getTime() + 86_400_000)])
    .range([margin.left, CHART_WIDTH - margin.right]);
  const top100 = max(series.flatMap((s) => s.values.filter(Number.isFinite).map((v) => v * scale))) ?? 0;
  const y = shareAxis(indicator.unit, top100).range([CHART_HEIGHT - margin.bottom, margin.top]);

  // Light horizontal grid, then the axes.
  const yTicks = y.ticks(4);
  svg.append("g").attr("stroke", "#e6e8eb")
    .selectAll("line").data(yTicks).join("line")
    .attr("x1", margin.left).attr("x2", CHART_WIDTH - margin.right)
    .attr("y1", (d) => y(d)).attr("y2", (d) => y(d));
  const yFormat = indicator.unit === "ratio" ? (d: number) => String(Number(d.toPrecision(2))) : (d: number) => d.toLocaleString("en-GB");
  const yAxis = svg.append("g").attr("transform", `translate(${margin.left},0)`)
    .call(axisLeft(y).tickValues(yTicks).tickFormat((d) => yFormat(Number(d))).tickSizeOuter(0));
  yAxis.select(".domain").remove();
  yAxis.selectAll("text").attr("fill", MUTED).attr("font-size", 12.5);
  yAxis.selectAll("line").attr("stroke", "#c4c8cf");
  svg.append("text")
    .attr("transform", `translate(14,${(margin.top + CHART_HEIGHT - margin.bottom) / 2}) rotate(-90)`)
    .attr("text-anchor", "middle").attr("fill", MUTED).attr("font-size", 12.5)
    .text(indicator.axis);

  // Time axis: a tick at each wave, named by the wave; without waves, dates.
  const waveTicks = waves.map((w) => ({ date: parseDay(w.date), label: w.label })).filter((w) => w.date >= x.domain()[0] && w.date <= x.domain()[1]);
  const bottom = CHART_HEIGHT - margin.bottom;
  const xAxis = svg.append("g").attr("transform", `translate(0,${bottom})`);
  if (waveTicks.length > 0) {
    xAxis.call(axisBottom(x).tickValues(waveTicks.map((w) => w.date)).tickFormat((_d, i) => waveTicks[i].label).tickSizeOuter(0));
    if (waveTicks.length > 6) xAxis.selectAll("text").attr("text-anchor", "end").attr("dx", "-0.4em").attr("dy", "0.5em").attr("transform", "rotate(-40)");
  } else {
    xAxis.call(axisBottom(x).ticks(5).tickFormat((d) => utcFormat("%b %Y")(d as Date)).tickSizeOuter(0));
  }
  xAxis.selectAll("text").attr("fill", MUTED).attr("font-size", 12);
  xAxis.selectAll("line, .domain").attr("stroke", "#9aa0a8");
  const span = `${dates[0] ?? ""} to ${dates[dates.length - 1] ?? ""}`;
  svg.append("text").attr("x", (margin.left + CHART_WIDTH - margin.right) / 2).attr("y", CHART_HEIGHT - 6)
    .attr("text-anchor", "middle").attr("fill", MUTED).attr("font-size", 12.5)
    .text(waveTicks.length === 0 ? `Date (${span})` : waveTicks.length === dates.length ? `Review wave (${span})` : `Date, review waves named (${span})`);

  // The lines: reference (whole programme) first, so the hubs are drawn over it.
  const ordered = [...series].sort((a, b) => Number(Boolean(b.reference)) - Number(Boolean(a.reference)));
  for (const s of ordered) {
    const points = s.values.map((v, i) => ({ x: x(days[i]), y: y(v * scale), ok: Number.isFinite(v) }));
    const path = line<(typeof points)[number]>().defined((p) => p.ok).x((p) => p.x).y((p) => p.y);
    const g = svg.append("g").attr("data-series", s.name);
    g.append("path").attr("d", path(points)).attr("fill", "none").attr("stroke", s.colour).attr("stroke-width", s.reference ? 1.5 : 2)
      .attr("stroke-dasharray", s.reference ? "5 3" : null);
    if (points.length <= 40) {
      g.selectAll("circle").data(points.filter((p) => p.ok)).join("circle")
        .attr("cx", (p) => p.x).attr("cy", (p) => p.y).attr("r", 2.4).attr("fill", s.colour);
    }
    const now = points[current];
    if (now?.ok) g.append("circle").attr("cx", now.x).attr("cy", now.y).attr("r", 5).attr("fill", "none").attr("stroke", s.colour).attr("stroke-width", 1.5);
  }

  const legend = svg.append("g").attr("font-size", 12).attr("fill", INK);
  for (const item of legendItems) {
    const ly = legendTop + item.row * 16 + 4;
    legend.append("line").attr("x1", item.x).attr("x2", item.x + 14).attr("y1", ly).attr("y2", ly).attr("stroke", item.series.colour).attr("stroke-width", 2)
      .attr("stroke-dasharray", item.series.reference ? "4 2" : null);
    legend.append("text").attr("x", item.x + 18).attr("y", ly + 3.5).text(item.series.name);
  }
  return svg.node()!;
}
