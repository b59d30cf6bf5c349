#pragma once
// GraphML for Gephi, NetworkX, igraph and R.
//
// One <key> per column with its attr.type; booleans as true/false. Each
// <edge> carries label="<relation>" by default: Gephi treats the label as
// the edge type, and without it Gephi merges parallel edges that share source
// and target. That attribute is a GraphML extension (declared through the
// edge.extra.attrib hook of the GraphML schema, see docs/exports.md);
// `strict` leaves it out for tools that validate against the plain schema.
#include <filesystem>
#include <ostream>

#include "engine/graph.hpp"
#include "exports/attribute_table.hpp"

namespace repnet {

struct GraphmlOptions {
    bool strict = false;  // true: no label="" on <edge>; valid against the unmodified GraphML 1.0 schema
    bool undirected = false;  // edgedefault="undirected" (e.g. the person network of `export --project person`)
};

void write_graphml(std::ostream& out, const Graph& graph, const AttributeTable& nodes, const AttributeTable& edges,
                   const GraphmlOptions& options = {});

// Writes to `path` through a temporary file.
void export_graphml(const std::filesystem::path& path, const Graph& graph, const AttributeTable& nodes,
                    const AttributeTable& edges, const GraphmlOptions& options = {});

}  // namespace repnet
