#include "algorithms/generators/repression_network.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/generators/random.hpp"
#include "engine/date.hpp"
#include "engine/errors.hpp"
#include "engine/vocabulary.hpp"

namespace repnet::generators {
namespace {

// ---- output buffers ----------------------------------------------------------------------
class Buffer {
public:
    Buffer(std::ostream& out, const char* what) : out_(out), what_(what) { text_.reserve(kFlushAt + 4096); }
    ~Buffer() = default;
    Buffer& operator<<(std::string_view s) {
        text_.append(s);
        return *this;
    }
    Buffer& operator<<(std::uint64_t v) {
        char digits[24];
        auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v);
        (void)ec;
        text_.append(digits, end);
        return *this;
    }
    void maybe_flush() {
        if (text_.size() >= kFlushAt) flush();
    }
    void flush() {
        out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
        if (!out_) throw IoError({}, std::string("writing the ") + what_ + " failed (disk full?)");
        text_.clear();
    }

private:
    static constexpr std::size_t kFlushAt = 1 << 20;
    std::ostream& out_;
    const char* what_;  // "dataset" or "edge list", for the error
    std::string text_;
};

// ---- dates: day numbers from 2005-01-01, written at day, month or year precision ------------
constexpr std::int64_t kFirstDay = 12784;  // 2005-01-01 in days since 1970-01-01
constexpr std::uint64_t kDaySpan = 7305;   // 20 years, to 2024-12-31

enum class Precision { day, month, year };

std::string date_text(std::uint64_t day, Precision p) {
    const CivilDate c = civil_from_days(kFirstDay + static_cast<std::int64_t>(day));
    const int y = c.year;
    const unsigned m = c.month, d = c.day;
    char buf[16];
    auto two = [](char* at, unsigned v) { at[0] = char('0' + v / 10), at[1] = char('0' + v % 10); };
    auto [end, ec] = std::to_chars(buf, buf + 4, y);
    (void)ec;
    std::size_t n = static_cast<std::size_t>(end - buf);
    if (p != Precision::year) buf[n] = '-', two(buf + n + 1, m), n += 3;
    if (p == Precision::day) buf[n] = '-', two(buf + n + 1, d), n += 3;
    return std::string(buf, n);
}

// ---- the node layout ----------------------------------------------------------------------
enum Kind : unsigned { kMovement, kOrganisation, kMedia, kCompany, kCourt, kAuthority, kEvent, kProsecution, kKinds };

struct KindInfo {
    std::string_view type, prefix, name;
    std::uint64_t base, per;  // per region: base + people / per
};
constexpr std::array<KindInfo, kKinds> kKindInfo = {{
    {vocab::movement, "m", "Movement ", 1, 150},
    {vocab::organisation, "o", "Organisation ", 1, 250},
    {vocab::media, "md", "Media outlet ", 1, 1000},
    {"company", "co", "Company ", 1, 2000},
    {vocab::court, "c", "Court ", 1, 400},
    {"authority", "a", "Authority ", 2, 300},
    {vocab::event, "e", "Protest ", 1, 200},
    {vocab::prosecution, "k", "Case ", 1, 6},
}};

struct Region {
    std::uint64_t first_person = 0, people = 0;
    std::array<std::uint64_t, kKinds> first{}, count{};  // global node index of the first node of each kind
};

struct Case {
    std::uint32_t court = 0, authority = 0, movement = 0;  // local indices within the region
    std::uint64_t opened = 0, decided = 0;
    unsigned kind = 0, outcome = 0;
};

constexpr std::string_view kCaseKinds[] = {"criminal", "administrative", "civil", "ban"};
struct Outcome {
    std::string_view outcome, sentence, severity;
};
constexpr Outcome kCriminalOutcomes[] = {
    {"convicted", "imprisonment", "imprisonment"},
    {"convicted", "restricted freedom", "restriction_of_freedom"},
    {"convicted", "house arrest", "house_arrest"},
    {"convicted", "fine", "fine"},
    {"acquitted", "", "acquittal"},
    {"pending", "", ""},
};
constexpr Outcome kAdministrativeOutcomes[] = {
    {"convicted", "administrative detention", "administrative_detention"},
    {"convicted", "fine", "fine"},
    {"convicted", "warning", "warning"},
    {"closed", "", "case_closed"},
};

struct Action {
    std::string_view type, severity;
};
constexpr Action kAdministrativeActions[] = {
    {"detained", "administrative_detention"},
    {"fined", "fine"},
    {"warned", "warning"},
    {"questioned", "questioning"},
    {"searched", "search"},
    {"restricted", "restriction"},
    {"detained", "administrative_detention"},
    {"fined", "fine"},
};

// Preferential attachment over n items: with probability 1/fresh a uniform item, otherwise
// an item drawn from the urn of past choices (so an item is chosen in proportion to how
// often it was chosen before, plus a floor). Every choice goes back into the urn.
class Urn {
public:
    Urn(std::uint64_t items, std::uint64_t fresh) : items_(items), fresh_(fresh) {}
    std::uint32_t draw(Rng& rng) {
        const auto v = (urn_.empty() || rng.chance(1, fresh_)) ? static_cast<std::uint32_t>(rng.below(items_))
                                                               : urn_[rng.below(urn_.size())];
        urn_.push_back(v);
        return v;
    }

private:
    std::uint64_t items_, fresh_;
    std::vector<std::uint32_t> urn_;
};

class Generator {
public:
    Generator(const RepressionNetworkParams& p, std::ostream& dataset, std::ostream& edges)
        : p_(p), rng_(p.seed), json_(dataset, "dataset"), tsv_(edges, "edge list") {}

    RepressionNetworkStats run() {
        layout();
        plan_cases();
        write_header_and_entities();
        tsv_ << "# source\ttarget\tweight\n";
        for (const auto& region : regions_) region_edges(region);
        family_edges();
        json_ << "\n]}\n";
        json_.flush();
        tsv_.flush();
        stats_.edges = edge_count_;
        return stats_;
    }

private:
    // ---- layout: people first, then every other kind region by region, prosecutions last --------
    void layout() {
        const std::uint64_t n = p_.people;
        const std::uint64_t regions = std::clamp<std::uint64_t>(1 + std::bit_width(n / 1000), 2, 16);
        isolated_ = n / 32;
        family_ = n / 32;
        active_ = n - isolated_ - family_;
        std::uint64_t weight_sum = 0;
        for (std::uint64_t r = 0; r < regions; ++r) weight_sum += 2520 / (r + 1);
        regions_.resize(regions);
        std::uint64_t assigned = 0;
        for (std::uint64_t r = 1; r < regions; ++r) {
            regions_[r].people = std::max<std::uint64_t>(1, active_ * (2520 / (r + 1)) / weight_sum);
            assigned += regions_[r].people;
        }
        regions_[0].people = active_ - assigned;
        std::uint64_t next = 0;
        for (auto& reg : regions_) reg.first_person = next, next += reg.people;
        next = n;
        for (unsigned k = 0; k < kKinds; ++k)
            for (auto& reg : regions_) {
                reg.first[k] = next;
                reg.count[k] = kKindInfo[k].base + reg.people / kKindInfo[k].per;
                next += reg.count[k];
            }
        stats_.nodes = next;
        stats_.regions = regions;
        stats_.isolated_people = isolated_;
        for (const auto& reg : regions_) stats_.prosecutions += reg.count[kProsecution];
    }

    void plan_cases() {
        for (auto& reg : regions_) {
            Urn courts(reg.count[kCourt], 4), authorities(reg.count[kAuthority], 4), movements(reg.count[kMovement], 3);
            auto& cases = cases_.emplace_back();
            for (std::uint64_t i = 0; i < reg.count[kProsecution]; ++i) {
                Case c;
                c.court = courts.draw(rng_);
                c.authority = authorities.draw(rng_);
                c.movement = movements.draw(rng_);
                c.kind = rng_.chance(11, 20) ? 0 : rng_.chance(8, 9) ? 1 : rng_.chance(1, 2) ? 2 : 3;
                c.opened = rng_.below(kDaySpan - 400);
                c.decided = c.opened + 14 + rng_.below(380);
                c.outcome = static_cast<unsigned>(c.kind == 1 ? rng_.below(std::size(kAdministrativeOutcomes))
                                                              : rng_.below(std::size(kCriminalOutcomes)));
                cases.push_back(c);
            }
        }
    }

    // ---- entities --------------------------------------------------------------------------
    void write_header_and_entities() {
        json_ << "{\"repnet_dataset\": 1,\n\"sources\": [{\"id\": \"synthetic\", \"publisher\": \"repnet generate\", "
                 "\"title\": \"Synthetic repression network, "
              << p_.people << " people, seed " << p_.seed << "\"}],\n\"entities\": [\n";
        bool first = true;
        auto begin = [&](std::string_view prefix, std::uint64_t id, std::string_view type, std::string_view name,
                         std::uint64_t number) {
            json_ << (first ? "" : ",\n") << "{\"id\": \"" << prefix << id << "\", \"type\": \"" << type
                  << "\", \"name\": \"" << name << number << "\"";
            first = false;
        };
        auto end = [&](std::uint64_t id) {
            json_ << ", \"evidence\": [{\"source\": \"synthetic\", \"locator\": \"node " << id << "\"}]}";
            json_.maybe_flush();
        };
        for (std::size_t r = 0; r < regions_.size(); ++r)
            for (std::uint64_t i = 0; i < regions_[r].people; ++i) {
                const std::uint64_t v = regions_[r].first_person + i;
                begin("p", v, vocab::person, "Person ", v);
                json_ << ", \"attributes\": {\"region\": \"Region " << std::uint64_t(r + 1) << "\"}";
                end(v);
            }
        for (std::uint64_t v = active_; v < p_.people; ++v) {
            begin("p", v, vocab::person, "Person ", v);
            end(v);
        }
        for (unsigned k = 0; k < kKinds; ++k)
            for (std::size_t r = 0; r < regions_.size(); ++r)
                for (std::uint64_t i = 0; i < regions_[r].count[k]; ++i) {
                    const std::uint64_t v = regions_[r].first[k] + i;
                    begin(kKindInfo[k].prefix, v, kKindInfo[k].type, kKindInfo[k].name, v);
                    json_ << ", \"attributes\": {\"region\": \"Region " << std::uint64_t(r + 1) << "\"";
                    if (k == kOrganisation)
                        json_ << ", \"kind\": \""
                              << (i % 3 == 0   ? "party"
                                  : i % 3 == 1 ? "ngo"
                                               : "trade_union")
                              << "\"";
                    json_ << "}";
                    if (k == kProsecution) write_case(cases_[r][i]);
                    end(v);
                }
        json_ << "\n],\n\"relations\": [\n";
    }

    void write_case(const Case& c) {
        json_ << ", \"prosecution\": {\"kind\": \"" << kCaseKinds[c.kind] << "\", \"articles\": [\""
              << (c.kind == 1 ? "Administrative Code " : "Criminal Code ")
              << 100 + std::uint64_t{c.outcome} * 37 + c.kind << "\"], \"opened\": \""
              << date_text(c.opened, Precision::day) << "\"";
        const Outcome& o = outcome(c);
        if (o.outcome != "pending") json_ << ", \"decided\": \"" << date_text(c.decided, Precision::day) << "\"";
        json_ << ", \"outcome\": \"" << o.outcome << "\"";
        if (!o.sentence.empty()) json_ << ", \"sentence\": \"" << o.sentence << "\"";
        if (!o.severity.empty()) json_ << ", \"severity\": \"" << o.severity << "\"";
        json_ << "}";
    }

    static const Outcome& outcome(const Case& c) {
        return c.kind == 1 ? kAdministrativeOutcomes[c.outcome] : kCriminalOutcomes[c.outcome];
    }

    // ---- edges -----------------------------------------------------------------------------
    std::string_view prefix_of(std::uint64_t v, const Region* hint) const {
        if (v < p_.people) return "p";
        const auto& reg = hint ? *hint : regions_.front();
        for (unsigned k = 0; k < kKinds; ++k)
            if (v >= reg.first[k] && v < reg.first[k] + reg.count[k]) return kKindInfo[k].prefix;
        return "?";
    }

    // One relation: a dataset record and an edge-list line, in the same order.
    void edge(const Region* reg, std::uint64_t s, std::uint64_t t, std::string_view type, std::uint64_t weight = 1,
              std::string_view date = {}, std::string_view severity = {}) {
        json_ << (edge_count_ ? ",\n" : "") << "{\"source\": \"" << prefix_of(s, reg) << s << "\", \"target\": \""
              << prefix_of(t, reg) << t << "\", \"type\": \"" << type << "\"";
        if (!date.empty()) json_ << ", \"date\": \"" << date << "\"";
        if (!severity.empty()) json_ << ", \"severity\": \"" << severity << "\"";
        if (weight != 1) json_ << ", \"weight\": " << weight;
        json_ << ", \"evidence\": [{\"source\": \"synthetic\", \"locator\": \"edge " << edge_count_ << "\"}]}";
        tsv_ << s << "\t" << t << "\t" << weight << "\n";
        ++edge_count_;
        json_.maybe_flush();
        tsv_.maybe_flush();
    }

    std::string random_date() {
        const auto day = rng_.below(kDaySpan);
        const auto p = rng_.below(20);
        return date_text(day, p < 16 ? Precision::day : p < 19 ? Precision::month : Precision::year);
    }

    void region_edges(const Region& reg) {
        const std::size_t r = static_cast<std::size_t>(&reg - regions_.data());
        const std::uint64_t groups =
            reg.count[kMovement] + reg.count[kOrganisation] + reg.count[kMedia] + reg.count[kCompany];
        Urn group_urn(groups, 3), event_urn(reg.count[kEvent], 3), authority_urn(reg.count[kAuthority], 4);
        std::vector<std::vector<std::uint32_t>> members(reg.count[kMovement]);
        auto person = [&](std::uint64_t local) { return reg.first_person + local; };
        auto group_node = [&](std::uint64_t g) {
            // movements, organisations, media and companies are contiguous per kind, not across kinds
            for (unsigned k = kMovement; k <= kCompany; ++k) {
                if (g < reg.count[k]) return std::pair{reg.first[k] + g, k};
                g -= reg.count[k];
            }
            return std::pair{reg.first[kCompany], unsigned(kCompany)};
        };

        // Memberships: heavy-tailed per person, hub groups by preferential attachment.
        for (std::uint64_t i = 0; i < reg.people; ++i) {
            if (rng_.chance(3, 10)) continue;
            const std::uint64_t k = rng_.heavy(5);
            for (std::uint64_t j = 0; j < k; ++j) {
                const std::uint32_t g = group_urn.draw(rng_);
                const auto [node, kind] = group_node(g);
                std::string_view type = vocab::works_for;
                if (kind == kMovement || kind == kOrganisation) {
                    const auto roll = rng_.below(10);
                    type = roll < 7 ? vocab::member_of : roll < 9 ? vocab::supports : vocab::leads;
                    if (kind == kMovement) members[g].push_back(static_cast<std::uint32_t>(i));
                }
                edge(&reg, person(i), node, type);
                if (type == vocab::member_of && rng_.chance(1, 8))
                    edge(&reg, person(i), node, vocab::supports);  // parallel edge
            }
        }
        // Protests.
        for (std::uint64_t i = 0; i < reg.people; ++i) {
            if (!rng_.chance(1, 4)) continue;
            const std::uint64_t k = rng_.heavy(3);
            for (std::uint64_t j = 0; j < k; ++j)
                edge(&reg, person(i), reg.first[kEvent] + event_urn.draw(rng_), "participated_in", 1, random_date());
        }
        // Associates: two members of the same movement; a few ties are strong (weight > 1).
        for (std::uint64_t i = 0; i < reg.people; ++i) {
            if (!rng_.chance(1, 5)) continue;
            const auto& circle = members[rng_.below(members.size())];
            if (circle.empty()) continue;
            const std::uint64_t other = circle[rng_.below(circle.size())];
            if (other == i) continue;
            edge(&reg, person(i), person(other), rng_.chance(1, 10) ? "relative_of" : "associate_of",
                 rng_.chance(1, 4) ? 2 + rng_.below(3) : 1);
        }
        // Prosecutions: co-defendant groups, courts and authorities, and what was done to each defendant.
        std::vector<std::uint32_t> prosecuted, defendants;
        for (std::uint64_t q = 0; q < reg.count[kProsecution]; ++q) {
            const Case& c = cases_[r][q];
            const std::uint64_t node = reg.first[kProsecution] + q;
            const std::uint64_t court = reg.first[kCourt] + c.court, authority = reg.first[kAuthority] + c.authority;
            const std::uint64_t size = std::min<std::uint64_t>(rng_.heavy(5), reg.people);
            defendants.clear();
            for (std::uint64_t attempt = 0; defendants.size() < size && attempt < 4 * size; ++attempt) {
                const auto& circle = members[c.movement];
                std::uint32_t d;
                if (!circle.empty() && rng_.chance(7, 10))
                    d = circle[rng_.below(circle.size())];
                else if (!prosecuted.empty() && rng_.chance(3, 10))
                    d = prosecuted[rng_.below(prosecuted.size())];
                else
                    d = static_cast<std::uint32_t>(rng_.below(reg.people));
                if (std::find(defendants.begin(), defendants.end(), d) == defendants.end()) defendants.push_back(d);
            }
            const Outcome& o = outcome(c);
            const std::string opened = date_text(c.opened, Precision::day),
                              decided = date_text(c.decided, Precision::day);
            for (std::uint32_t d : defendants) {
                prosecuted.push_back(d);
                const std::uint64_t v = person(d);
                edge(&reg, v, node, vocab::defendant_in, 1, {},
                     o.outcome == "convicted" ? o.severity : std::string_view{});
                if (c.kind == 0) {
                    edge(&reg, authority, v, "charged", 1, opened, "criminal_charge");
                    if (rng_.chance(3, 10)) edge(&reg, authority, v, "detained", 1, opened, "pre_trial_detention");
                }
                if (o.outcome == "convicted") edge(&reg, court, v, "sentenced", 1, decided, o.severity);
                if (o.outcome == "acquitted") edge(&reg, court, v, "acquitted", 1, decided, "acquittal");
            }
            edge(&reg, node, court, vocab::heard_by);
            edge(&reg, node, authority, "brought_by");
            if (c.kind == 0 || c.kind == 3) edge(&reg, node, reg.first[kMovement] + c.movement, vocab::concerns);
            if (c.kind == 3) edge(&reg, court, reg.first[kMovement] + c.movement, vocab::banned, 1, decided);
            if (c.kind == 2 || rng_.chance(1, 20))
                edge(&reg, reg.first[kCompany] + rng_.below(reg.count[kCompany]), node, "complainant_in");
        }
        // Administrative actions: heavy-tailed per person; the same actor often acts again (parallel edges).
        for (std::uint64_t i = 0; i < reg.people; ++i) {
            if (!rng_.chance(1, 3)) continue;
            const std::uint64_t k = rng_.heavy(4);
            std::uint64_t actor = reg.first[kAuthority] + authority_urn.draw(rng_);
            for (std::uint64_t j = 0; j < k; ++j) {
                if (j > 0 && rng_.chance(1, 2)) actor = reg.first[kAuthority] + authority_urn.draw(rng_);
                const Action& a = kAdministrativeActions[rng_.below(std::size(kAdministrativeActions))];
                edge(&reg, actor, person(i), a.type, 1, random_date(), a.severity);
            }
        }
    }

    // Families outside every region: small components of relatives.
    void family_edges() {
        std::uint64_t v = active_;
        const std::uint64_t end = active_ + family_;
        while (v < end) {
            const std::uint64_t size = std::min<std::uint64_t>(2 + rng_.below(3), end - v);
            for (std::uint64_t i = 1; i < size; ++i) edge(nullptr, v + i - 1, v + i, "relative_of");
            v += size;
        }
    }

    const RepressionNetworkParams& p_;
    Rng rng_;
    Buffer json_, tsv_;
    std::vector<Region> regions_;
    std::vector<std::vector<Case>> cases_;
    std::uint64_t isolated_ = 0, family_ = 0, active_ = 0, edge_count_ = 0;
    RepressionNetworkStats stats_;
};

// ---- the escalation process (docs/generator.md, "Escalation process") -------------------------
// Month by month, hazards in units of 2^-20 per month, heat in the same units, integer arithmetic only.
class EscalationGenerator {
public:
    EscalationGenerator(const RepressionNetworkParams& p, std::ostream& dataset, std::ostream& edges,
                        std::ostream* truth)
        : p_(p), rng_(p.seed), json_(dataset, "dataset"), tsv_(edges, "edge list"), truth_(truth) {}

    RepressionNetworkStats run() {
        structure();
        simulate();
        write();
        return stats_;
    }

private:
    static constexpr std::uint64_t kMonths = 180;       // 2010-01 .. 2024-12
    static constexpr std::uint64_t kBaseCharge = 40;    // ~4e-5 per month: charges out of the blue
    static constexpr std::uint64_t kBaseAdmin = 250;    // ~2.4e-4 per month: harassment out of the blue
    static constexpr std::uint64_t kTieHeat = 3000;     // on each associate / relative of a charged person
    static constexpr std::uint64_t kGroupHeat = 4000;   // on a group per charged member, diluted by its size
    static constexpr std::uint64_t kBanHeat = 3000;     // on a group when it is banned
    static constexpr std::uint64_t kRecordHeat = 1500;  // on a person per administrative action against it
    static constexpr unsigned kDecayShift = 5;          // heat loses 1/32 a month: half-life ~22 months

    struct Charge {
        std::uint32_t person, month, day, kase;
    };
    struct Admin {
        std::uint32_t person, month, day, authority, kind, kase;  // kase: UINT32_MAX if no case
    };
    struct Case {
        std::uint32_t month, court, authority, movement;
        bool criminal;
        std::uint32_t outcome;  // criminal: 0 imprisonment, 1 restriction_of_freedom, 2 pending
    };

    std::string day_text(std::uint32_t month, std::uint32_t day) const {
        const std::int64_t y = 2010 + month / 12, m = month % 12 + 1;
        return date_text(
            static_cast<std::uint64_t>(days_from_civil(static_cast<int>(y), static_cast<unsigned>(m), day) - kFirstDay),
            Precision::day);
    }

    void structure() {
        const std::uint64_t n = p_.people;
        groups_ = std::max<std::uint64_t>(3, n / 80);
        courts_ = std::max<std::uint64_t>(1, n / 5000);
        authorities_ = std::max<std::uint64_t>(2, n / 2000);
        events_ = std::max<std::uint64_t>(1, n / 400);
        member_of_.resize(n);
        members_.resize(groups_);
        Urn urn(groups_, 3);
        for (std::uint64_t i = 0; i < n; ++i) {
            if (rng_.chance(4, 10)) continue;
            const std::uint64_t k = rng_.heavy(2);
            for (std::uint64_t j = 0; j < k; ++j) {
                const std::uint32_t g = urn.draw(rng_);
                if (std::find(member_of_[i].begin(), member_of_[i].end(), g) != member_of_[i].end()) continue;
                member_of_[i].push_back(g);
                members_[g].push_back(static_cast<std::uint32_t>(i));
            }
        }
        ties_.resize(n);
        for (std::uint64_t i = 0; i < n; ++i) {
            const std::uint64_t k = rng_.chance(1, 2) ? rng_.heavy(2) : 0;
            for (std::uint64_t j = 0; j < k; ++j) {
                std::uint32_t other;
                if (!member_of_[i].empty() && rng_.chance(4, 5)) {
                    const auto& circle = members_[member_of_[i][rng_.below(member_of_[i].size())]];
                    other = circle[rng_.below(circle.size())];
                } else {
                    other = static_cast<std::uint32_t>(rng_.below(n));
                }
                if (other == i) continue;
                ties_[i].push_back(other);
                ties_[other].push_back(static_cast<std::uint32_t>(i));
                tie_list_.push_back({static_cast<std::uint32_t>(i), other, rng_.chance(1, 5) ? 1u : 0u});
            }
        }
        Urn events(events_, 3);
        for (std::uint64_t i = 0; i < n; ++i) {
            if (!rng_.chance(1, 4)) continue;
            const std::uint64_t k = rng_.heavy(2);
            for (std::uint64_t j = 0; j < k; ++j)
                protests_.push_back({static_cast<std::uint32_t>(i), events.draw(rng_),
                                     static_cast<std::uint32_t>(rng_.below(kMonths)),
                                     static_cast<std::uint32_t>(1 + rng_.below(28))});
        }
    }

    void simulate() {
        const std::uint64_t n = p_.people;
        std::vector<std::uint64_t> heat(n, 0), group_heat(groups_, 0);
        banned_.assign(groups_, UINT32_MAX);
        charged_.assign(n, UINT32_MAX);
        std::vector<std::uint32_t> today;
        for (std::uint32_t t = 0; t < kMonths; ++t) {
            for (std::uint32_t g = 0; g < groups_; ++g)
                if (banned_[g] == UINT32_MAX && rng_.below(1 << 20) < 1500 + group_heat[g] / 16) {
                    banned_[g] = t;
                    group_heat[g] += kBanHeat;
                    ++stats_.banned_movements;
                }
            today.clear();
            for (std::uint32_t i = 0; i < n; ++i) {
                std::uint64_t h = heat[i];
                for (std::uint32_t g : member_of_[i]) h += group_heat[g];
                if (charged_[i] == UINT32_MAX && rng_.below(1 << 20) < kBaseCharge + h) today.push_back(i);
                if (rng_.below(1 << 20) < kBaseAdmin + h / 2) admin(i, t, heat);
            }
            for (std::uint32_t i : today)
                if (charged_[i] == UINT32_MAX) charge(i, t, heat, group_heat);
            for (auto& h : heat) h -= h >> kDecayShift;
            for (auto& h : group_heat) h -= h >> kDecayShift;
        }
        for (auto c : charged_) stats_.charged_people += c != UINT32_MAX;
    }

    void admin(std::uint32_t i, std::uint32_t t, std::vector<std::uint64_t>& heat) {
        const std::uint32_t authority = static_cast<std::uint32_t>(rng_.below(authorities_));
        const std::uint32_t kind = static_cast<std::uint32_t>(rng_.below(4));
        std::uint32_t kase = UINT32_MAX;
        if (kind == 0 && rng_.chance(1, 3)) {  // an administrative case, sometimes with co-defendants
            kase = static_cast<std::uint32_t>(cases_.size());
            cases_.push_back({t, static_cast<std::uint32_t>(rng_.below(courts_)), authority, UINT32_MAX, false, 0});
            for (std::uint32_t a : ties_[i])
                if (rng_.chance(1, 3)) {
                    admins_.push_back({a, t, 1 + static_cast<std::uint32_t>(rng_.below(28)), authority, kind, kase});
                    heat[a] += kRecordHeat;
                }
        }
        admins_.push_back({i, t, 1 + static_cast<std::uint32_t>(rng_.below(28)), authority, kind, kase});
        heat[i] += kRecordHeat;
    }

    void charge(std::uint32_t i, std::uint32_t t, std::vector<std::uint64_t>& heat,
                std::vector<std::uint64_t>& group_heat) {
        const std::uint32_t kase = static_cast<std::uint32_t>(cases_.size());
        const std::uint32_t movement =
            member_of_[i].empty() ? UINT32_MAX : member_of_[i][rng_.below(member_of_[i].size())];
        cases_.push_back({t, static_cast<std::uint32_t>(rng_.below(courts_)),
                          static_cast<std::uint32_t>(rng_.below(authorities_)), movement, true,
                          static_cast<std::uint32_t>(rng_.below(3))});
        std::vector<std::uint32_t> defendants{i};
        for (std::uint32_t a : ties_[i])
            if (charged_[a] == UINT32_MAX && rng_.chance(1, 5) &&
                std::find(defendants.begin(), defendants.end(), a) == defendants.end())
                defendants.push_back(a);
        const std::uint32_t day = 1 + static_cast<std::uint32_t>(rng_.below(28));
        for (std::uint32_t d : defendants) {
            charged_[d] = t;
            charges_.push_back({d, t, day, kase});
            for (std::uint32_t a : ties_[d]) heat[a] += kTieHeat;
            for (std::uint32_t g : member_of_[d]) group_heat[g] += kGroupHeat * 8 / (8 + members_[g].size());
        }
    }

    // ---- output ----
    void write() {
        const std::uint64_t n = p_.people;
        first_group_ = n;
        first_court_ = first_group_ + groups_;
        first_authority_ = first_court_ + courts_;
        first_event_ = first_authority_ + authorities_;
        first_case_ = first_event_ + events_;
        stats_.nodes = first_case_ + cases_.size();
        stats_.regions = 1;
        stats_.prosecutions = cases_.size();
        json_ << "{\"repnet_dataset\": 1,\n\"sources\": [{\"id\": \"synthetic\", \"publisher\": \"repnet generate\", "
                 "\"title\": \"Synthetic escalation process, "
              << n << " people, seed " << p_.seed << "\"}],\n\"entities\": [\n";
        auto entity = [&](std::uint64_t id, std::string_view type, std::string_view name) {
            json_ << (id ? ",\n" : "") << "{\"id\": \"n" << id << "\", \"type\": \"" << type << "\", \"name\": \""
                  << name << id << "\"";
        };
        auto end = [&](std::uint64_t id) {
            json_ << ", \"evidence\": [{\"source\": \"synthetic\", \"locator\": \"node " << id << "\"}]}";
            json_.maybe_flush();
        };
        for (std::uint64_t v = 0; v < n; ++v) entity(v, vocab::person, "Person "), end(v);
        for (std::uint64_t g = 0; g < groups_; ++g)
            entity(first_group_ + g, vocab::movement, "Movement "), end(first_group_ + g);
        for (std::uint64_t c = 0; c < courts_; ++c)
            entity(first_court_ + c, vocab::court, "Court "), end(first_court_ + c);
        for (std::uint64_t a = 0; a < authorities_; ++a)
            entity(first_authority_ + a, "authority", "Authority "), end(first_authority_ + a);
        for (std::uint64_t e = 0; e < events_; ++e)
            entity(first_event_ + e, vocab::event, "Protest "), end(first_event_ + e);
        for (std::uint64_t k = 0; k < cases_.size(); ++k) {
            const Case& c = cases_[k];
            entity(first_case_ + k, vocab::prosecution, "Case ");
            json_ << ", \"prosecution\": {\"kind\": \"" << (c.criminal ? "criminal" : "administrative")
                  << "\", \"opened\": \"" << day_text(c.month, 1) << "\"}";
            end(first_case_ + k);
        }
        json_ << "\n],\n\"relations\": [\n";
        for (std::uint64_t i = 0; i < n; ++i)
            for (std::uint32_t g : member_of_[i]) edge(i, first_group_ + g, vocab::member_of);
        for (const auto& t : tie_list_) edge(t.a, t.b, t.relative ? "relative_of" : "associate_of");
        for (const auto& pr : protests_)
            edge(pr.person, first_event_ + pr.event, "participated_in", day_text(pr.month, pr.day));
        for (std::uint64_t g = 0; g < groups_; ++g)
            if (banned_[g] != UINT32_MAX)
                edge(first_court_ + rng_.below(courts_), first_group_ + g, vocab::banned, day_text(banned_[g], 15));
        constexpr std::string_view kAdmin[][2] = {{"detained", "administrative_detention"},
                                                  {"fined", "fine"},
                                                  {"warned", "warning"},
                                                  {"detained", "questioning"}};
        for (const auto& a : admins_) {
            const std::string date = day_text(a.month, a.day);
            edge(first_authority_ + a.authority, a.person, kAdmin[a.kind][0], date, kAdmin[a.kind][1]);
            if (a.kase != UINT32_MAX) edge(a.person, first_case_ + a.kase, vocab::defendant_in);
        }
        for (std::uint64_t k = 0; k < cases_.size(); ++k)
            if (cases_[k].criminal && cases_[k].movement != UINT32_MAX)
                edge(first_case_ + k, first_group_ + cases_[k].movement, vocab::concerns);
        for (const auto& c : charges_) {
            const Case& k = cases_[c.kase];
            edge(c.person, first_case_ + c.kase, vocab::defendant_in);
            edge(first_authority_ + k.authority, c.person, "charged", day_text(c.month, c.day), "criminal_charge");
            if (k.outcome < 2 && c.month + 6 < kMonths)
                edge(first_court_ + k.court, c.person, "sentenced", day_text(c.month + 6, c.day),
                     k.outcome == 0 ? "imprisonment" : "restriction_of_freedom");
        }
        json_ << "\n]}\n";
        json_.flush();
        tsv_.flush();
        stats_.edges = edge_count_;
        if (truth_) {
            *truth_ << "# person\tfirst_charged\n";
            for (const auto& c : charges_)
                if (charged_[c.person] == c.month)
                    *truth_ << "n" << c.person << "\t" << day_text(c.month, c.day) << "\n";
            if (!*truth_) throw IoError({}, "writing the ground truth failed (disk full?)");
        }
    }

    void edge(std::uint64_t s, std::uint64_t t, std::string_view type, std::string_view date = {},
              std::string_view severity = {}) {
        if (edge_count_ == 0) tsv_ << "# source\ttarget\tweight\n";
        json_ << (edge_count_ ? ",\n" : "") << "{\"source\": \"n" << s << "\", \"target\": \"n" << t
              << "\", \"type\": \"" << type << "\"";
        if (!date.empty()) json_ << ", \"date\": \"" << date << "\"";
        if (!severity.empty()) json_ << ", \"severity\": \"" << severity << "\"";
        json_ << ", \"evidence\": [{\"source\": \"synthetic\", \"locator\": \"edge " << edge_count_ << "\"}]}";
        tsv_ << s << "\t" << t << "\t1\n";
        ++edge_count_;
        json_.maybe_flush();
        tsv_.maybe_flush();
    }

    struct Tie {
        std::uint32_t a, b, relative;
    };
    struct Protest {
        std::uint32_t person, event, month, day;
    };

    const RepressionNetworkParams& p_;
    Rng rng_;
    Buffer json_, tsv_;
    std::ostream* truth_;
    std::uint64_t groups_ = 0, courts_ = 0, authorities_ = 0, events_ = 0, edge_count_ = 0;
    std::uint64_t first_group_ = 0, first_court_ = 0, first_authority_ = 0, first_event_ = 0, first_case_ = 0;
    std::vector<std::vector<std::uint32_t>> member_of_, members_, ties_;
    std::vector<Tie> tie_list_;
    std::vector<Protest> protests_;
    std::vector<std::uint32_t> banned_, charged_;
    std::vector<Charge> charges_;
    std::vector<Admin> admins_;
    std::vector<Case> cases_;
    RepressionNetworkStats stats_;
};

}  // namespace

RepressionNetworkStats generate_repression_network(const RepressionNetworkParams& params, std::ostream& dataset,
                                                   std::ostream& edges, std::ostream* truth) {
    if (params.people < 10 || params.people > 50'000'000)
        throw InvalidArgument("people", "must be between 10 and 50000000", std::to_string(params.people));
    if (params.escalation) return EscalationGenerator(params, dataset, edges, truth).run();
    return Generator(params, dataset, edges).run();
}

}  // namespace repnet::generators
