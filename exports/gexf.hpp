#pragma once
// GEXF 1.3 for Gephi (and NetworkX, igraph, ...), written so that Gephi's
// timeline plays the network's history: every node and edge carries one
// <spell> with xsd:date bounds.
//
// The file is <gexf xmlns="http://gexf.net/1.3" version="1.3"> with
// <graph mode="dynamic" timeformat="date" defaultedgetype="directed">, one
// <attributes class="node"/"edge"> block typed from the attribute tables
// (boolean, long, double, string; names as in GraphML, exports/gephi_names.hpp),
// <attvalues> per element, the relation as the edge's `label` and as its `kind`
// numbered for further parallel edges of the same relation ("detained #2"), so
// Gephi merges no edge; the node type's colour as <viz:color>. A spell's end
// is the day after its last day (Gephi reads a date as 00:00 of the day), so it
// covers the whole of every day it names. No xsi:schemaLocation (the
// official RELAX NG grammar rejects it) and no lastmodifieddate (output must
// not depend on the clock). The rules are documented in docs/exports.md.
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string_view>

#include "engine/date.hpp"
#include "engine/graph.hpp"
#include "exports/attribute_table.hpp"

namespace repnet {

// The GEXF spells use first_day / last_day from engine/date.hpp.

struct RgbColor {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(const RgbColor&, const RgbColor&) = default;
};

// The fixed palette for node types (Tableau 10 for the built-in types, see
// docs/exports.md); a type a dataset adds gets one of eight further colours
// chosen by the FNV-1a hash of its name, so the choice never depends on
// load order.
RgbColor node_type_color(std::string_view type);

// Writes the graph. `nodes` and `edges` are node_table()/edge_table() plus any
// analysis columns. The node table's `label` column and the edge table's
// `weight` column are not repeated as attvalues: they are GEXF's own node
// label and edge weight (Gephi reserves those column names). O(V + E) time.
void write_gexf(std::ostream& out, const Graph& graph, const AttributeTable& nodes, const AttributeTable& edges);

// Writes to `path` through a temporary file; throws IoError if it cannot.
void export_gexf(const std::filesystem::path& path, const Graph& graph, const AttributeTable& nodes,
                 const AttributeTable& edges);

}  // namespace repnet
