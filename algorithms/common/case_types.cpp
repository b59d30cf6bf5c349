#include "algorithms/common/case_types.hpp"

#include <algorithm>

namespace repnet {

CaseTypes CaseTypes::of(const Graph& g) {
    const TypeSet& types = g.vocabulary().entity_types;
    const TypeSet& rels = g.vocabulary().relation_types;
    CaseTypes c;
    c.person = types.find(vocab::person);
    c.prosecution = types.find(vocab::prosecution);
    c.court = types.find(vocab::court);
    c.movement = types.find(vocab::movement);
    c.defendant_in = rels.find(vocab::defendant_in);
    c.heard_by = rels.find(vocab::heard_by);
    c.concerns = rels.find(vocab::concerns);
    for (std::string_view r : vocab::affiliations)
        if (auto t = rels.find(r)) c.affiliation.push_back(*t);
    return c;
}

bool CaseTypes::is_affiliation(TypeId relation) const {
    return std::find(affiliation.begin(), affiliation.end(), relation) != affiliation.end();
}

}  // namespace repnet
