#include "algorithms/common/action.hpp"

#include <sstream>

namespace repnet {

bool is_defendant_edge(const Graph& g, EdgeId e) {
    return g.edge_type_name(e) == vocab::defendant_in;
}

NodeId action_target(const Graph& g, EdgeId e) {
    const EdgeData& d = g.edge(e);
    return is_defendant_edge(g, e) ? d.source : d.target;
}

NodeId action_actor(const Graph& g, EdgeId e) {
    const EdgeData& d = g.edge(e);
    return is_defendant_edge(g, e) ? d.target : d.source;
}

NodeId actor_family(const Graph& g, EdgeId e) {
    const EdgeData& d = g.edge(e);
    return d.prosecution ? *d.prosecution : action_actor(g, e);
}

namespace {

const AttrValue* find_value(const Graph& g, const std::vector<Attribute>& attrs, std::string_view key) {
    for (const auto& a : attrs)
        if (g.str(a.key) == key) return &a.value;
    return nullptr;
}

std::string number_text(const AttrValue& v) {
    if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (auto d = std::get_if<double>(&v)) {
        std::ostringstream out;
        out << *d;
        return out.str();
    }
    return {};
}

std::string terms_of(const Graph& g, const std::vector<Attribute>& attrs) {
    std::string out;
    auto add = [&](const std::string& part) {
        if (!part.empty()) out += (out.empty() ? "" : ", ") + part;
    };
    if (auto v = find_value(g, attrs, "term_months")) add(number_text(*v) + " months");
    if (auto v = find_value(g, attrs, "suspended"); v && std::get_if<bool>(v) && std::get<bool>(*v)) add("suspended");
    if (auto v = find_value(g, attrs, "probation_months")) add("probation " + number_text(*v) + " months");
    if (auto v = find_value(g, attrs, "fine_amount")) {
        std::string fine = number_text(*v);
        if (auto c = find_value(g, attrs, "currency"); c && std::get_if<StrValue>(c))
            fine += " " + g.str(std::get<StrValue>(*c).id);
        add(fine);
    }
    if (auto v = find_value(g, attrs, "activity_ban_months")) add("activity ban " + number_text(*v) + " months");
    if (auto v = find_value(g, attrs, "duration_days")) add(number_text(*v) + " days");
    return out;
}

}  // namespace

std::string action_terms(const Graph& g, EdgeId e) {
    const EdgeData& d = g.edge(e);
    std::string out = terms_of(g, d.attributes);
    if (out.empty() && d.prosecution && g.edge_type_name(e) == "sentenced")
        out = terms_of(g, g.node(*d.prosecution).attributes);
    return out;
}

}  // namespace repnet
