#include "cli/node_lookup.hpp"

#include <iostream>

#include "engine/errors.hpp"
#include "names/matcher.hpp"

namespace repnet::cli {

NodeId resolve_node(const Graph& g, const std::string& name, const std::string& option) {
    if (auto v = g.find_id(name)) return *v;
    const names::NameMatcher matcher(g);
    const names::Resolution r = matcher.resolve(name);
    auto describe = [&](const names::NameMatch& m) {
        return g.str(g.node(m.node).name) + " (" + g.str(g.node(m.node).id) + ", " + g.node_type_name(m.node) + "; " +
               m.reason + ", score " + std::to_string(m.score).substr(0, 4) + ")";
    };
    if (r.kind == names::Resolution::Kind::unique) {
        const auto& m = r.matches.front();
        if (m.reason == "exact name") return m.node;  // the name as written: nothing to report
        std::cerr << option << ": '" << name << "' \u2192 " << g.str(g.node(m.node).name) << " (" << m.reason << ")\n";
        return m.node;
    }
    if (r.kind == names::Resolution::Kind::ambiguous) {
        std::string list;
        for (const auto& m : r.matches) list += "\n  " + describe(m);
        throw InputError(SourceLocation{option}, "'" + name + "' matches " + std::to_string(r.matches.size()) +
                                                     " entities equally well; give an id or a fuller name:" + list);
    }
    std::string nearest;
    for (const auto& m : r.suggestions)
        nearest += (nearest.empty() ? "" : ", ") + g.str(g.node(m.node).name) + " (" + g.str(g.node(m.node).id) + ")";
    throw UsageError(option + ": no entity has the id, name or alias '" + name + "'" +
                     (nearest.empty() ? "" : "; nearest names: " + nearest));
}

}  // namespace repnet::cli
