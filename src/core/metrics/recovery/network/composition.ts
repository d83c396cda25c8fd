// Counts by node kind and by tie type: what the snapshot is made of.
import { NODE_KINDS, TIE_TYPES } from "../../../model/vocabulary.ts";
import type { NetworkMetricDescriptor } from "../../descriptor.ts";
import { NO_PARAMS, networkIndicator } from "../indicator.ts";

/** One count per node kind: `kind_service_user`, `kind_peer_mentor`, … */
export const KIND_COUNTS: readonly NetworkMetricDescriptor[] = NODE_KINDS.map((kind) =>
  networkIndicator({
    id: `kind_${kind}`,
    label: `Nodes of kind ${kind.replace("_", " ")}`,
    meaning: `How many nodes of kind ${kind.replace("_", " ")} are in the network at this date.`,
    definition: `The number of nodes with kind = ${kind} in the snapshot.`,
    params: NO_PARAMS,
    value: (graph) => graph.filterNodes((_id, node) => node.kind === kind).length,
  }),
);

/** One count per tie type: `type_friend`, `type_membership`, … */
export const TYPE_COUNTS: readonly NetworkMetricDescriptor[] = TIE_TYPES.map((type) =>
  networkIndicator({
    id: `type_${type}`,
    label: `Ties of type ${type.replace("_", " ")}`,
    meaning: `How many ${type.replace("_", " ")} ties are in the network at this date.`,
    definition: `The number of ties with type = ${type} in the snapshot; parallel ties count separately.`,
    params: NO_PARAMS,
    value: (graph) => graph.filterEdges((_id, tie) => tie.type === type).length,
  }),
);
