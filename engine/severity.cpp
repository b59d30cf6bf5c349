#include "engine/severity.hpp"

#include <array>

namespace repnet {
namespace {

constexpr std::array<std::string_view, 20> kNames = {
    "",
    "warning",
    "questioning",
    "search",
    "fine",
    "administrative_detention",
    "restriction",
    "criminal_charge",
    "house_arrest",
    "restriction_of_freedom",
    "pre_trial_detention",
    "imprisonment",
    "physical_attack",
    "release",
    "acquittal",
    "case_closed",
    "amnesty",
    "parole",
    "trial",
    "appeal",
};
constexpr int kLastRanked = static_cast<int>(Severity::imprisonment);

}  // namespace

int severity_rank(Severity s) {
    const int v = static_cast<int>(s);
    return v <= kLastRanked ? v : 0;
}

std::string_view severity_name(Severity s) {
    return kNames[static_cast<std::size_t>(s)];
}

std::optional<Severity> parse_severity(std::string_view label) {
    for (std::size_t i = 1; i < kNames.size(); ++i)
        if (kNames[i] == label) return static_cast<Severity>(i);
    return std::nullopt;
}

std::span<const std::string_view> severity_labels() {
    return std::span(kNames).subspan(1);
}

}  // namespace repnet
