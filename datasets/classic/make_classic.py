"""Writes the classic social network datasets bundled with networkx 2.8 as GraphML.

Run from the repository root with networkx 2.8 (Debian's python3-networkx):

    python3 datasets/classic/make_classic.py

Each file is the networkx built-in graph written by nx.write_graphml; see datasets/README.md
for where each dataset comes from.
"""
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def write(graph, name):
    path = os.path.join(HERE, name)
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True)
    print(f"{name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


def karate():
    # Zachary (1977): 34 members of a university karate club; `club` is the faction each
    # member joined after the split (Mr. Hi or Officer). networkx 2.8 also gives the
    # `weight` of each tie (the number of contexts the two interacted in).
    graph = nx.karate_club_graph()
    graph.graph["name"] = "Zachary's karate club"
    return graph


def florentine():
    # Padgett & Ansell (1993), as in Breiger & Pattison (1986): marriage ties between 15
    # Renaissance Florentine families (Pucci, isolated, is left out by networkx).
    graph = nx.florentine_families_graph()
    graph.graph["name"] = "Padgett's Florentine families (marriage ties)"
    return graph


def davis():
    # Davis, Gardner & Gardner (1941): 18 women and the 14 social events they attended.
    # Two-mode: `bipartite` is 0 for women and 1 for events. `kind` maps the events to
    # groups and the women to community members, so the tool reads the two modes as kinds.
    graph = nx.davis_southern_women_graph()
    # The `top`/`bottom` node lists cannot be written to GraphML; `bipartite` carries them.
    graph.graph.pop("top", None)
    graph.graph.pop("bottom", None)
    graph.graph["name"] = "Davis's Southern Women (two-mode: women and events)"
    for node, data in graph.nodes(data=True):
        data["kind"] = "group" if data["bipartite"] == 1 else "community_member"
    return graph


def lesmis():
    # Knuth (1993), The Stanford GraphBase: co-appearance of 77 characters in the chapters
    # of Victor Hugo's Les Misérables; `weight` counts the chapters they appear in together.
    graph = nx.les_miserables_graph()
    graph.graph["name"] = "Les Misérables co-appearances"
    return graph


if __name__ == "__main__":
    assert nx.__version__.startswith("2.8"), f"written with networkx 2.8, found {nx.__version__}"
    write(karate(), "karate.graphml")
    write(florentine(), "florentine.graphml")
    write(davis(), "davis.graphml")
    write(lesmis(), "lesmis.graphml")
