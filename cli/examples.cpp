#include "cli/examples.hpp"

#include <map>
#include <string>
#include <vector>

namespace repnet::cli {
namespace {

// Command name ("" for the top level) -> its examples, two or three each, in the order they run (a later one may
// read what an earlier one wrote).
const std::map<std::string, std::vector<std::string>>& examples() {
    static const std::map<std::string, std::vector<std::string>> table = {
        {"", {"repnet stats", "repnet analyze -o out", "repnet timeline --person \"Elena Semenova\""}},
        {"validate", {"repnet validate", "repnet validate --verbose"}},
        {"stats", {"repnet stats", "repnet stats --json", "repnet stats --csv -o stats.csv"}},
        {"export",
         {"repnet export --format gexf -o kazakhstan.gexf", "repnet export --project person -o people.graphml",
          "repnet export --path \"Democratic Choice of Kazakhstan,Aset Abishev\" -o path.graphml"}},
        {"analyze", {"repnet analyze -o out", "repnet analyze --quiet --include-generic -o out-generic"}},
        {"clusters",
         {"repnet clusters", "repnet clusters --algorithm louvain --csv -o clusters.csv",
          "repnet clusters --link court:90d,movement --json"}},
        {"timeline",
         {"repnet timeline --person \"Elena Semenova\"",
          "repnet timeline --person \"Семенова\" --csv -o semenova.csv"}},
        {"escalation",
         {"repnet escalation --from \"Democratic Choice of Kazakhstan\" --dated-only",
          "repnet escalation --from \"Kazakhstan police\" --to \"Elena Semenova\" --csv"}},
        {"risk",
         {"repnet risk --top 5", "repnet risk --as-of 2018-01-01 --types person", "repnet risk --csv -o risk.csv"}},
        {"backtest",
         {"repnet backtest --as-of 2018-01-01", "repnet backtest --as-of 2017-06-01,2019-01-01 --horizon 18m --json"}},
        {"centrality",
         {"repnet centrality --measure betweenness,pagerank --top 5",
          "repnet centrality --csv --with cluster,risk -o centrality.csv",
          "repnet centrality --project person --measure degree,closeness"}},
        {"generate",
         {"repnet generate --people 1000 -o synthetic", "repnet stats synthetic/edges.tsv",
          "repnet generate --people 1000 --escalation --seed 7 -o synthetic-escalation"}},
        {"find", {"repnet find \"Elena Semenova\"", "repnet find \"Семенова\" --type person --json"}},
        {"duplicates", {"repnet duplicates", "repnet duplicates --csv -o duplicates.csv"}},
        {"keygen", {"repnet keygen repnet.key", "repnet export --pseudonymise repnet.key -o shared.graphml"}},
        {"report",
         {"repnet report -o report.html", "repnet keygen share.key",
          "repnet report --pseudonymise share.key -o shared.html"}},
    };
    return table;
}

std::string footer(const std::vector<std::string>& lines) {
    std::string text = "\nExamples:\n";
    for (const auto& line : lines) text += "  " + line + "\n";
    return text;
}

}  // namespace

void add_examples(CLI::App& app) {
    const auto& table = examples();
    if (const auto it = table.find(""); it != table.end()) app.footer(footer(it->second));
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
        if (const auto it = table.find(sub->get_name()); it != table.end()) sub->footer(footer(it->second));
}

}  // namespace repnet::cli
