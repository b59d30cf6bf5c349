#pragma once
// Names as GraphML and GEXF files carry them, chosen so that Gephi, Gephi Lite
// and the graph libraries keep every column and every edge (docs/exports.md,
// "Opening in Gephi").
#include <string>
#include <vector>

#include "engine/graph.hpp"
#include "exports/attribute_table.hpp"

namespace repnet {

enum class ElementClass { node, edge };

// The prefix given to a column whose name a reader reserves or which differs
// from an earlier column only in letter case.
inline constexpr const char* kRenamePrefix = "attr_";

// One written name per column of `table`, in column order. Gephi's GraphML
// importer turns node columns named nodelabel, x, y, z, xpos, ypos, zpos,
// size, r, g, b, color and edge columns named label, edgelabel, r, g, b, color
// into visual properties instead of columns (ImporterGraphML's constructor),
// and Gephi Lite takes node x and y as the position; such a column is written
// as attr_<name>. The node `label` and edge `weight` columns keep their names:
// they are meant as Gephi's label and weight. Gephi looks columns up by
// lower-cased id (ImportContainerImpl.getNodeColumn, graphstore's ColumnStore),
// so a name equal to an earlier one but for case is prefixed too. Matching is
// case-insensitive; the prefix is repeated until the name is free.
std::vector<std::string> written_column_names(const AttributeTable& table, ElementClass what);

// The edge type Gephi reads for each edge (GraphML <edge label>, GEXF kind).
// Gephi merges edges with the same source, target and type (DefaultProcessor:
// graph.getEdge(source, target, edgeType)), so the first edge of each
// (source, target, relation) gets the relation and each further parallel edge
// of that relation "relation #2", "relation #3", ... in edge order; with
// `undirected` the pair is unordered. Stable for the same input.
std::vector<std::string> gephi_edge_kinds(const Graph& graph, bool undirected);

// `edges` plus two columns Gephi Lite recognises as dates (its inferFieldType
// wants one format for 95% of a column's values, and `date` mixes `2021`,
// `2021-03`, `2021-03-04` and intervals): `first_day` and `last_day`, the first
// and last calendar day of each dated edge as yyyy-MM-dd (see first_day() and
// last_day() in engine/date.hpp). Unchanged if no edge is dated.
AttributeTable with_day_columns(const Graph& graph, const AttributeTable& edges);

}  // namespace repnet
