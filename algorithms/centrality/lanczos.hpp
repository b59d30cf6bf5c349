#pragma once
// The top eigenpair of a symmetric operator by restarted Lanczos: what eigenvector centrality on
// undirected views, HITS (on A A^T) and Katz's lambda_max share.
#include <cstdint>
#include <functional>
#include <vector>

namespace repnet {

// y = M x for a symmetric operator M on vectors of n entries (y has n entries on entry).
using Apply = std::function<void(const std::vector<double>&, std::vector<double>&)>;

// Lanczos steps per restart. Memory: this many vectors of n doubles.
constexpr std::uint32_t kLanczosSteps = 24;

struct LanczosResult {
    std::vector<double> x;  // unit Ritz vector
    double theta = 0;       // its Rayleigh quotient
    double residual = 0;    // ||M x - theta x||_2 / theta
    std::uint32_t products = 0;
    bool converged = false;
};

// The top (largest algebraic) eigenpair of the symmetric operator M on [0, n): Lanczos with
// full reorthogonalisation (classical Gram-Schmidt, twice), restarted from its Ritz vector (the
// Krylov method ARPACK applies behind nx.hits and scipy's eigsh), from the uniform vector, until
// the residual r = ||M x - theta x|| is below `tolerance` * theta and below `tolerance` * gap, so
// that the sine of x's angle to the eigenvector, at most r / gap (Davis-Kahan), is below the
// tolerance too; or until `max_restarts` restarts pass. The gap to the next eigenvalue is
// estimated by the smallest distance between the top two Ritz values seen, so the first check,
// before any gap is known, passes only an exact eigenvector. A breakdown (an invariant Krylov
// space) makes the Ritz vector exact. A cycle ends early once T's own estimates of both are a
// tenth of the tolerance. Every sum runs in a fixed order, so the result is the same on every
// run. O(kLanczosSteps * (product + 3 * k * n)) per restart, k the steps taken; memory
// kLanczosSteps + 4 vectors of n doubles.
LanczosResult lanczos_top(std::uint32_t n, const Apply& apply, double tolerance, std::uint32_t max_restarts);

}  // namespace repnet
