#include <catch2/catch.hpp>

#include "algorithms/structure/components.hpp"
#include "engine/graph_csr.hpp"

using namespace repnet;

TEST_CASE("components are numbered by size, ties by smallest node", "[algorithms][components]") {
    // {0,1}  {2,3,4}  {5}  {6,7}
    std::vector<WeightedEdge> edges = {{0, 1}, {2, 3}, {3, 4}, {6, 7}};
    const CsrGraph g = build_simple_csr(8, edges, false);
    const ComponentsResult r = connected_components(g);
    CHECK(r.count() == 4);
    CHECK(r.sizes == std::vector<std::uint32_t>{3, 2, 2, 1});
    CHECK(r.component == std::vector<std::uint32_t>{1, 1, 0, 0, 0, 3, 2, 2});
}

TEST_CASE("a directed view gives weakly connected components", "[algorithms][components]") {
    std::vector<WeightedEdge> edges = {{0, 1}, {2, 1}};
    const CsrGraph g = build_simple_csr(4, edges, true);
    const ComponentsResult r = connected_components(g);
    CHECK(r.sizes == std::vector<std::uint32_t>{3, 1});
}
