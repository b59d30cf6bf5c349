#include "cli/node_lookup.hpp"

#include <vector>

#include "engine/errors.hpp"
#include "loaders/name_key.hpp"

namespace repnet::cli {

NodeId resolve_node(const Graph& g, const std::string& name, const std::string& option) {
    if (auto v = g.find_id(name)) return *v;
    const std::string key = name_key(name);
    std::vector<NodeId> found;
    for (NodeId v = 0; v < g.node_count(); ++v) {
        const NodeData& d = g.node(v);
        bool match = name_key(g.str(d.name)) == key;
        for (StrId alias : d.aliases) match = match || name_key(g.str(alias)) == key;
        if (match) found.push_back(v);
    }
    if (found.size() == 1) return found.front();
    if (found.empty()) throw UsageError(option + ": no entity has the id, name or alias '" + name + "'");
    std::string list;
    for (NodeId v : found) list += (list.empty() ? "" : ", ") + g.str(g.node(v).id) + " (" + g.node_type_name(v) + ")";
    throw UsageError(option + ": '" + name + "' names " + std::to_string(found.size()) + " entities: " + list +
                     "; give an id");
}

}  // namespace repnet::cli
