#pragma once
// Likely duplicates: pairs of entities of the same type whose names or aliases match under the name rules
// (docs/names.md), the curator's review list. A pair recorded as distinct (NodeData::distinct_from on either
// entity) is left out.
#include <string>
#include <vector>

#include "names/matcher.hpp"

namespace repnet::names {

struct DuplicatePair {
    NodeId a = 0, b = 0;  // a < b
    double score = 0;
    std::string reason;
    std::string name_a, name_b;  // the forms that matched
};

// Every pair whose best match is a whole-name match: exact, alias, Cyrillic transliteration, variant spelling,
// initials, partial name (two or more tokens) or edit distance; never surname only or given name only.
// Ranked by score, then by ids. Cost: one indexed query per name form.
std::vector<DuplicatePair> find_duplicates(const NameMatcher& matcher);

// Whether the dataset records a and b as distinct (either lists the other, by id or merged id).
bool recorded_distinct(const Graph& graph, NodeId a, NodeId b);

}  // namespace repnet::names
