#pragma once
// GraphML for Gephi, NetworkX, igraph and R.
//
// One <key> per column with its attr.type; booleans as true/false; column
// names Gephi or Gephi Lite reserve, or that collide with an earlier one but
// for case, written as attr_<name> (exports/gephi_names.hpp). Each <edge>
// carries label="<Gephi edge type>" by default: the relation, numbered
// ("detained #2") for each further parallel edge of the same relation, because
// Gephi takes the label as the edge type and merges edges that share source,
// target and type. That attribute is a GraphML extension (declared through the
// edge.extra.attrib hook of the GraphML schema, exports/schemas/graphml-gephi.xsd);
// `strict` leaves it out for tools that validate against the plain schema.
// <data> text is written so that Gephi's whitespace-skipping reader keeps it
// (xml_element_text). Dated graphs get the edge columns first_day/last_day
// (yyyy-MM-dd) that Gephi Lite recognises as dates. See docs/exports.md.
#include <filesystem>
#include <ostream>

#include "engine/graph.hpp"
#include "exports/attribute_table.hpp"

namespace repnet {

struct GraphmlOptions {
    bool strict = false;      // true: no label="" on <edge>; valid against the unmodified GraphML 1.0 schema
    bool undirected = false;  // edgedefault="undirected" (e.g. the person network of `export --project person`)
};

void write_graphml(std::ostream& out, const Graph& graph, const AttributeTable& nodes, const AttributeTable& edges,
                   const GraphmlOptions& options = {});

// Writes to `path` through a temporary file.
void export_graphml(const std::filesystem::path& path, const Graph& graph, const AttributeTable& nodes,
                    const AttributeTable& edges, const GraphmlOptions& options = {});

}  // namespace repnet
