#include "algorithms/centrality/suite.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "algorithms/centrality/spectral.hpp"
#include "engine/errors.hpp"

namespace repnet {

namespace {

// What every iterative measure takes from the suite's options: weights, threads, and the user's
// iteration limit and tolerance over the measure's own.
template <class Params>
void apply_iteration_options(Params& p, const CentralityOptions& o) {
    p.weighted = o.weighted;
    p.threads = o.run.threads;
    if (o.max_iterations) p.max_iterations = *o.max_iterations;
    if (o.tolerance) p.tolerance = *o.tolerance;
}

// A spectral measure's parameters: NetworkX's stopping rule or the precise default, then the options.
template <class Params>
Params spectral_params(const CentralityOptions& o) {
    Params p = o.networkx_defaults ? Params::networkx() : Params{};
    apply_iteration_options(p, o);
    return p;
}

void take_result(MeasureValues& m, SpectralResult&& r) {
    m.value = std::move(r.value);
    m.report = r.report;
}

}  // namespace

const std::vector<std::string>& centrality_measure_names() {
    static const std::vector<std::string> names = {"degree",      "strength", "betweenness", "closeness", "harmonic",
                                                   "eigenvector", "pagerank", "katz",        "hub",       "authority"};
    return names;
}

bool is_iterative_measure(const std::string& name) {
    return name == "eigenvector" || name == "pagerank" || name == "katz" || name == "hub" || name == "authority";
}

const MeasureValues* CentralitySuite::find(const std::string& name) const {
    for (const auto& m : measures)
        if (m.name == name) return &m;
    return nullptr;
}

CentralitySuite compute_centrality(const CsrGraph& g, const CentralityOptions& o) {
    const auto& known = centrality_measure_names();
    for (std::size_t i = 0; i < o.measures.size(); ++i) {
        if (std::find(known.begin(), known.end(), o.measures[i]) == known.end())
            throw InvalidArgument("measures",
                                  "must be among degree, strength, betweenness, closeness, harmonic, eigenvector, "
                                  "pagerank, katz, hub, authority (unknown centrality measure)",
                                  "'" + o.measures[i] + "'");
        if (std::find(o.measures.begin(), o.measures.begin() + i, o.measures[i]) != o.measures.begin() + i)
            throw InvalidArgument("measures", "must list each measure once (listed twice)", "'" + o.measures[i] + "'");
    }
    // Every parameter is checked, whether or not a measure that reads it was asked for.
    auto reject = [](const char* name, const char* rule, double value) {
        throw InvalidArgument(name, std::string("must be ") + rule, argument_text(value));
    };
    if (o.max_iterations && *o.max_iterations == 0) reject("max_iterations", ">= 1", 0);
    if (o.tolerance && !(*o.tolerance > 0 && std::isfinite(*o.tolerance)))
        reject("tolerance", "a finite number > 0", *o.tolerance);
    if (!(o.damping >= 0 && o.damping <= 1)) reject("damping", "in [0, 1]", o.damping);
    if (o.katz_alpha && !std::isfinite(*o.katz_alpha)) reject("katz_alpha", "a finite number", *o.katz_alpha);
    if (!std::isfinite(o.katz_beta)) reject("katz_beta", "a finite number", o.katz_beta);
    if (o.approx) check_approx_betweenness_params(*o.approx);
    if (o.sampled_distance && o.weighted)
        throw InvalidArgument("sampled_distance", "needs an unweighted view (sampled closeness and harmonic)",
                              "weighted");
    CentralitySuite suite;
    std::optional<HitsResult> hits_result;
    double hits_seconds = 0;
    double sampled_seconds = 0;
    for (const auto& name : o.measures) {
        MeasureValues m;
        m.name = name;
        o.run.throw_if_cancelled(name);
        o.run.report(name, 0.0);
        const auto start = std::chrono::steady_clock::now();
        if (name == "degree") {
            DegreeParams p;
            p.node_type = o.node_type;
            p.type_count = o.type_count;
            suite.degree = degree(g, p);
            m.value = std::move(suite.degree.total);  // in, out and by_type stay for the CSV
            suite.degree.total.clear();
        } else if (name == "strength") {
            m.value = strength(g);
        } else if (name == "betweenness") {
            if (o.approx) {
                ApproxBetweennessParams p = *o.approx;
                p.weighted = o.weighted;
                p.run = o.run;
                suite.approx = approx_betweenness(g, p);
                m.value = std::move(suite.approx->value);
                suite.approx->value.clear();
            } else {
                BetweennessParams p;
                p.weighted = o.weighted;
                p.run = o.run;
                m.value = betweenness(g, p).value;
            }
        } else if ((name == "closeness" || name == "harmonic") && o.sampled_distance) {
            // One set of searches serves both; each measure records the time of that run.
            if (!suite.sampled_distance) {
                SampledDistanceParams p = *o.sampled_distance;
                p.run = o.run;
                suite.sampled_distance = sampled_distance_centrality(g, p);
                sampled_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            }
            auto& values = name == "closeness" ? suite.sampled_distance->closeness : suite.sampled_distance->harmonic;
            m.value = std::move(values);
            values.clear();
            m.seconds = sampled_seconds;
            suite.measures.push_back(std::move(m));
            continue;
        } else if (name == "closeness" || name == "harmonic") {
            ClosenessParams p;
            p.weighted = o.weighted;
            p.run = o.run;
            m.value = name == "closeness" ? closeness(g, p) : harmonic(g, p);
        } else if (name == "eigenvector") {
            take_result(m, eigenvector(g, spectral_params<EigenvectorParams>(o)));
        } else if (name == "pagerank") {
            PageRankParams p = spectral_params<PageRankParams>(o);
            p.damping = o.damping;
            p.personalization = o.personalization;
            take_result(m, pagerank(g, p));
        } else if (name == "katz") {
            KatzParams p = spectral_params<KatzParams>(o);
            p.beta = o.katz_beta;
            CentralitySuite::KatzChoice choice;
            if (o.katz_alpha) {
                p.alpha = *o.katz_alpha;
            } else {
                if (!(o.katz_fraction > 0 && o.katz_fraction < 1))
                    throw InvalidArgument("katz_fraction", "must be in (0, 1)", argument_text(o.katz_fraction));
                choice.lambda_max = lambda_max(g, o.weighted, o.run.threads).value;
                choice.fraction = o.katz_fraction;
                // Without edges any alpha converges (x = beta); 1 keeps the formula's shape.
                p.alpha = choice.lambda_max > 0 ? o.katz_fraction / choice.lambda_max : o.katz_fraction;
            }
            choice.alpha = p.alpha;
            suite.katz = choice;
            take_result(m, katz(g, p));
        } else {  // hub, authority: one HITS run serves both
            if (!hits_result) {
                HitsParams p;
                apply_iteration_options(p, o);
                hits_result = hits(g, p);
                hits_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            }
            m.value = name == "hub" ? hits_result->hub : hits_result->authority;
            m.report = hits_result->report;
            m.seconds = hits_seconds;
            suite.measures.push_back(std::move(m));
            continue;
        }
        m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        suite.measures.push_back(std::move(m));
    }
    return suite;
}

}  // namespace repnet
