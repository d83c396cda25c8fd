"""Times igraph's exact betweenness and closeness on a project file, for comparison with
`npm run bench` (which times ours and graphology-metrics' on the same generated graphs).

    npx recovery-networks generate pa --nodes 20000 --seed 1 --out pa20k.json
    python3 scripts/reference/igraph_bench.py pa20k.json

With the system Python that has python3-igraph (Debian). The graph is read as a simple
undirected graph (parallel ties merged, self-loops dropped), as the bench does. igraph is
single-threaded; compare its times with the bench's single-threaded rows.
"""
import json
import sys
import time

import igraph


def main(path):
    with open(path, encoding="utf-8") as file:
        project = json.load(file)
    index = {node["id"]: i for i, node in enumerate(project["nodes"])}
    edges = [(index[t["source"]], index[t["target"]]) for t in project["ties"]]
    graph = igraph.Graph(n=len(index), edges=edges, directed=False).simplify()
    print(f"igraph {igraph.__version__}: {graph.vcount()} nodes, {graph.ecount()} edges")
    for name, run in [
        ("betweenness (exact)", lambda: graph.betweenness(directed=False)),
        ("closeness", lambda: graph.closeness()),
    ]:
        start = time.perf_counter()
        run()
        print(f"{name}: {1000 * (time.perf_counter() - start):.1f} ms")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 scripts/reference/igraph_bench.py PROJECT.json")
    main(sys.argv[1])
