// The timeline under the map: a date axis with the waves marked, a slider, step buttons and
// play, stepping by wave (offered when the project has waves), month or quarter: the steps of
// core/timeline/steps.ts, which the Indicators export and the command line use too. Nodes and ties
// appear and disappear with the date; the layout stays where it is.
import { axisBottom, scaleUtc, select } from "d3";
import { fromEpochDay, toEpochDay } from "../../core/model/dates.ts";
import { dateRange } from "../../core/model/snapshot.ts";
import { el } from "../dom.ts";
import type { AppState, Store } from "../store.ts";
import type { Project } from "../../core/model/schema.ts";
import { defaultStep, nextStep, previousStep, stepsOffered, timelineDates, type TimelineEvery } from "../../core/timeline/steps.ts";
import { timelineIndicatorsButton } from "./timelineIndicators.ts";
import { placeWaveLabels } from "./waveLabels.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
/** The baseline of the top row of wave labels, the rows' spacing and how many rows there are (px). */
const LABEL_TOP = 9;
const LABEL_ROW_HEIGHT = 11;
const LABEL_ROWS = 2;

/** Mounts the timeline in `container`. */
export function mountTimeline(container: HTMLElement, store: Store): () => void {
  const back = el("button", { type: "button", "aria-label": "Previous step", title: "Previous step" }, "◀");
  const play = el("button", { type: "button", "aria-label": "Play", title: "Play through time" }, "▶ Play");
  const forward = el("button", { type: "button", "aria-label": "Next step", title: "Next step" }, "▶");
  const unit = el("select", { "aria-label": "Step by", title: "Step by wave (offered when the project has waves), month or quarter" });
  /** Offers the project's steps (by wave only when it has waves), keeping the choice when it is still offered. */
  const offerSteps = (project: Project) => {
    const offered = stepsOffered(project);
    const wanted = store.get().stepBy ?? unit.value;
    const kept = offered.find((every) => every === wanted) ?? defaultStep(project);
    unit.replaceChildren(...offered.map((every) => el("option", { value: every }, `by ${every}`)));
    unit.value = kept;
  };
  offerSteps(store.get().project);
  // The step unit is the store's, shared with the dashboard.
  unit.addEventListener("change", () => store.set({ stepBy: unit.value as TimelineEvery }));
  const date = el("input", { type: "date", "aria-label": "Date shown" });
  const slider = el("input", { type: "range", step: "1", "aria-label": "Date shown", class: "time-slider" });
  const axis = document.createElementNS(SVG_NS, "svg");
  axis.classList.add("time-axis");
  const track = el("div", { class: "time-track" }, slider, axis);
  const indicators = timelineIndicatorsButton(store, () => unit.value as TimelineEvery);
  container.append(el("div", { class: "time-controls" }, back, play, forward, unit, date, indicators.button), track);

  let timer: ReturnType<typeof setInterval> | undefined;
  const steps = () => timelineDates(store.get().project, unit.value as TimelineEvery);
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = "▶ Play";
    play.setAttribute("aria-label", "Play");
  };
  play.addEventListener("click", () => {
    if (timer !== undefined) return stop();
    const all = steps();
    if (all.length === 0) return;
    if (nextStep(all, store.get().at) === undefined) store.set({ at: all[0] });
    play.textContent = "❚❚ Pause";
    play.setAttribute("aria-label", "Pause");
    timer = setInterval(() => {
      const next = nextStep(steps(), store.get().at);
      if (next === undefined) stop();
      else store.set({ at: next });
    }, store.settings.playIntervalMs);
  });
  back.addEventListener("click", () => {
    const d = previousStep(steps(), store.get().at);
    if (d) store.set({ at: d });
  });
  forward.addEventListener("click", () => {
    const d = nextStep(steps(), store.get().at);
    if (d) store.set({ at: d });
  });
  let pending: number | undefined;
  slider.addEventListener("input", () => {
    // One update per frame while dragging.
    if (pending !== undefined) return;
    pending = requestAnimationFrame(() => {
      pending = undefined;
      store.set({ at: fromEpochDay(Number(slider.value)) });
    });
  });
  date.addEventListener("change", () => {
    if (date.value) store.set({ at: date.value });
  });

  const drawAxis = (state: AppState) => {
    const range = dateRange(state.project);
    container.classList.toggle("undated", !range);
    if (!range) return;
    slider.min = String(toEpochDay(range.first));
    slider.max = String(toEpochDay(range.last));
    date.min = range.first;
    date.max = range.last;
    const width = Math.max(200, track.clientWidth || 600);
    // The slider thumb's centre runs 8px in from each end; the axis matches it.
    const x = scaleUtc().domain([new Date(range.first), new Date(range.last)]).range([8, width - 8]);
    // Two rows of wave labels above the axis line, so that close waves (quarterly reviews on a
    // laptop screen) still show their names side by side without overlapping (waveLabels.ts).
    const axisY = LABEL_TOP + LABEL_ROWS * LABEL_ROW_HEIGHT - 4;
    const svg = select(axis).attr("width", width).attr("height", axisY + 18);
    svg.selectAll("*").remove();
    svg.append("g").attr("transform", `translate(0,${axisY})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))).tickSizeOuter(0));
    const waves = svg.append("g").attr("class", "waves");
    const marks = state.project.waves.map((wave) => ({ wave, px: x(new Date(wave.date)) })).sort((a, b) => a.px - b.px);
    for (const { wave, px } of marks) {
      waves.append("line").attr("x1", px).attr("x2", px).attr("y1", 0).attr("y2", axisY).attr("class", "wave-mark").append("title").text(`${wave.label}: ${wave.date}`);
    }
    // The labels after every mark, each over a backing that hides the marks behind it.
    const texts = marks.map(({ wave }) => waves.append("text").attr("class", "wave-label").text(wave.label));
    // Widths as drawn; an estimate where the page has not laid the axis out (hidden timeline).
    const widths = texts.map((text, k) => text.node()!.getComputedTextLength() || 6 * marks[k].wave.label.length);
    const places = placeWaveLabels(marks.map(({ px }, k) => ({ x: px, width: widths[k] })), { axisWidth: width, rows: LABEL_ROWS, offset: 3, gap: 4 });
    places.forEach((place, k) => {
      const { wave } = marks[k];
      if (!place) return void texts[k].remove();
      const y = LABEL_TOP + place.row * LABEL_ROW_HEIGHT;
      texts[k].attr("x", place.anchor === "start" ? place.left : place.right).attr("y", y).attr("text-anchor", place.anchor).append("title").text(`${wave.label}: ${wave.date}`);
      // A plain backing, so a later wave's mark passing behind the label does not cross its letters.
      waves.insert("rect", () => texts[k].node()).attr("class", "wave-label-back").attr("x", place.left - 1).attr("y", y - 10).attr("width", place.right - place.left + 2).attr("height", 13);
    });
  };
  const render = (state: AppState) => {
    if (state.at) {
      slider.value = String(toEpochDay(state.at));
      date.value = state.at;
    } else {
      // No date (an undated project, or one whose last date was undone): show none, not a stale one.
      date.value = "";
    }
  };
  drawAxis(store.get());
  render(store.get());
  const resize = new ResizeObserver(() => drawAxis(store.get()));
  resize.observe(track);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project !== previous.project) {
      drawAxis(state);
      if (state.project.waves !== previous.project.waves) offerSteps(state.project);
    }
    if (state.stepBy !== previous.stepBy && state.stepBy !== undefined && state.stepBy !== unit.value) offerSteps(state.project);
    if (state.at !== previous.at || state.project !== previous.project) render(state);
  });
  return () => {
    stop();
    indicators.dispose();
    if (pending !== undefined) cancelAnimationFrame(pending);
    resize.disconnect();
    unsubscribe();
    container.replaceChildren();
  };
}
