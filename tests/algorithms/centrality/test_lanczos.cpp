// lanczos_top against closed forms (paths: lambda = 2 cos(pi / (n + 1)), x_i = sin(i pi / (n + 1)))
// and Eigen's dense solver, on operators that force restarts, breakdowns and close eigenvalues.
#include <Eigen/Eigenvalues>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <utility>
#include <vector>

#include "algorithms/centrality/lanczos.hpp"

using namespace repnet;

namespace {

// y = A x for the undirected graph with these edges on n nodes.
Apply adjacency(std::uint32_t n, std::vector<std::pair<std::uint32_t, std::uint32_t>> edges) {
    return [n, edges = std::move(edges)](const std::vector<double>& x, std::vector<double>& y) {
        y.assign(n, 0.0);
        for (const auto& [u, v] : edges) {
            y[u] += x[v];
            y[v] += x[u];
        }
    };
}

// Path first - first+1 - ... - first+len-1.
void add_path(std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges, std::uint32_t first, std::uint32_t len) {
    for (std::uint32_t i = 0; i + 1 < len; ++i) edges.emplace_back(first + i, first + i + 1);
}

// The unit eigenvector of the path on `len` nodes for its top eigenvalue.
std::vector<double> path_vector(std::uint32_t len) {
    std::vector<double> x(len);
    double norm = 0;
    for (std::uint32_t i = 0; i < len; ++i) {
        x[i] = std::sin((i + 1) * std::numbers::pi / (len + 1));
        norm += x[i] * x[i];
    }
    for (auto& v : x) v /= std::sqrt(norm);
    return x;
}

// Largest |a_i - s b_i| over i, s = +-1 the sign that fits (an eigenvector's sign is free).
double distance_up_to_sign(const std::vector<double>& a, const std::vector<double>& b) {
    double plus = 0, minus = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        plus = std::max(plus, std::fabs(a[i] - b[i]));
        minus = std::max(minus, std::fabs(a[i] + b[i]));
    }
    return std::min(plus, minus);
}

}  // namespace

TEST_CASE("lanczos: a path's top eigenpair, over many restarts", "[algorithms][centrality][lanczos]") {
    // 200 nodes: the top two eigenvalues are 7e-4 apart, so 24-step cycles restart many times.
    const std::uint32_t n = 200;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    add_path(edges, 0, n);
    const LanczosResult r = lanczos_top(n, adjacency(n, edges), 1e-10, 10000);
    REQUIRE(r.converged);
    CHECK(r.products > kLanczosSteps);
    CHECK(r.residual < 1e-10);
    CHECK(r.theta == Approx(2 * std::cos(std::numbers::pi / (n + 1))).epsilon(1e-13));
    CHECK(distance_up_to_sign(r.x, path_vector(n)) < 1e-10);
}

TEST_CASE("lanczos: two components with close top eigenvalues", "[algorithms][centrality][lanczos]") {
    // Paths of 30 and 31 nodes, apart: 2 cos(pi / 32) - 2 cos(pi / 31) = 6.3e-4. A small residual
    // alone would leave the vector mixed; the gap has to be part of the stopping rule.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    add_path(edges, 0, 30);
    add_path(edges, 30, 31);
    const LanczosResult r = lanczos_top(61, adjacency(61, edges), 1e-10, 10000);
    REQUIRE(r.converged);
    CHECK(r.theta == Approx(2 * std::cos(std::numbers::pi / 32)).epsilon(1e-13));
    std::vector<double> expected(30, 0.0);
    const std::vector<double> top = path_vector(31);
    expected.insert(expected.end(), top.begin(), top.end());
    CHECK(distance_up_to_sign(r.x, expected) < 1e-10);
}

TEST_CASE("lanczos: an exact start vector and a small invariant space", "[algorithms][centrality][lanczos]") {
    // K5: the uniform start is the eigenvector (lambda 4): converged with one product.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    for (std::uint32_t u = 0; u < 5; ++u)
        for (std::uint32_t v = u + 1; v < 5; ++v) edges.emplace_back(u, v);
    LanczosResult r = lanczos_top(5, adjacency(5, edges), 1e-10, 100);
    CHECK(r.converged);
    CHECK(r.products == 1);
    CHECK(r.theta == Approx(4).epsilon(1e-15));
    // A star on 6 nodes: the uniform start spans a two-dimensional invariant space, so the
    // second step breaks down and the Ritz pair is exact: lambda = sqrt(5).
    edges.clear();
    for (std::uint32_t v = 1; v < 6; ++v) edges.emplace_back(0, v);
    r = lanczos_top(6, adjacency(6, edges), 1e-10, 100);
    CHECK(r.converged);
    CHECK(r.residual == 0);
    CHECK(r.theta == Approx(std::sqrt(5.0)).epsilon(1e-14));
}

TEST_CASE("lanczos: a dense symmetric matrix against Eigen", "[algorithms][centrality][lanczos]") {
    const std::uint32_t n = 60;
    Eigen::MatrixXd m(n, n);
    std::uint64_t state = 12345;
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::uint32_t j = 0; j <= i; ++j) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            m(i, j) = m(j, i) = double(state >> 11) / double(1ULL << 53);
        }
    const Apply apply = [&](const std::vector<double>& x, std::vector<double>& y) {
        const Eigen::VectorXd out = m * Eigen::Map<const Eigen::VectorXd>(x.data(), n);
        y.assign(out.data(), out.data() + n);
    };
    const LanczosResult r = lanczos_top(n, apply, 1e-12, 1000);
    REQUIRE(r.converged);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> dense(m);
    CHECK(r.theta == Approx(dense.eigenvalues()[n - 1]).epsilon(1e-13));
    const Eigen::VectorXd top = dense.eigenvectors().col(n - 1);
    CHECK(distance_up_to_sign(r.x, std::vector<double>(top.data(), top.data() + n)) < 1e-11);
}

TEST_CASE("lanczos: the same result on every run", "[algorithms][centrality][lanczos]") {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    add_path(edges, 0, 3000);  // above one block of rows, several restarts
    const auto first = lanczos_top(3000, adjacency(3000, edges), 1e-8, 10000);
    const auto second = lanczos_top(3000, adjacency(3000, edges), 1e-8, 10000);
    CHECK(first.x == second.x);
    CHECK(first.theta == second.theta);
}
