#pragma once
// The centrality suite by name: what `repnet centrality` and `analyze` run.
// Each measure is timed on its own (computation only, not the view).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/common.hpp"
#include "algorithms/centrality/degree.hpp"
#include "engine/csr.hpp"

namespace repnet {

// degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, katz, hub, authority.
const std::vector<std::string>& centrality_measure_names();
bool is_iterative_measure(const std::string& name);

struct CentralityOptions {
    std::vector<std::string> measures = centrality_measure_names();  // in output order
    bool weighted = false;  // spectral measures use weights; path measures use 1/weight
    RunContext run{};       // threads, progress and cancellation for the path measures
    // For degree by neighbour type (optional): type of each CSR node, and how many types.
    std::vector<std::uint16_t> node_type;
    std::uint16_t type_count = 0;
    // Betweenness by sampling instead of exactly.
    std::optional<ApproxBetweennessParams> approx;
    // Closeness and harmonic from sampled sources instead of every node (unweighted only).
    std::optional<SampledDistanceParams> sampled_distance;
    double damping = 0.85;
    std::vector<double> personalization;  // per CSR node; empty = uniform
    // Katz attenuation; empty = katz_fraction / lambda_max, lambda_max computed (see lambda_max()).
    std::optional<double> katz_alpha;
    double katz_fraction = 0.85;
    double katz_beta = 1.0;
    // Stopping rules: false = each measure's precise default (residual summed over all nodes
    // below 1e-10, see spectral.hpp); true = NetworkX's own rule, tolerance and iteration limit.
    bool networkx_defaults = false;
    std::optional<std::uint32_t> max_iterations;  // overrides every iterative measure's default
    std::optional<double> tolerance;
};

struct MeasureValues {
    std::string name;
    std::vector<double> value;              // per CSR node
    std::optional<IterationReport> report;  // iterative measures
    double seconds = 0;                     // computation time (hub and authority: one shared HITS run)
};

struct CentralitySuite {
    std::vector<MeasureValues> measures;  // in the order asked
    DegreeResult degree;                  // when "degree" is asked: in, out, by_type (total is that measure's value)
    std::optional<ApproxBetweennessResult> approx;          // sampling details (value moved into measures)
    std::optional<SampledDistanceResult> sampled_distance;  // sampling details (values moved into measures)
    struct KatzChoice {
        double alpha = 0;       // the attenuation used
        double lambda_max = 0;  // computed when alpha was chosen as a fraction of 1 / lambda_max, else 0
        double fraction = 0;    // that fraction, else 0
    };
    std::optional<KatzChoice> katz;  // when "katz" is asked
    const MeasureValues* find(const std::string& name) const;
};

// Throws InvalidArgument for an unknown or repeated measure name, plus what each measure throws.
CentralitySuite compute_centrality(const CsrGraph& graph, const CentralityOptions& options = {});

}  // namespace repnet
