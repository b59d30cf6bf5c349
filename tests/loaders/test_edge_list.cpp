#include <catch2/catch.hpp>

#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"
#include "loaders/edge_list.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

std::string name_of(const Graph& g, NodeId v) {
    return g.str(g.node(v).name);
}

}  // namespace

TEST_CASE("edge list: names, weights, comments, blank lines, CRLF and parallel edges", "[loaders][edge_list]") {
    //   alice ==(2 parallel: 1 + 2.5)== bob --- carol     carol has a self-loop
    const std::string text = "# a comment\n\nalice\tbob\n  bob  alice 2.5\r\n# another\nbob carol 1e0\ncarol carol\n";
    const Dataset d = load_edge_list_text("t.tsv", text);
    const Graph& g = d.graph;
    REQUIRE(g.node_count() == 3);
    CHECK(name_of(g, 0) == "alice");
    CHECK(name_of(g, 1) == "bob");
    CHECK(name_of(g, 2) == "carol");
    CHECK(g.node_type_name(0) == "node");
    REQUIRE(g.edge_count() == 4);
    CHECK(g.edge(1).source == 1);
    CHECK(g.edge(1).target == 0);
    CHECK(g.edge(1).weight == 2.5);
    CHECK(g.edge(0).weight == 1.0);
    CHECK(g.edge(3).source == g.edge(3).target);
    CHECK(g.edge_type_name(0) == "edge");
    CHECK(d.report.entities.loaded == 3);
    CHECK(d.report.relations.loaded == 4);
    CHECK(d.report.rejected_total() == 0);
}

TEST_CASE("edge list: dense integer ids number the nodes and keep isolated ones", "[loaders][edge_list]") {
    const Dataset d = load_edge_list_text("t.edges", "# source\ttarget\tweight\n4\t2\t1\n0\t2\t3\n");
    const Graph& g = d.graph;
    REQUIRE(g.node_count() == 5);  // 1 and 3 are isolated
    for (NodeId v = 0; v < 5; ++v) CHECK(name_of(g, v) == std::to_string(v));
    CHECK(g.edge(0).source == 4);
    CHECK(g.edge(0).target == 2);
    CHECK(g.edge(1).weight == 3.0);
}

TEST_CASE("edge list: sparse or non-plain integers fall back to first appearance", "[loaders][edge_list]") {
    const Dataset sparse = load_edge_list_text("t.txt", "7 1000000\n1000000 3\n");
    REQUIRE(sparse.graph.node_count() == 3);
    CHECK(name_of(sparse.graph, 0) == "7");
    CHECK(name_of(sparse.graph, 1) == "1000000");
    CHECK(name_of(sparse.graph, 2) == "3");

    // Integers first, then a name: the integers read so far keep their order of appearance.
    const Dataset mixed = load_edge_list_text("t.txt", "5 2\n2 x\n007 5\n");
    REQUIRE(mixed.graph.node_count() == 4);
    CHECK(name_of(mixed.graph, 0) == "5");
    CHECK(name_of(mixed.graph, 1) == "2");
    CHECK(name_of(mixed.graph, 2) == "x");
    CHECK(name_of(mixed.graph, 3) == "007");
    CHECK(mixed.graph.edge(2).source == 3);
    CHECK(mixed.graph.edge(2).target == 0);
}

TEST_CASE("edge list: errors name file, line and column", "[loaders][edge_list]") {
    struct Case {
        std::string text;
        std::size_t line, column;
        std::string message;
    };
    const Case cases[] = {
        {"a b\nc d e f\n", 2, 7, "found a 4th field 'f'"},
        {"# c\n\n  lonely\n", 3, 9, "found only one field"},
        {"a b x1\n", 1, 5, "weight 'x1' is not a finite number > 0"},
        {"a b 1\na c -2\n", 2, 5, "weight '-2'"},
        {"a b 0\n", 1, 5, "weight '0'"},
        {"a\tb\tinf\n", 1, 5, "weight 'inf'"},
        {"a b 1.5kg\n", 1, 5, "weight '1.5kg'"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const InputError e = input_error([&] { load_edge_list_text("g.tsv", c.text); });
        CHECK(e.where().file == "g.tsv");
        CHECK(e.where().line == c.line);
        CHECK(e.where().column == c.column);
        CHECK_THAT(e.message(), Catch::Contains(c.message));
    }
}

TEST_CASE("edge list: --lenient rejects bad lines and loads the rest", "[loaders][edge_list]") {
    LoadOptions lenient;
    lenient.lenient = true;
    const Dataset d = load_edge_list_text("g.tsv", "a b\nc\nb c 2\nc a zero\n", lenient);
    CHECK(d.graph.edge_count() == 2);
    CHECK(d.report.relations.loaded == 2);
    CHECK(d.report.relations.rejected == 2);
    REQUIRE(d.report.rejections.size() == 2);
    CHECK(d.report.rejections[0].where.str() == "g.tsv:2:2");
    CHECK(d.report.rejections[0].id == "line 2");
    CHECK(d.report.rejections[1].where.line == 4);
}

TEST_CASE("edge list: files, extensions, and the empty list", "[loaders][edge_list]") {
    CHECK(is_edge_list_path("x/graph.tsv"));
    CHECK(is_edge_list_path("graph.edges"));
    CHECK(is_edge_list_path("graph.txt"));
    CHECK_FALSE(is_edge_list_path("graph.json"));
    CHECK_FALSE(is_edge_list_path("data/kazakhstan"));

    const auto dir = scratch_dir("edge-list");
    write_text(dir / "g.tsv", "0 1\n1 2\n");
    const Dataset d = load_edge_list(dir / "g.tsv");
    CHECK(d.graph.node_count() == 3);
    CHECK(d.name == "g.tsv");
    CHECK_THROWS_AS(load_edge_list(dir / "missing.tsv"), InputError);

    const Dataset empty = load_edge_list_text("e.tsv", "# nothing\n");
    CHECK(empty.graph.node_count() == 0);
    CHECK(empty.graph.edge_count() == 0);
}

TEST_CASE("edge list: ids are labels, so huge ids cost nothing", "[loaders][edge_list]") {
    const Dataset d = load_edge_list_text("t.txt", "0 4294967294\n4294967294 99999999999999999999\n");
    const Graph& g = d.graph;
    REQUIRE(g.node_count() == 3);
    CHECK(name_of(g, 0) == "0");
    CHECK(name_of(g, 1) == "4294967294");
    CHECK(name_of(g, 2) == "99999999999999999999");
    CHECK(g.str(g.node(1).id) == "4294967294");
    CHECK(g.edge(1).source == 1);
    CHECK(g.edge(1).target == 2);
}

TEST_CASE("edge list: every edge has a unique id", "[loaders][edge_list]") {
    const Dataset d = load_edge_list_text("t.txt", "a b\na b\nb c 2\n");
    REQUIRE(d.graph.edge_count() == 3);
    CHECK(d.graph.str(d.graph.edge(0).id) == "e0");
    CHECK(d.graph.str(d.graph.edge(1).id) == "e1");
    CHECK(d.graph.str(d.graph.edge(2).id) == "e2");
}

TEST_CASE("edge list: text must be UTF-8, errors located", "[loaders][edge_list]") {
    struct Case {
        std::string text;
        std::size_t line, column;
    };
    const Case cases[] = {
        {"\xff\xfe 1\n", 1, 1},
        {"a b\nb c\nc \xc3\x28\n", 3, 3},
        {"a \xe2\x82", 1, 3},
        {"a b\nc\xc0\xaf d\n", 2, 2},            // overlong '/'
        {"a \xed\xa0\x80 b\n", 1, 3},            // UTF-16 surrogate
        {"a \xf4\x90\x80\x80\n", 1, 3},          // above U+10FFFF
        {std::string("a b\nc\0 d\n", 9), 2, 2},  // NUL
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const InputError e = input_error([&] { load_edge_list_text("g.tsv", c.text); });
        CHECK(e.where().line == c.line);
        CHECK(e.where().column == c.column);
        CHECK_THAT(e.message(), Catch::Contains("expected UTF-8 text"));
    }
    CHECK(load_edge_list_text("g.tsv", "Айгерім Émile\nÉmile 😀\n", {}).graph.node_count() == 3);
    const Dataset bom = load_edge_list_text("g.tsv",
                                            "\xEF\xBB\xBF"
                                            "a b\n");
    CHECK(name_of(bom.graph, 0) == "a");
}

TEST_CASE("edge list: --max-nodes refuses more distinct nodes with a located error", "[loaders][edge_list]") {
    LoadOptions small;
    small.max_nodes = 3;
    CHECK(load_edge_list_text("g.tsv", "a b\nb c\n", small).graph.node_count() == 3);
    const InputError e = input_error([&] { load_edge_list_text("g.tsv", "a b\nb c\nc d\n", small); });
    CHECK(e.where().line == 3);
    CHECK(e.where().column == 3);
    CHECK_THAT(e.message(), Catch::Contains("--max-nodes"));
    // Numbering by value (0..max) counts the isolated nodes it would add.
    const InputError dense = input_error([&] { load_edge_list_text("g.tsv", "0 2\n3 1\n0 4\n", small); });
    CHECK_THAT(dense.message(), Catch::Contains("--max-nodes"));
}

namespace {

// The view the typed path gives: load_edge_list, then build_simple_csr of its Graph.
CsrGraph view_of(const Dataset& d, bool directed) {
    CsrOptions o;
    o.directed = directed;
    return build_simple_csr(d.graph, o);
}

void check_same_view(const CsrGraph& a, const CsrGraph& b) {
    CHECK(a.node_count == b.node_count);
    CHECK(a.directed == b.directed);
    CHECK(a.out_offsets == b.out_offsets);
    CHECK(a.out_targets == b.out_targets);
    CHECK(a.out_weights == b.out_weights);
    CHECK(a.in_offsets == b.in_offsets);
    CHECK(a.in_sources == b.in_sources);
    CHECK(a.in_weights == b.in_weights);
}

}  // namespace

TEST_CASE("edge list bulk path: the same view and numbering as the typed Graph", "[loaders][edge_list]") {
    const std::string texts[] = {
        "alice bob 1\nbob carol\r\n# comment\n\nbob alice 2.5\ncarol carol\n",  // labels, parallel, loop
        "# source\ttarget\n4\t2\t1\n0\t2\t3\n2 4 0.5\n",                        // dense integers: by value
        "7 1000000\n1000000 3\n",                                               // sparse integers
        "5 2\n2 x\n007 5\n",                                // integers, then a label: first appearance
        "3 1\n1 0\n2 3\n0 3 2\n3 0\n",                      // by value, with parallel edges both ways
        "0 4294967294\n4294967294 99999999999999999999\n",  // huge integers are labels
        "# nothing\n",
        "\xEF\xBB\xBF"
        "a b\n",
    };
    for (const auto& text : texts) {
        for (const bool directed : {false, true}) {
            for (const unsigned threads : {1u, 2u}) {
                INFO(text << " directed " << directed << " threads " << threads);
                const Dataset d = load_edge_list_text("t.tsv", text);
                const EdgeListCsr bulk = load_edge_list_csr_text("t.tsv", text, {}, {directed, threads});
                check_same_view(bulk.view, view_of(d, directed));
                CHECK(bulk.report.entities.loaded == d.graph.node_count());
                CHECK(bulk.report.relations.loaded == d.graph.edge_count());
                if (bulk.names.empty()) {  // numbered by value: node i is "i"
                    for (NodeId v = 0; v < d.graph.node_count(); ++v) CHECK(name_of(d.graph, v) == std::to_string(v));
                } else {
                    REQUIRE(bulk.names.size() == d.graph.node_count());
                    for (NodeId v = 0; v < d.graph.node_count(); ++v) CHECK(bulk.names[v] == name_of(d.graph, v));
                }
            }
        }
    }
}

TEST_CASE("edge list bulk path: a large list split between threads gives the same view", "[loaders][edge_list]") {
    // Big enough for the parallel parse; labels and integers mixed after the first half.
    std::string ints, mixed;
    for (int i = 0; i < 200000; ++i) {
        const long long s = (i * 7919LL) % 50021, t = (i * 104729LL + 13) % 50021;
        ints += std::to_string(s) + "\t" + std::to_string(t) + "\t" + std::to_string(1 + i % 3) + "\n";
        if (i > 100000 && i % 5 == 0) mixed += 'n';
        mixed += std::to_string(s) + " " + std::to_string(t) + "\n";
    }
    for (const auto* text : {&ints, &mixed}) {
        const Dataset d = load_edge_list_text("big.tsv", *text);
        for (const unsigned threads : {1u, 2u}) {
            const EdgeListCsr bulk = load_edge_list_csr_text("big.tsv", *text, {}, {false, threads});
            check_same_view(bulk.view, view_of(d, false));
            if (!bulk.names.empty()) {
                REQUIRE(bulk.names.size() == d.graph.node_count());
                for (NodeId v = 0; v < d.graph.node_count(); v += 97) CHECK(bulk.names[v] == name_of(d.graph, v));
            }
        }
    }
}

TEST_CASE("edge list bulk path: the same errors, locations and rejections", "[loaders][edge_list]") {
    const std::string bad[] = {"a b\nc d e f\n", "# c\n\n  lonely\n", "a b 1\na c -2\n", "a b\n\xC3\x28 c\n",
                               "a b\nb c\nc d\n"};
    LoadOptions small;
    small.max_nodes = 3;
    for (const auto& text : bad) {
        for (const unsigned threads : {1u, 2u}) {
            INFO(text << " threads " << threads);
            const InputError typed = input_error([&] { load_edge_list_text("g.tsv", text, small); });
            const InputError bulk = input_error([&] {
                load_edge_list_csr_text("g.tsv", text, small, {false, threads});
            });
            CHECK(bulk.where().str() == typed.where().str());
            CHECK(bulk.message() == typed.message());
        }
    }
    // A bad line far into a large list (the second thread's part): the first one is reported.
    std::string big;
    for (int i = 0; i < 300000; ++i) big += std::to_string(i % 1000) + " " + std::to_string(i % 777) + "\n";
    const std::string late = big + "x y z w\n" + big + "only\n";
    const InputError typed = input_error([&] { load_edge_list_text("g.tsv", late); });
    const InputError bulk = input_error([&] { load_edge_list_csr_text("g.tsv", late, {}, {false, 2}); });
    CHECK(bulk.where().str() == typed.where().str());

    LoadOptions lenient;
    lenient.lenient = true;
    const std::string text = "a b\nc\nb c 2\nc a zero\n" + big + "q\n";
    const Dataset d = load_edge_list_text("g.tsv", text, lenient);
    const EdgeListCsr b = load_edge_list_csr_text("g.tsv", text, lenient, {false, 2});
    REQUIRE(b.report.rejections.size() == d.report.rejections.size());
    for (std::size_t i = 0; i < d.report.rejections.size(); ++i)
        CHECK(b.report.rejections[i].where.str() == d.report.rejections[i].where.str());
    CHECK(b.report.relations.rejected == d.report.relations.rejected);
    check_same_view(b.view, view_of(d, false));
}
