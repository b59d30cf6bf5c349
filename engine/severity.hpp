#pragma once
// The severity ladder shared by every feature: ranked actions 1..11 and
// unranked labels (rank 0) such as release or acquittal.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace repnet {

enum class Severity : std::uint8_t {
    none = 0,
    // ranked, in order
    warning,
    questioning,
    search,
    fine,
    administrative_detention,
    restriction,
    criminal_charge,
    house_arrest,
    restriction_of_freedom,
    pre_trial_detention,
    imprisonment,
    // unranked
    physical_attack,
    release,
    acquittal,
    case_closed,
    amnesty,
    parole,
    trial,   // a trial opened (format version 2)
    appeal,  // an appeal was decided (format version 2)
};

// 1..11 for ranked labels, 0 for unranked labels and none.
int severity_rank(Severity s);
std::string_view severity_name(Severity s);  // "" for none
std::optional<Severity> parse_severity(std::string_view label);
// Every label, ranked first in ladder order, for messages and documentation.
std::span<const std::string_view> severity_labels();

}  // namespace repnet
