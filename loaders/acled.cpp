#include "loaders/acled.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "engine/date.hpp"
#include "loaders/csv_table.hpp"
#include "loaders/input_file.hpp"
#include "loaders/json_quote.hpp"

namespace repnet {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return std::string(s.substr(b, e - b));
}

// An id from free text: characters outside [A-Za-z0-9_.:-] become '_'.
std::string slug(std::string_view s) {
    std::string out;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '.' || c == ':' || c == '-';
        out += ok ? c : '_';
    }
    return out;
}

// ACLED's inter codes (1-8), or their names in newer exports.
int inter_code(std::string_view cell) {
    const std::string s = lower(trim(cell));
    if (s.size() == 1 && s[0] >= '0' && s[0] <= '8') return s[0] - '0';
    static const std::pair<std::string_view, int> names[] = {
        {"state forces", 1}, {"rebel group", 2}, {"political militia", 3}, {"identity militia", 4},
        {"rioters", 5},      {"protesters", 6},  {"civilians", 7},         {"external/other forces", 8}};
    for (auto [name, code] : names)
        if (s == name) return code;
    return 0;
}

// repnet's entity type for an ACLED actor by its inter code; generic for the crowds ACLED names by role.
struct ActorType {
    const char* type;
    bool generic;
};
ActorType actor_type(int inter) {
    switch (inter) {
        case 1:
            return {"authority", false};
        case 2:
        case 3:
        case 4:
        case 8:
            return {"organisation", false};
        case 5:
            return {"unidentified", true};
        case 6:
            return {"movement", true};
        case 7:
            return {"unidentified", true};
        default:
            return {"unidentified", true};
    }
}

constexpr const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};

// event_date as ACLED writes it: 2021-01-05 (current exports) or "05 January 2021" / "05-January-2021" (older).
std::optional<std::string> acled_date(std::string_view cell, std::string* why) {
    const std::string s = trim(cell);
    if (parse_date(s, why)) return s;
    std::string t = lower(s);
    std::replace(t.begin(), t.end(), '-', ' ');
    int day = 0, year = 0;
    char month[16] = {};
    if (std::sscanf(t.c_str(), "%d %15s %d", &day, month, &year) != 3) return std::nullopt;
    for (int m = 0; m < 12; ++m)
        if (std::string_view(month) == kMonths[m] || std::string_view(month) == std::string_view(kMonths[m], 3)) {
            char iso[16];
            std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, m + 1, day);
            if (parse_date(iso, why)) return std::string(iso);
            return std::nullopt;
        }
    if (why) *why = "unknown month '" + std::string(month) + "'";
    return std::nullopt;
}

struct RowError {
    std::size_t offset;
    std::string message;
};

class AcledReader {
public:
    AcledReader(std::string name, std::string_view text, const LoadOptions& options)
        : name_(std::move(name)), csv_(name_, text), options_(options) {}

    Dataset run() {
        bool header_seen = false;
        csv_.for_each_record([&](const CsvRecord& r) {
            if (!header_seen) {
                header_seen = true;
                read_header(r);
                return;
            }
            if (std::all_of(r.cells.begin(), r.cells.end(), [](const CsvCell& c) { return trim(c.text).empty(); }))
                return;
            const std::size_t entities = entities_.size(), relations = relations_.size();
            const auto actors = actor_ids_;
            try {
                read_row(r);
            } catch (const RowError& e) {
                entities_.resize(entities);
                relations_.resize(relations);
                actor_ids_ = actors;
                const SourceLocation where = csv_.locate(e.offset);
                if (!options_.lenient) throw InputError(where, e.message);
                rejected_.push_back({RecordKind::relation, cell(r, "event_id_cnty"), where, e.message});
            }
        });
        if (!header_seen) throw InputError(csv_.locate(0), "empty file; expected an ACLED header line");
        // One JSON line per record, each remembering the CSV record it came from.
        std::string json =
            "{\"repnet_dataset\":2,\"sources\":[{\"id\":\"acled\",\"publisher\":\"ACLED (Armed Conflict "
            "Location & Event Data Project)\",\"title\":" +
            json_quoted("ACLED event export " + std::filesystem::path(name_).filename().string()) + "}],\"entities\":[";
        lines_.push_back(0);
        auto put = [&](const std::vector<Line>& list) {
            for (std::size_t i = 0; i < list.size(); ++i) {
                json += "\n";
                json += i ? "," : "";
                json += list[i].text;
                lines_.push_back(list[i].offset);
            }
        };
        put(entities_);
        json += "],\"relations\":[";
        put(relations_);
        json += "]}";
        Dataset d;
        try {
            d = load_dataset_texts(std::filesystem::path(name_).filename().string(), {{name_, json}}, options_);
        } catch (const InputError& e) {
            throw InputError(map(e.where()), e.message());
        }
        for (auto* list : {&d.report.rejections, &d.report.merges, &d.report.warnings, &d.report.review})
            for (auto& n : *list) n.where = map(n.where);
        for (auto& site : d.report.node_sites) site.line = std::uint32_t(map({name_, site.line, 1}).line);
        for (auto& n : rejected_) d.report.rejections.push_back(n);
        d.report.relations.rejected += rejected_.size();
        d.report.sources.loaded = 0;  // the ACLED source is made by the loader, not a record of the file
        return d;
    }

private:
    struct Line {
        std::string text;
        std::size_t offset;
    };

    SourceLocation map(const SourceLocation& json_where) const {
        if (json_where.file != name_ || json_where.line == 0 || json_where.line > lines_.size()) return json_where;
        return csv_.locate(lines_[json_where.line - 1]);
    }

    void read_header(const CsvRecord& r) {
        for (std::size_t i = 0; i < r.cells.size(); ++i) column_.emplace(lower(trim(r.cells[i].text)), i);
        for (const char* need : {"event_id_cnty", "event_date", "event_type", "actor1"})
            if (!column_.count(need))
                throw InputError(csv_.locate(r.offset),
                                 std::string("the header has no column '") + need +
                                     "'; expected ACLED's columns (event_id_cnty, event_date, event_type, "
                                     "sub_event_type, actor1, assoc_actor_1, inter1, actor2, ...)");
        width_ = r.cells.size();
    }

    std::string cell(const CsvRecord& r, const char* name) const {
        auto it = column_.find(name);
        if (it == column_.end() || it->second >= r.cells.size()) return {};
        return trim(r.cells[it->second].text);
    }
    std::size_t offset(const CsvRecord& r, const char* name) const {
        auto it = column_.find(name);
        return it == column_.end() || it->second >= r.cells.size() ? r.offset : r.cells[it->second].offset;
    }

    // The id of the actor named `name`, defined (as an entity citing this row) the first time it is seen.
    std::string actor(const std::string& name, int inter, bool main, const std::string& evidence,
                      std::size_t row_offset) {
        if (auto it = actor_ids_.find(name); it != actor_ids_.end()) return it->second;
        std::string id = "acled:actor:" + slug(name);
        for (int k = 2; std::any_of(actor_ids_.begin(), actor_ids_.end(), [&](auto& p) { return p.second == id; }); ++k)
            id = "acled:actor:" + slug(name) + "-" + std::to_string(k);
        actor_ids_.emplace(name, id);
        ActorType t = actor_type(inter);
        // Associated actors are named groups ("Labour Group (Kazakhstan)"), or, beside civilians, named people.
        if (!main && inter != 1)
            t = inter == 7 && name.find('(') == std::string::npos ? ActorType{"person", false}
                                                                  : ActorType{"organisation", false};
        std::string rec = "{\"id\":" + json_quoted(id) + ",\"type\":\"" + t.type + "\",\"name\":" + json_quoted(name);
        if (t.generic) rec += ",\"generic\":true";
        rec += ",\"evidence\":[" + evidence + "]}";
        entities_.push_back({rec, row_offset});
        return id;
    }

    void read_row(const CsvRecord& r) {
        if (r.cells.size() != width_ &&
            !(r.cells.size() > width_ && std::all_of(r.cells.begin() + std::ptrdiff_t(width_), r.cells.end(),
                                                     [](const CsvCell& c) { return trim(c.text).empty(); })))
            throw RowError{r.cells.back().offset, "the row has " + std::to_string(r.cells.size()) +
                                                      " fields; the header has " + std::to_string(width_) +
                                                      " (expected one field per header column)"};
        const std::string event_id = cell(r, "event_id_cnty");
        if (event_id.empty())
            throw RowError{offset(r, "event_id_cnty"), "column 'event_id_cnty' is empty; expected ACLED's event id"};
        std::string why;
        const auto date = acled_date(cell(r, "event_date"), &why);
        if (!date)
            throw RowError{offset(r, "event_date"), "column 'event_date': '" + cell(r, "event_date") +
                                                        "' is not a valid date" + (why.empty() ? "" : ": " + why) +
                                                        "; expected YYYY-MM-DD or 'DD Month YYYY'"};
        const std::string type = lower(cell(r, "event_type"));
        const std::string sub = lower(cell(r, "sub_event_type"));
        if (type.empty())
            throw RowError{offset(r, "event_type"), "column 'event_type' is empty; expected an ACLED event type"};
        const std::string actor1 = cell(r, "actor1");
        if (actor1.empty())
            throw RowError{offset(r, "actor1"), "column 'actor1' is empty; expected the event's first actor"};
        if (!seen_events_.insert(event_id).second)
            throw RowError{offset(r, "event_id_cnty"), "event_id_cnty '" + event_id + "' appears twice"};

        std::string note = cell(r, "notes");
        if (const std::string f = cell(r, "fatalities"); !f.empty() && f != "0")
            note += (note.empty() ? "" : " ") + std::string("[fatalities: ") + f + "]";
        if (const std::string src = cell(r, "source"); !src.empty())
            note += (note.empty() ? "" : " ") + std::string("[ACLED source: ") + src + "]";
        std::string evidence = "{\"source\":\"acled\",\"locator\":" + json_quoted("event_id_cnty " + event_id);
        if (!note.empty()) evidence += ",\"note\":" + json_quoted(note);
        evidence += "}";

        // The event.
        const std::string event = "acled:" + slug(event_id);
        std::string kind = type == "protests"                     ? "protest"
                           : type == "riots"                      ? "riot"
                           : type == "violence against civilians" ? "attack"
                           : type == "battles"                    ? "battle"
                           : type == "explosions/remote violence" ? "explosion"
                                                                  : slug(sub.empty() ? type : sub);
        const std::string location = cell(r, "location");
        std::string title = cell(r, "sub_event_type");
        if (title.empty()) title = cell(r, "event_type");
        title += (location.empty() ? "" : " in " + location) + " (" + *date + ")";
        std::string rec = "{\"id\":" + json_quoted(event) + ",\"type\":\"event\",\"name\":" + json_quoted(title) +
                          ",\"dates\":" + json_quoted(*date) + ",\"attributes\":{\"kind\":" + json_quoted(kind);
        if (!location.empty()) rec += ",\"city\":" + json_quoted(location);
        rec += "},\"evidence\":[" + evidence + "]}";

        // The actors: actor1 and actor2 with their associated actors (';'-separated).
        auto names = [&](const char* column) {
            std::vector<std::string> out;
            std::string s = cell(r, column);
            std::size_t b = 0;
            while (b <= s.size()) {
                std::size_t e = s.find(';', b);
                if (e == std::string::npos) e = s.size();
                if (std::string n = trim(std::string_view(s).substr(b, e - b)); !n.empty()) out.push_back(n);
                b = e + 1;
            }
            return out;
        };
        const int inter1 = inter_code(cell(r, "inter1")), inter2 = inter_code(cell(r, "inter2"));
        std::vector<std::string> side1, side2;
        side1.push_back(actor(actor1, inter1, true, evidence, r.offset));
        for (const auto& n : names("assoc_actor_1")) side1.push_back(actor(n, inter1, false, evidence, r.offset));
        if (const std::string a2 = cell(r, "actor2"); !a2.empty()) {
            side2.push_back(actor(a2, inter2, true, evidence, r.offset));
            for (const auto& n : names("assoc_actor_2")) side2.push_back(actor(n, inter2, false, evidence, r.offset));
        }
        entities_.push_back({rec, r.offset});

        std::size_t k = 0;
        auto relation = [&](const std::string& from, const std::string& to, const char* rel, const char* severity,
                            const char* reason) {
            std::string out = "{\"id\":" + json_quoted(event + ":" + std::to_string(++k)) +
                              ",\"source\":" + json_quoted(from) + ",\"target\":" + json_quoted(to) + ",\"type\":\"" +
                              rel + "\",\"date\":" + json_quoted(*date);
            if (severity) out += ",\"severity\":\"" + std::string(severity) + "\"";
            if (std::string_view(rel) != "participated_in") {
                out += ",\"attributes\":{\"reason\":" + json_quoted(reason);
                if (!location.empty()) out += ",\"location\":" + json_quoted(location);
                out += "}";
            }
            out += ",\"evidence\":[" + evidence + "]}";
            relations_.push_back({out, r.offset});
        };
        // Everyone named took part in the event.
        for (const auto* side : {&side1, &side2})
            for (const auto& a : *side) relation(a, event, "participated_in", nullptr, "");
        // The actions it records, side 1 acting on side 2 or, against protests, side 2 on side 1.
        auto act = [&](const std::vector<std::string>& from, const std::vector<std::string>& to, const char* rel,
                       const char* severity, const char* reason) {
            if (from.empty() || to.empty()) return;
            for (const auto& t : to) relation(from.front(), t, rel, severity, reason);
        };
        if (type == "protests" && sub == "excessive force against protesters")
            act(side2, side1, "attacked", "physical_attack", "ACLED: excessive force against protesters");
        else if (type == "protests" && sub == "protest with intervention")
            act(side2, side1, "restricted", "restriction", "ACLED: protest with intervention");
        else if (type == "strategic developments" && sub == "arrests")
            act(side1, side2, "detained", "administrative_detention", "ACLED: arrests");
        else if (type == "violence against civilians" && sub == "abduction/forced disappearance")
            act(side1, side2, "detained", "pre_trial_detention", "ACLED: abduction/forced disappearance");
        else if (type == "violence against civilians" || type == "battles" || type == "explosions/remote violence")
            act(side1, side2, "attacked", "physical_attack",
                type == "violence against civilians" ? "ACLED: violence against civilians"
                : type == "battles"                  ? "ACLED: battle"
                                                     : "ACLED: explosion/remote violence");
    }

    std::string name_;
    CsvText csv_;
    const LoadOptions& options_;
    std::map<std::string, std::size_t> column_;
    std::size_t width_ = 0;
    std::map<std::string, std::string> actor_ids_;  // name -> id
    std::set<std::string> seen_events_;
    std::vector<Line> entities_, relations_;
    std::vector<std::size_t> lines_;  // CSV record offset by JSON line
    std::vector<RecordNote> rejected_;
};

}  // namespace

bool is_acled_header(std::string_view first_line) {
    const std::string h = lower(first_line);
    return h.find("event_id_cnty") != std::string::npos && h.find("event_date") != std::string::npos &&
           h.find("event_type") != std::string::npos;
}

Dataset load_acled_text(std::string name, std::string_view text, const LoadOptions& options) {
    return AcledReader(std::move(name), text, options).run();
}

Dataset load_acled(const std::filesystem::path& path, const LoadOptions& options) {
    const std::string text = read_input_file(path, options.max_file_size, "an ACLED CSV export");
    return load_acled_text(path.string(), text, options);
}

}  // namespace repnet
