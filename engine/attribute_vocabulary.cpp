#include "engine/attribute_vocabulary.hpp"

#include <algorithm>
#include <array>

namespace repnet {
namespace {

using T = AttrType;

constexpr AttributeSpec kPerson[] = {
    {"role", T::string, "activist, journalist, lawyer, blogger, trade_unionist, human_rights_defender, ..."},
    {"city", T::string, "city the person lives or works in"},
    {"region", T::string, "region (oblast)"},
    {"country", T::string, "country of residence"},
    {"citizenship", T::string, "citizenship"},
    {"gender", T::string, "only when the report says it"},
    {"birth_year", T::integer, "year of birth"},
    {"ethnicity", T::string, "only when the report says it"},
};
constexpr AttributeSpec kOrganisation[] = {
    {"kind", T::string,
     "ngo, party, trade_union, movement, opposition_movement, religious, newspaper, website, tv, ..."},
    {"city", T::string, "seat"},
    {"country", T::string, "country"},
};
constexpr AttributeSpec kCourt[] = {
    {"level", T::string, "district, city, regional, appeal, supreme, military, specialised"},
    {"city", T::string, "seat"},
    {"region", T::string, "region (oblast)"},
};
constexpr AttributeSpec kAuthority[] = {
    {"kind", T::string,
     "police, prosecutor, national_security, anti_corruption, ministry, akimat, penal, migration, election, tax, ..."},
    {"city", T::string, "seat"},
    {"region", T::string, "region (oblast)"},
};
constexpr AttributeSpec kEvent[] = {
    {"kind", T::string, "protest, rally, hunger_strike, press_conference, training, gathering, ..."},
    {"city", T::string, "where it took place"},
};
// The sentence terms (on sentenced, defendant_in and prosecutions).
constexpr std::array<AttributeSpec, 8> kTerms = {{
    {"term_months", T::integer, "the custodial, restriction or house-arrest term in months"},
    {"suspended", T::boolean, "the sentence is suspended"},
    {"probation_months", T::integer, "probation term in months"},
    {"fine_amount", T::number, "the fine, in `currency`"},
    {"currency", T::string, "ISO 4217 code (KZT) or MCI, Kazakhstan's monthly calculation index"},
    {"activity_ban_months", T::integer, "length of a ban on an activity in months"},
    {"facility", T::string, "the colony or prison named"},
    {"sentence", T::string, "the sentence in our own words, kept for display"},
}};

template <std::size_t N, std::size_t M>
constexpr std::array<AttributeSpec, N + M> concat(const std::array<AttributeSpec, N>& a,
                                                  const std::array<AttributeSpec, M>& b) {
    std::array<AttributeSpec, N + M> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = a[i];
    for (std::size_t i = 0; i < M; ++i) out[N + i] = b[i];
    return out;
}

constexpr auto kProsecution = concat(kTerms, std::array<AttributeSpec, 4>{{
                                                 {"charge", T::string, "the accusation, in our own words"},
                                                 {"city", T::string, "where the case is heard"},
                                                 {"region", T::string, "region (oblast)"},
                                                 {"in_absentia", T::boolean, "tried in the defendant's absence"},
                                             }});
constexpr AttributeSpec kUnidentified[] = {
    {"city", T::string, "where they acted"},
    {"count", T::integer, "how many, when the report says"},
};
constexpr auto kAction =
    concat(kTerms, std::array<AttributeSpec, 4>{{
                       {"appeal_outcome", T::string, "upheld, reduced, increased, overturned, returned"},
                       {"duration_days", T::integer, "administrative detention length in days"},
                       {"location", T::string, "where it happened"},
                       {"reason", T::string, "short, in our own words"},
                   }});
constexpr AttributeSpec kRole[] = {
    {"role", T::string, "the person's role, e.g. chair, founder, editor"},
};

constexpr std::string_view kActionTypes[] = {
    "detained", "fined",    "warned",    "questioned",  "searched", "charged",  "sentenced",  "restricted",
    "attacked", "released", "acquitted", "case_closed", "tried",    "appealed", "imprisoned", "banned",
};

}  // namespace

std::string_view attr_type_name(AttrType type) {
    switch (type) {
        case AttrType::string:
            return "string";
        case AttrType::integer:
            return "integer";
        case AttrType::number:
            return "number";
        case AttrType::boolean:
            return "boolean";
    }
    return "?";
}

std::span<const AttributeSpec> entity_attributes(std::string_view t) {
    if (t == "person") return kPerson;
    if (t == "organisation" || t == "movement" || t == "media" || t == "company") return kOrganisation;
    if (t == "court") return kCourt;
    if (t == "authority") return kAuthority;
    if (t == "event") return kEvent;
    if (t == "prosecution") return kProsecution;
    if (t == "unidentified") return kUnidentified;
    return {};
}

bool is_action_type(std::string_view t) {
    return std::find(std::begin(kActionTypes), std::end(kActionTypes), t) != std::end(kActionTypes);
}

std::span<const AttributeSpec> relation_attributes(std::string_view t) {
    if (is_action_type(t)) return kAction;
    if (t == "member_of" || t == "works_for" || t == "leads") return kRole;
    if (t == "defendant_in") return kTerms;
    return {};
}

const AttributeSpec* find_attribute(std::span<const AttributeSpec> list, std::string_view name) {
    for (const auto& a : list)
        if (a.name == name) return &a;
    return nullptr;
}

}  // namespace repnet
