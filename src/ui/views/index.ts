// The centre views, in tab order; the first is shown when the page opens.
// To add a view: write `mount(container, store) → dispose` and add one line below.
import { mountMap } from "../map/mapView.ts";
import { mountAttention } from "./attention/attentionView.ts";
import { mountDashboard } from "./dashboard/dashboardView.ts";
import { mountEgo } from "./ego/egoView.ts";
import { mountInterview } from "./interview/interviewView.ts";
import { mountJourney } from "./journey/journeyView.ts";
import { mountTables } from "./table/tableView.ts";
import type { View } from "./view.ts";

export type { View } from "./view.ts";

/** Every centre view, in tab order. */
export const VIEWS: View[] = [
  { id: "map", label: "Map", mount: mountMap },
  // For support workers: who needs attention, then one client's journey.
  { id: "attention", label: "Needs attention", mount: mountAttention },
  { id: "journey", label: "Journey", mount: mountJourney },
  // With a client: draw their network together (the mapping interview).
  { id: "interview", label: "Interview", mount: mountInterview },
  { id: "ego", label: "Ego", mount: mountEgo },
  // For project leads: the community's indicators over time.
  { id: "dashboard", label: "Dashboard", mount: mountDashboard },
  { id: "tables", label: "Tables", mount: mountTables },
];
