#pragma once
// Reads GraphML and GEXF graphs (docs/formats/graphml-gexf-in.md), as Gephi, NetworkX or
// igraph write them, into a Graph: node and edge attributes typed by their declarations
// (GraphML <key attr.type>, GEXF <attribute type>) with their defaults, directed and
// undirected edges, parallel edges, GEXF attvalues, and GEXF spells / start / end as
// dates. A file written by `repnet export --format graphml|gexf` (recognised by its
// `type` columns and its creator mark) comes back as the typed repnet graph: entity and
// relation types, names, aliases, dates, severities, prosecutions, evidence.
//
// Parsed by expat as a stream (no tree of the whole file is built); DTDs are refused
// outright (so no entity can be declared: no billion laughs, no external entities, and
// parameter entities are never parsed), elements nest at most kMaxXmlDepth levels.
// Errors are InputError at file:line:column (expat's position).
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "loaders/dataset_loader.hpp"

namespace repnet {

inline constexpr std::size_t kMaxXmlDepth = 64;

// True for *.graphml and *.gexf.
bool is_graph_xml_path(const std::filesystem::path& path);

// Throws InputError.
Dataset load_graph_xml(const std::filesystem::path& path, const LoadOptions& options = {});

// The same, from text in memory; name is used in messages.
Dataset load_graph_xml_text(std::string name, std::string_view text, const LoadOptions& options = {});

}  // namespace repnet
