// GraphML files that hold ego-network interviews (Network Canvas's export: one `<graph>` per
// interview, the ego's values as graph-level data, the case id of the person interviewed as
// graph data or as `nc:caseID` on the root) read as interviews for the ego-network importer.
import { parseDate } from "../../model/dates.ts";
import type { Interview } from "../ego/project.ts";
import type { GraphValue } from "../graphRecords.ts";
import type { Problem } from "../problems.ts";
import { childElements, type Element } from "../xml.ts";
import { placeOfEdge, placeOfElement, readValues, type GraphmlKey } from "./keys.ts";

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
const CASE = ["networkcanvascaseid", "caseid", "egoid", "networkcanvasegouuid"];
const DATE = ["networkcanvassessionstart", "networkcanvassessionstarttime", "sessionstart", "sessionstarttime", "interviewdate", "date"];
const MARKERS = new Set([...CASE, "networkcanvassessionid", "sessionid", "networkcanvasprotocolname"]);

/** An element's attribute of one of these local names (any case, any namespace prefix: `nc:caseId`, `nc:caseID`), if any. */
function ncAttribute(element: Element, names: readonly string[]): string | undefined {
  for (const a of Array.from(element.attributes)) {
    const local = squash(a.localName ?? a.name.replace(/^.*:/, ""));
    if (names.includes(local) && !a.name.startsWith("xmlns")) return a.value;
  }
  return undefined;
}

const NC_CASE = ["caseid"];
const NC_SESSION = ["sessionuuid", "sessionid"];
const NC_START = ["sessionstarttime", "sessionstart", "interviewstarttime"];

/**
 * True when the graph is an interview: it has a case, ego or session id as data, or Network
 * Canvas's `nc:caseId`/`nc:sessionUUID` on the `<graph>` (current exports) or on the root (older ones).
 */
export function isInterview(root: Element, graph: Element, graphValues: readonly GraphValue[]): boolean {
  return [graph, root].some((e) => ncAttribute(e, [...NC_CASE, ...NC_SESSION]) !== undefined) || graphValues.some((v) => MARKERS.has(squash(v.name)));
}

/**
 * The interviews of a GraphML document, one per `<graph>`: the ego is the case id (graph data,
 * else `nc:caseId` on the graph or the root, else the graph's id, else `interview <k>`), the date
 * its session start (data, or `nc:sessionStartTime`) when given; the graph's other values are the ego's; nodes are alters and edges their ties.
 * Network Canvas's own bookkeeping values (`networkCanvas…`) are left out.
 */
export function readInterviews(root: Element, graphs: readonly Element[], keys: Map<string, GraphmlKey>, file: string, problems: Problem[]): Interview[] {
  const own = (values: GraphValue[]) => values.filter((v) => !/^networkcanvas/i.test(v.name));
  return graphs.map((graph, k) => {
    const where = placeOfElement(graph, "id");
    const values = readValues(graph, "graph", where, keys, file, problems);
    const find = (names: string[]) => values.find((v) => names.includes(squash(v.name)) && v.text.trim() !== "");
    const ego = find(CASE)?.text.trim() ?? ncAttribute(graph, NC_CASE) ?? ncAttribute(root, NC_CASE) ?? graph.getAttribute("id") ?? `interview ${k + 1}`;
    const dateValue = find(DATE) ?? (() => {
      const text = ncAttribute(graph, NC_START) ?? ncAttribute(root, NC_START);
      return text === undefined ? undefined : { text, where };
    })();
    const date = dateValue ? parseDate(dateValue.text.trim()) : undefined;
    if (dateValue && date === undefined) problems.push({ file, where: dateValue.where, message: `"${dateValue.text.trim()}" is not a date`, fix: "Write the interview's date as YYYY-MM-DD or an ISO date-time" });
    const egoValues = own(values.filter((v) => !CASE.includes(squash(v.name)) && !DATE.includes(squash(v.name)) && !MARKERS.has(squash(v.name))));
    const alters = childElements(graph, "node").map((node) => {
      const at = placeOfElement(node, "id");
      return { id: node.getAttribute("id") ?? "", where: at, values: own(readValues(node, "node", at, keys, file, problems)) };
    });
    const alterTies = childElements(graph, "edge").map((edge) => {
      const at = placeOfEdge(edge);
      return { source: edge.getAttribute("source") ?? "", target: edge.getAttribute("target") ?? "", where: at, values: own(readValues(edge, "edge", at, keys, file, problems)) };
    });
    return { ego, where, egoValues, ...(date ? { date } : {}), alters, alterTies };
  });
}
