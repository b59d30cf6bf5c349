// repnet find QUERY [DATASET] [--type T] [--top N] [--json | --csv] [-o FILE]: entities by any spelling of their name,
// ranked, each with its score and the reason it matched (docs/names.md). Exit 0 when something matches; 2 when nothing
// does, with the three nearest names.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/table_output.hpp"
#include "engine/errors.hpp"
#include "exports/report_json.hpp"
#include "exports/table_csv.hpp"
#include "exports/terminal_text.hpp"
#include "names/matcher.hpp"

namespace repnet::cli {
namespace {

struct FindCommandOptions {
    DatasetOption dataset;
    std::string query, type;
    std::size_t top = 10;
    TableOutput output;
};

rapidjson::Value match_json(const Graph& g, const names::NameMatch& m, rapidjson::Document::AllocatorType& a) {
    rapidjson::Value o(rapidjson::kObjectType);
    auto str = [&](const std::string& s) { return rapidjson::Value(s.c_str(), rapidjson::SizeType(s.size()), a); };
    o.AddMember("id", str(g.str(g.node(m.node).id)), a);
    o.AddMember("name", str(g.str(g.node(m.node).name)), a);
    o.AddMember("type", str(g.node_type_name(m.node)), a);
    o.AddMember("score", m.score, a);
    o.AddMember("reason", str(m.reason), a);
    o.AddMember("matched", str(m.matched), a);
    return o;
}

}  // namespace

void add_find_command(CLI::App& app) {
    auto opts = std::make_shared<FindCommandOptions>();
    CLI::App* cmd =
        app.add_subcommand("find", "Find entities by any spelling of a name: ranked, with score and reason");
    cmd->add_option("QUERY", opts->query, "A name in any order, script, case or spelling; a surname; initials; an id")
        ->required();
    opts->dataset.add_to(*cmd);
    cmd->add_option("--type", opts->type, "Only entities of this type (person, organization, ...)");
    cmd->add_option("--top", opts->top, "At most this many matches (0: all)")->check(CLI::NonNegativeNumber);
    opts->output.add_to(*cmd, "one row per match");
    cmd->callback([opts] {
        opts->output.check();
        const Dataset d = opts->dataset.load();
        const Graph& g = d.graph;
        names::FindOptions options;
        options.top = opts->top;
        if (!opts->type.empty()) {
            options.type = g.vocabulary().entity_types.find(opts->type);
            if (!options.type)
                throw UsageError("--type: unknown entity type '" + opts->type +
                                 "'; expected one of: " + g.vocabulary().entity_types.joined());
        }
        const names::NameMatcher matcher(g);
        const auto matches = matcher.find(opts->query, options);
        const auto suggestions =
            matches.empty() ? matcher.nearest(opts->query, 3, options.type) : std::vector<names::NameMatch>{};
        opts->output.write([&](std::ostream& out) {
            switch (opts->output.format()) {
                case TableFormat::json: {
                    rapidjson::Document doc(rapidjson::kObjectType);
                    auto& a = doc.GetAllocator();
                    doc.AddMember("query", rapidjson::Value(opts->query.c_str(), a), a);
                    rapidjson::Value list(rapidjson::kArrayType), near(rapidjson::kArrayType);
                    for (const auto& m : matches) list.PushBack(match_json(g, m, a), a);
                    for (const auto& m : suggestions) near.PushBack(match_json(g, m, a), a);
                    doc.AddMember("matches", list, a);
                    doc.AddMember("suggestions", near, a);
                    write_json(out, doc);
                    break;
                }
                case TableFormat::csv:
                    write_matches_csv(out, g, matches);
                    break;
                case TableFormat::text:
                    for (const auto& m : matches)
                        out << std::to_string(m.score).substr(0, 4) << "  " << terminal_safe(g.str(g.node(m.node).id))
                            << "  " << terminal_safe(g.str(g.node(m.node).name)) << " ("
                            << terminal_safe(g.node_type_name(m.node)) << ")  " << terminal_safe(m.reason)
                            << (m.matched != g.str(g.node(m.node).name) ? " '" + terminal_safe(m.matched) + "'" : "")
                            << "\n";
                    if (matches.size() > 1 && matches[1].score >= matches[0].score - names::score::tie)
                        out << "ambiguous: " << terminal_safe(opts->query)
                            << " matches several entities equally well\n";
                    break;
            }
        });
        if (matches.empty()) {
            std::string near;
            for (const auto& m : suggestions)
                near += (near.empty() ? "" : ", ") + g.str(g.node(m.node).name) + " (" + g.str(g.node(m.node).id) + ")";
            throw InputError(SourceLocation{d.name}, "nothing matches '" + opts->query + "'" +
                                                         (near.empty() ? "" : "; nearest names: " + near));
        }
    });
}

}  // namespace repnet::cli
