#include "algorithms/centrality/lanczos.hpp"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <cstddef>

#include "engine/large_array.hpp"

namespace repnet {
namespace {

// Rows per block. The reorthogonalisation goes over the basis block by block, so a block of w
// stays in L1 while every basis vector's block streams past it: three passes over the basis per
// step instead of the four passes over the basis and w per basis vector that modified
// Gram-Schmidt makes (where the basis, 55 MB at 1m nodes, does not fit in any cache).
constexpr std::size_t kBlockRows = 512;

// Four running sums, so the loop is not one chain of dependent additions; a fixed order.
double block_dot(const double* a, const double* b, std::size_t count) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    std::size_t r = 0;
    for (; r + 4 <= count; r += 4) {
        s0 += a[r] * b[r];
        s1 += a[r + 1] * b[r + 1];
        s2 += a[r + 2] * b[r + 2];
        s3 += a[r + 3] * b[r + 3];
    }
    for (; r < count; ++r) s0 += a[r] * b[r];
    return (s0 + s1) + (s2 + s3);
}

// Columns [0, k) of an n-row basis stored column after column.
struct BasisView {
    const double* v;
    std::size_t n;
    const double* column(std::uint32_t i) const { return v + i * n; }
};

// h = V^T w. Returns ||w||^2.
double project(const BasisView& basis, std::uint32_t k, const double* w, double* h) {
    std::fill(h, h + k, 0.0);
    double squares = 0;
    for (std::size_t first = 0; first < basis.n; first += kBlockRows) {
        const std::size_t count = std::min(kBlockRows, basis.n - first);
        for (std::uint32_t i = 0; i < k; ++i) h[i] += block_dot(basis.column(i) + first, w + first, count);
        squares += block_dot(w + first, w + first, count);
    }
    return squares;
}

// w -= V h; then, block by block while the block is in cache, next = V^T w of the new w (when
// next is not null). Returns ||w||^2 of the new w.
double subtract(const BasisView& basis, std::uint32_t k, const double* h, double* w, double* next) {
    if (next != nullptr) std::fill(next, next + k, 0.0);
    double squares = 0;
    for (std::size_t first = 0; first < basis.n; first += kBlockRows) {
        const std::size_t count = std::min(kBlockRows, basis.n - first);
        double* wb = w + first;
        for (std::uint32_t i = 0; i < k; ++i) {
            const double* vb = basis.column(i) + first;
            const double c = h[i];
            for (std::size_t r = 0; r < count; ++r) wb[r] -= c * vb[r];
        }
        if (next != nullptr)
            for (std::uint32_t i = 0; i < k; ++i) next[i] += block_dot(basis.column(i) + first, wb, count);
        squares += block_dot(wb, wb, count);
    }
    return squares;
}

// x = V y, y of k entries.
void combine(const BasisView& basis, std::uint32_t k, const double* y, double* x) {
    for (std::size_t first = 0; first < basis.n; first += kBlockRows) {
        const std::size_t count = std::min(kBlockRows, basis.n - first);
        double* xb = x + first;
        std::fill(xb, xb + count, 0.0);
        for (std::uint32_t i = 0; i < k; ++i) {
            const double* vb = basis.column(i) + first;
            for (std::size_t r = 0; r < count; ++r) xb[r] += y[i] * vb[r];
        }
    }
}

// DGKS: a second Gram-Schmidt pass when the first left less than this fraction of ||w||.
constexpr double kSecondPass = 0.7071067811865476;  // 1 / sqrt(2)
// A cycle ends when the estimated errors are below this fraction of the tolerance:
// the residual falls about tenfold per three steps on the bench graphs, so the margin costs
// about three steps and the estimate missing the tolerance costs a cycle.
constexpr double kEarlyStop = 0.1;

// T's top eigenpair: the tridiagonal matrix of alpha (diagonal) and beta (off-diagonal), k x k.
Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> tridiagonal_eigen(const std::vector<double>& alpha,
                                                                 const std::vector<double>& beta, std::uint32_t k) {
    Eigen::MatrixXd t = Eigen::MatrixXd::Zero(k, k);
    for (std::uint32_t i = 0; i < k; ++i) {
        t(i, i) = alpha[i];
        if (i + 1 < k) t(i, i + 1) = t(i + 1, i) = beta[i];
    }
    return Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(t);
}

// What T after k steps says of the top Ritz pair: its value, the gap to the next Ritz value, and
// its residual ||M x - theta x||, beta_{k-1} |y_k| (exact in exact arithmetic, and with full
// reorthogonalisation to rounding).
struct RitzEstimate {
    double theta = 0;
    double gap = INFINITY;
    double residual = INFINITY;
};

RitzEstimate ritz_estimate(const std::vector<double>& alpha, const std::vector<double>& beta, std::uint32_t k) {
    const auto eig = tridiagonal_eigen(alpha, beta, k);
    RitzEstimate e;
    e.theta = eig.eigenvalues()[k - 1];
    if (k >= 2) e.gap = e.theta - eig.eigenvalues()[k - 2];
    e.residual = beta[k - 1] * std::fabs(eig.eigenvectors()(k - 1, k - 1));
    return e;
}

// Converged: the relative residual below the tolerance, and the vector too: the sine of its
// angle to the eigenvector is at most residual / gap (Davis-Kahan), with the gap estimated from T.
bool meets(double residual, double theta, double gap, double tolerance) {
    if (residual == 0) return true;
    return theta > 0 && residual / theta < tolerance && residual / gap < tolerance;
}

double norm2(const std::vector<double>& x) {
    return std::sqrt(block_dot(x.data(), x.data(), x.size()));
}

}  // namespace

LanczosResult lanczos_top(std::uint32_t n, const Apply& apply, double tolerance, std::uint32_t max_restarts) {
    const std::uint32_t steps = std::min(n, kLanczosSteps);
    LargeArray<double> storage(std::size_t(n) * steps);
    double* const v = storage.data();
    const BasisView basis{v, n};
    LanczosResult r;
    r.x.assign(n, 1.0 / std::sqrt(double(n)));
    std::vector<double> q(n), w(n), residual(n), alpha(steps), beta(steps), h(steps), h2(steps);
    // The smallest gap between the top two Ritz values seen so far. A restart keeps one vector,
    // so early in a cycle the second Ritz value is far below the second eigenvalue and the gap
    // looks wide (5.2 at the second step where the eigenvalues are 3e-4 apart, in the oracle
    // test): only the smallest one seen is believed.
    double gap = INFINITY;
    for (std::uint32_t cycle = 1; cycle <= max_restarts; ++cycle) {
        std::copy(r.x.begin(), r.x.end(), v);
        std::uint32_t k = 0;
        bool exact = false;
        for (std::uint32_t j = 0; j < steps; ++j) {
            std::copy(basis.column(j), basis.column(j) + n, q.begin());
            apply(q, w);
            ++r.products;
            const double before = project(basis, j + 1, w.data(), h.data());
            alpha[j] = h[j];
            if (j == 0) {
                // w = M x for the current Ritz vector x: its residual decides convergence.
                for (std::uint32_t i = 0; i < n; ++i) residual[i] = w[i] - alpha[0] * r.x[i];
                r.theta = alpha[0];
                const double absolute = norm2(residual);
                r.residual = alpha[0] > 0 ? absolute / alpha[0] : 0.0;
                if (absolute == 0 || (cycle > 1 && meets(absolute, alpha[0], gap, tolerance))) {
                    r.converged = true;
                    return r;
                }
            }
            // Full reorthogonalisation by classical Gram-Schmidt, with a second pass only when the
            // first one cancelled most of w (the DGKS criterion, as ARPACK does): twice is enough
            // (Giraud et al. 2005).
            double squares = subtract(basis, j + 1, h.data(), w.data(), h2.data());
            if (squares < kSecondPass * kSecondPass * before)
                squares = subtract(basis, j + 1, h2.data(), w.data(), nullptr);
            k = j + 1;
            beta[j] = std::sqrt(squares);
            if (beta[j] <= 1e-13 * std::max(alpha[0], 1e-300)) {
                exact = true;
                break;
            }
            // The cycle ends once T says the pair is well within the tolerance; the next cycle's
            // first product measures the residual itself.
            const RitzEstimate estimate = ritz_estimate(alpha, beta, k);
            gap = std::min(gap, estimate.gap);
            if (meets(estimate.residual, estimate.theta, gap, kEarlyStop * tolerance)) break;
            if (j + 1 < steps) {
                double* next = v + std::size_t(j + 1) * n;
                for (std::uint32_t i = 0; i < n; ++i) next[i] = w[i] / beta[j];
            }
        }
        const auto eig = tridiagonal_eigen(alpha, beta, k);
        const Eigen::VectorXd y = eig.eigenvectors().col(k - 1);  // eigenvalues ascend
        combine(basis, k, y.data(), r.x.data());
        const double norm = norm2(r.x);
        for (auto& value : r.x) value /= norm;
        if (exact) {
            r.theta = eig.eigenvalues()[k - 1];
            r.residual = 0;
            r.converged = true;
            return r;
        }
    }
    return r;
}

}  // namespace repnet
