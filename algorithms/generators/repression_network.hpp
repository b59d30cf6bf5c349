#pragma once
// A synthetic generator of realistic repression networks, for tests and
// benchmarks: people, movements, NGOs, media, companies, courts, authorities,
// protests and prosecutions, tied by memberships, co-defendant groups in shared
// prosecutions and dated, ranked actions. What it models (docs/generator.md):
//   - hubs: groups, courts, authorities and protests are chosen by preferential
//     attachment (an urn of past choices), so a few attract most ties;
//   - heavy-tailed activity: each person's number of memberships, protests and
//     actions, and each case's number of co-defendants, is power-law distributed;
//   - co-defendant groups: a case's defendants are mostly members of the movement
//     the case concerns, and people already prosecuted are prosecuted again;
//   - parallel edges: repeated actions by the same actor, member_of + supports;
//   - several components: independent regions (no tie crosses a region),
//     small family clusters, and isolated people with no recorded tie.
#include <cstdint>
#include <ostream>

namespace repnet::generators {

struct RepressionNetworkParams {
    std::uint64_t people = 1000;  // number of person nodes; 10 .. 50,000,000
    std::uint64_t seed = 1;       // any value; the same seed gives byte-identical output
    // false: the static network above (dates drawn independently). true: the escalation process of
    // docs/generator.md ("Escalation process"): month by month from 2010-01 to 2024-12, targeting spreads from
    // banned movements and charged people over memberships and ties, so who is charged when is a known,
    // seeded ground truth for `repnet backtest`.
    bool escalation = false;
};

struct RepressionNetworkStats {
    std::uint64_t nodes = 0, edges = 0;
    std::uint64_t regions = 0, prosecutions = 0;
    std::uint64_t isolated_people = 0;   // people with no tie at all, by construction
    std::uint64_t charged_people = 0;    // escalation process: people charged at least once
    std::uint64_t banned_movements = 0;  // escalation process
};

// Streams the network in two forms at once, with the same nodes and edges in the same order:
//   dataset: the repnet dataset format (docs/dataset-format.md), one source "synthetic",
//            evidence on every record; entity i of the file is node i of the edge list;
//   edges:   "# source\ttarget\tweight", then one "s\tt\tw" line per edge (parallel edges
//            kept), node ids 0..nodes-1; the largest id always has an edge.
// Memory is O(nodes), not O(edges). Time O(nodes + edges). Deterministic for a seed.
// Throws InvalidArgument if a parameter is out of range, IoError (without a path) if a stream fails.
// With `escalation`, `truth` (if not null) receives "# person\tfirst_charged" and one line per person ever
// charged: its node id and the date of its first criminal charge, in date order.
RepressionNetworkStats generate_repression_network(const RepressionNetworkParams& params, std::ostream& dataset,
                                                   std::ostream& edges, std::ostream* truth = nullptr);

}  // namespace repnet::generators
