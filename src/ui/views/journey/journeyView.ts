// The Journey view: what a worker and a client look at together in a review. The selected
// client's network at the previous review and now side by side (gained and lost outlined), what
// changed in words, their indicators at every review as small line charts, and their use status
// over time, each as of the date shown; "Print review" prints it on two A4 pages (styles.css,
// "Journey view" block), the two pictures one above the other so their names stay readable.
import { journeyChange, previousReviewAt, type JourneyChange } from "../../../core/journey/journeyChange.ts";
import { inServiceWords, journeyText } from "../../../core/journey/journeyText.ts";
import { JOURNEY_INDICATORS, journeyDate, personHistory, type PersonHistory } from "../../../core/journey/personHistory.ts";
import { previousWaveDate } from "../../../core/metrics/report.ts";
import type { IsoDate } from "../../../core/model/dates.ts";
import type { Project } from "../../../core/model/schema.ts";
import { latestDate } from "../../../core/model/snapshot.ts";
import { KIND_COLOURS } from "../../../core/model/kindColours.ts";
import { NODE_KINDS } from "../../../core/model/vocabulary.ts";
import { el } from "../../dom.ts";
import { VALENCE_COLOURS } from "../../map/appearance.ts";
import type { AppState, Store } from "../../store.ts";
import { CHANGE_COLOURS, egoSvg } from "../ego/egoDrawing.ts";
import { egoLayout, type EgoLayout } from "../ego/egoLayout.ts";
import { startReviewButton } from "../interview/startReview.ts";
import { chartValue, indicatorChart, STATUS_COLOURS, useStatusStrip } from "./journeyCharts.ts";

/** Shares are drawn as percentages. */
const SHARES: ReadonlySet<string> = new Set(["supportive_share"]);

/** What the person is called in the text: their first name, or their id while names are hidden. */
export function callName(label: string, id: string, hideNames: boolean): string {
  return hideNames ? id : (label.trim().split(/\s+/)[0] || id);
}

/** "(+1, −2)": alters gained and lost on the sociogram. */
export function changeCounts(layout: EgoLayout): string {
  const gained = layout.alters.filter((a) => a.change === "gained").length;
  const lost = layout.alters.filter((a) => a.change === "lost").length;
  return `(+${gained}, −${lost})`;
}

function waveName(project: Project, date: IsoDate): string {
  const wave = project.waves.find((w) => w.date === date);
  // A label that already says the date ("Review 2024-06-01") is not followed by it again.
  return wave ? (wave.label.includes(date) ? wave.label : `${wave.label}, ${date}`) : date;
}

/**
 * The sociograms of a review: no sector names around the rings (the kind colours in the legend
 * say who is who), first names and initials, large type, so two fit side by side and stay legible.
 */
const DRAWING = { fontScale: 1.5, sectorLabels: false, shortNames: true } as const;

function legend(layout: EgoLayout): HTMLElement {
  const item = (style: string, text: string) => el("li", {}, el("span", { class: "swatch", style, "aria-hidden": "true" }), ` ${text}`);
  const kinds = NODE_KINDS.filter((k) => layout.alters.some((a) => a.kind === k));
  return el("ul", { class: "legend journey-legend" },
    ...kinds.map((k) => item(`width:12px;height:12px;${k === "group" ? "border-radius:1px;" : ""}background:${KIND_COLOURS[k]}`, k.replace(/_/g, " "))),
    item(`width:18px;height:3px;border-radius:0;background:${VALENCE_COLOURS.supportive}`, "supportive tie"),
    item(`width:18px;height:3px;border-radius:0;background:${VALENCE_COLOURS.neutral}`, "neutral tie"),
    item(`width:18px;height:3px;border-radius:0;background:${VALENCE_COLOURS.risk}`, "risk tie"),
    item(`width:14px;height:14px;border:3px solid ${CHANGE_COLOURS.gained}`, "new since the previous review"),
    item(`width:14px;height:14px;border:3px dashed ${CHANGE_COLOURS.lost}`, "gone since the previous review"),
    el("li", {}, "Closer to the centre: a stronger tie"));
}

function sociograms(state: AppState, layout: EgoLayout, at: IsoDate): HTMLElement {
  const hideNames = state.hideNames;
  const figure = (caption: string, svg: SVGSVGElement, testId: string) => el("figure", { "data-testid": testId }, el("figcaption", {}, caption), svg);
  const now = figure(`Now: ${waveName(state.project, at)}${layout.previousAt ? ` ${changeCounts(layout)}` : ""}`, egoSvg(layout, { hideNames, showGroupNames: state.showGroupNames, side: "now", ...DRAWING, testId: "journey-ego-now" }), "journey-now");
  if (!layout.previousAt) {
    return el("section", { class: "journey-egos" }, el("h3", {}, "Their network"), el("div", { class: "pair single" }, now), legend(layout));
  }
  const before = figure(`At the previous review: ${waveName(state.project, layout.previousAt)}`,
    egoSvg(layout, { hideNames, showGroupNames: state.showGroupNames, side: "before", ...DRAWING, testId: "journey-ego-before" }), "journey-before");
  return el("section", { class: "journey-egos" }, el("h3", {}, "Their network"), el("div", { class: "pair" }, before, now), legend(layout));
}

function indicatorCharts(history: PersonHistory, at: IsoDate): HTMLElement {
  // As of the date shown: the reviews up to it, the latest marked.
  const reviews = history.reviews.filter((r) => r.date <= at);
  if (reviews.length === 0) return el("section", { class: "journey-indicators" }, el("h3", {}, "At each review"), el("p", { class: "hint" }, `No review on or before ${at}.`));
  const charts: HTMLElement[] = [];
  for (const d of JOURNEY_INDICATORS) {
    const points = reviews.map((r) => ({ label: r.label, date: r.date, value: r.indicators[d.id] }));
    const last = points[points.length - 1];
    charts.push(el("figure", { class: "chart", "data-indicator": d.id },
      el("figcaption", {}, el("strong", {}, d.label), ` ${chartValue(last?.value, SHARES.has(d.id))}`),
      indicatorChart(points, { title: d.label, share: SHARES.has(d.id), mark: at, testId: `journey-chart-${d.id}` }),
      el("p", { class: "meaning" }, d.meaning)));
  }
  for (const m of history.measures.filter((x) => x.numeric)) {
    const points = reviews.map((r) => {
      const v = r.measures[m.measure]?.value;
      return { label: r.label, date: r.date, value: typeof v === "number" ? v : undefined };
    });
    const last = points[points.length - 1];
    charts.push(el("figure", { class: "chart", "data-indicator": m.measure },
      el("figcaption", {}, el("strong", {}, m.label), ` ${chartValue(last?.value)}`),
      indicatorChart(points, { title: m.label, mark: at, testId: `journey-chart-${m.measure}` }),
      el("p", { class: "meaning" }, m.measure === "barc10"
        ? "Recovery capital (Brief Assessment of Recovery Capital, 10 to 60; higher is more), as recorded at or before each review."
        : `As recorded at or before each review.`)));
  }
  return el("section", { class: "journey-indicators" }, el("h3", {}, "At each review"), el("div", { class: "charts" }, ...charts));
}

function statusSection(history: PersonHistory, at: IsoDate): HTMLElement {
  const section = el("section", { class: "journey-status" }, el("h3", {}, "Use status over time"));
  if (history.useStatus.length === 0) {
    section.append(el("p", { class: "hint" }, "No use status recorded."));
    return section;
  }
  const until = history.node.end !== undefined && history.node.end < at ? history.node.end : at;
  const changes = history.useStatus.filter((c) => c.date <= at);
  if (changes.length === 0) {
    section.append(el("p", { class: "hint" }, `No use status recorded on or before ${at}.`));
    return section;
  }
  const seen = [...new Set(changes.map((c) => c.value))];
  section.append(
    useStatusStrip(changes, until, history.reviews),
    el("ul", { class: "legend journey-legend" }, ...seen.map((s) => el("li", {}, el("span", { class: "swatch", style: `border-radius:2px;background:${STATUS_COLOURS[s] ?? "#999"}`, "aria-hidden": "true" }), ` ${s.replace(/_/g, " ")}`))),
    el("p", { class: "meaning" }, `Changes: ${changes.map((c) => `${c.value.replace(/_/g, " ")} from ${c.date}`).join("; ")}.`));
  return section;
}

/** Mounts the Journey view: follows the selected person, the date shown and name hiding. */
export function mountJourney(container: HTMLElement, store: Store): () => void {
  const root = el("div", { class: "journey-view", "data-testid": "journey-view" });
  container.append(root);
  // The history is computed once per client and project (a snapshot per review).
  let cached: { project: Project; person: string; history: PersonHistory } | undefined;
  const render = (state: AppState) => {
    const id = state.selectedNode;
    const node = id === undefined ? undefined : state.project.nodes.find((n) => n.id === id);
    const shownAt = state.at ?? latestDate(state.project);
    if (!node || node.kind !== "service_user" || shownAt === undefined) {
      const noun = node?.kind === "family" ? "family member" : (node?.kind ?? "").replace(/_/g, " ");
      const who = node ? `${state.hideNames ? node.id : `${node.label} (${node.id})`} is ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}` : "";
      const why = node && node.kind !== "service_user"
        ? `The Journey view is a client's review, for service users. ${who}, so there is no review to show: select a service user on the map, in the nodes table or in the Needs attention list. Their own network is in the Ego view.`
        : shownAt === undefined ? "A journey needs dated data (waves or dated ties)." : "Select a client on the map or in the nodes table to see their journey here.";
      root.replaceChildren(el("p", { class: "hint", "data-testid": "journey-empty" }, why));
      return;
    }
    if (!cached || cached.project !== state.project || cached.person !== node.id) cached = { project: state.project, person: node.id, history: personHistory(state.project, node.id) };
    const history = cached.history;
    const name = state.hideNames ? node.id : `${node.label} (${node.id})`;
    // A client not in the network on the date shown is reviewed at their last review before it.
    const when = journeyDate(history, shownAt);
    if (!when) {
      root.replaceChildren(el("p", { class: "hint", "data-testid": "journey-empty" },
        `${name} has no review on or before ${shownAt}${node.start ? `: they enter the service on ${node.start}` : ""}. Choose a later date on the timeline.`));
      return;
    }
    const at = when.date;
    const note = when.moved
      ? `Not in the network on ${shownAt}${node.end && node.end <= shownAt ? ` (left the service on ${node.end})` : ""}: this is their last review before it, ${when.review.label} (${at}).`
      : undefined;
    // The review to compare with is the last wave before, only while they were in the service then.
    const previousAt = previousReviewAt(state.project, node.id, at);
    const change: JourneyChange = journeyChange(state.project, node.id, at, previousWaveDate(state.project, at));
    const layout = egoLayout(state.project, node.id, at, previousAt)!;
    // A client's review is about that named client, for their file: "Pseudonymise exports" does
    // not cover it, and the page says so before printing.
    const namesShown = !state.hideNames;
    const print = el("button", { type: "button", "data-testid": "print-review", title: namesShown ? "Prints names: this review is for the client's file" : "Prints ids: names are hidden" }, "Print review");
    print.addEventListener("click", () => window.print());
    const printsWhat = namesShown
      ? `Prints names${state.pseudonymise ? ": this review is for the client's file, so it is not pseudonymised (tick “Hide names” to print ids)" : ""}.`
      : "Prints ids, not names.";
    root.replaceChildren(
      el("div", { class: "journey-toolbar no-print" }, print, startReviewButton(store, node.id, `Start a review with ${callName(node.label, node.id, state.hideNames)}`), el("span", { class: "hint" }, "Prints this review on two A4 pages (choose \"Save as PDF\" to keep a copy). "),
        el("span", { class: `hint${namesShown && state.pseudonymise ? " export-names-note" : ""}`, "data-testid": "print-names" }, printsWhat)),
      el("header", { class: "journey-head" },
        el("h2", {}, `Client review: ${name}`),
        el("p", { class: "journey-dates" },
          `${note ? "Reviewed at" : "Date shown"} ${at}${previousAt ? `; previous review ${waveName(state.project, previousAt)}` : change.joined ? "; their first review since joining" : ""}. `,
          `${inServiceWords(node)} ${state.project.meta.title}.`)),
      ...(note ? [el("p", { class: "hint", "data-testid": "journey-note" }, note)] : []),
      el("p", { class: "journey-text", "data-testid": "journey-text" }, journeyText(change, callName(node.label, node.id, state.hideNames))),
      sociograms(state, layout, at),
      indicatorCharts(history, at),
      statusSection(history, at),
      el("p", { class: "journey-foot" }, "Indicators are counted on the network at each review date; definitions in docs/metrics.md. Advisory: talk it through with the client."),
    );
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project !== previous.project || state.at !== previous.at || state.selectedNode !== previous.selectedNode || state.hideNames !== previous.hideNames || state.showGroupNames !== previous.showGroupNames || state.pseudonymise !== previous.pseudonymise) render(state);
  });
  return () => {
    unsubscribe();
    root.remove();
  };
}
