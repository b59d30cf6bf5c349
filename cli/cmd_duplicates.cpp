// repnet duplicates [DATASET] [--json | --csv] [-o FILE]: pairs of same-type entities whose names or aliases match
// under the name rules (docs/names.md), with score, reason and both records' file:line, for a curator to merge or to
// record as distinct (distinct_from).
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/duplicates_report.hpp"
#include "cli/table_output.hpp"
#include "exports/report_json.hpp"
#include "exports/table_csv.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {

void print_duplicates(std::ostream& out, const Dataset& d, const std::vector<names::DuplicatePair>& pairs,
                      const std::string& indent) {
    const Graph& g = d.graph;
    for (const auto& p : pairs) {
        auto side = [&](NodeId v, const std::string& form) {
            const SourceLocation where = d.report.node_location(v);
            return terminal_safe(g.str(g.node(v).id)) + " '" + terminal_safe(form) + "'" +
                   (where.file.empty() ? "" : " at " + terminal_safe(where.str()));
        };
        out << indent << std::to_string(p.score).substr(0, 4) << "  " << terminal_safe(p.reason) << ": "
            << side(p.a, p.name_a) << " ~ " << side(p.b, p.name_b) << "\n";
    }
}

void add_duplicates_command(CLI::App& app) {
    auto opts = std::make_shared<DatasetOption>();
    auto output = std::make_shared<TableOutput>();
    CLI::App* cmd =
        app.add_subcommand("duplicates", "Likely duplicate entities: same type, names matching under the name rules");
    opts->add_to(*cmd);
    output->add_to(*cmd, "one row per pair");
    cmd->callback([opts, output] {
        output->check();
        const Dataset d = opts->load();
        const Graph& g = d.graph;
        const names::NameMatcher matcher(g);
        const auto pairs = names::find_duplicates(matcher);
        if (output->format() == TableFormat::text) {
            output->write([&](std::ostream& out) {
                out << pairs.size() << " likely duplicate pair(s)\n";
                print_duplicates(out, d, pairs, "  ");
            });
            return;
        }
        if (output->format() == TableFormat::csv) {
            output->write([&](std::ostream& out) { write_duplicates_csv(out, d, pairs); });
            return;
        }
        rapidjson::Document doc(rapidjson::kArrayType);
        auto& a = doc.GetAllocator();
        auto str = [&](const std::string& s) { return rapidjson::Value(s.c_str(), rapidjson::SizeType(s.size()), a); };
        for (const auto& p : pairs) {
            rapidjson::Value o(rapidjson::kObjectType);
            o.AddMember("score", p.score, a);
            o.AddMember("reason", str(p.reason), a);
            for (auto [key, v, form] : {std::tuple{"a", p.a, &p.name_a}, std::tuple{"b", p.b, &p.name_b}}) {
                rapidjson::Value e(rapidjson::kObjectType);
                e.AddMember("id", str(g.str(g.node(v).id)), a);
                e.AddMember("name", str(g.str(g.node(v).name)), a);
                e.AddMember("matched", str(*form), a);
                e.AddMember("type", str(g.node_type_name(v)), a);
                e.AddMember("location", str(d.report.node_location(v).str()), a);
                o.AddMember(rapidjson::StringRef(key), e, a);
            }
            doc.PushBack(o, a);
        }
        output->write([&](std::ostream& out) { write_json(out, doc); });
    });
}

}  // namespace repnet::cli
