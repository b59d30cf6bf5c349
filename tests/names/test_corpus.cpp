// The variant corpus (tests/names/corpus.tsv, written by make_corpus.py from the Kazakhstan dataset and the
// spellings of the five source reports): every unambiguous query resolves to its person, none to anyone else, and
// every shared surname is reported ambiguous with exactly its candidates. Prints precision and recall of the top match.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "names/matcher.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::names;

TEST_CASE("variant corpus: every query resolves to the right person or is reported ambiguous", "[names][corpus]") {
    const Dataset d = load_dataset(test::source_dir() / "data" / "kazakhstan");
    const Graph& g = d.graph;
    const NameMatcher m(g);
    std::ifstream in(test::source_dir() / "tests" / "names" / "corpus.tsv");
    REQUIRE(in);
    std::string line;
    std::size_t queries = 0, unambiguous = 0, right = 0, wrong = 0, unresolved = 0, ambiguous_queries = 0,
                ambiguous_right = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string query, expected, kind;
        std::getline(fields, query, '\t');
        std::getline(fields, expected, '\t');
        std::getline(fields, kind, '\t');
        ++queries;
        const Resolution r = m.resolve(query);
        std::set<std::string> got;
        for (const auto& x : r.matches) got.insert(g.str(g.node(x.node).id));
        INFO(kind << ": '" << query << "' expected " << expected);
        if (expected.rfind("ambiguous:", 0) == 0) {
            ++ambiguous_queries;
            std::set<std::string> want;
            std::istringstream ids(expected.substr(10));
            for (std::string id; std::getline(ids, id, ',');) want.insert(id);
            CHECK(r.kind == Resolution::Kind::ambiguous);
            CHECK(got == want);
            if (r.kind == Resolution::Kind::ambiguous && got == want) ++ambiguous_right;
            continue;
        }
        ++unambiguous;
        REQUIRE(g.find_id(expected));
        if (r.kind == Resolution::Kind::unique) {
            const bool ok = *got.begin() == g.str(g.node(*g.find_id(expected)).id);
            (ok ? right : wrong)++;
            if (!ok) UNSCOPED_INFO("got " << *got.begin() << " (" << r.matches.front().reason << ")");
            CHECK(ok);
        } else {
            ++unresolved;
            for (const auto& x : r.matches) UNSCOPED_INFO("candidate " << g.str(g.node(x.node).id) << " " << x.reason);
            CHECK(r.kind == Resolution::Kind::unique);
        }
    }
    CHECK(queries >= 150);
    const std::size_t resolved = right + wrong;
    std::cout << "names corpus: " << queries << " queries, " << unambiguous << " unambiguous: " << right << " right, "
              << wrong << " wrong, " << unresolved << " unresolved; precision "
              << (resolved ? double(right) / resolved : 0) << ", recall "
              << (unambiguous ? double(right) / unambiguous : 0) << "; " << ambiguous_right << "/" << ambiguous_queries
              << " shared surnames reported ambiguous with their candidates\n";
}
