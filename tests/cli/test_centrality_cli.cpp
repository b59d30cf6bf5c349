// repnet centrality end to end, and the centrality outputs of analyze.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

// Four people in one movement (a star around it), and a court tied to person a twice.
std::filesystem::path star_dataset(const std::filesystem::path& dir) {
    const auto file = dir / "star.json";
    write_text(file,
               dataset_json(entity("m", "movement", "Movement") + "," + entity("a", "person", "Aida") + "," +
                                entity("b", "person", "Bolat") + "," + entity("c", "person", "Chingiz") + "," +
                                entity("d", "person", "Dana") + "," + entity("k", "court", "Court"),
                            relation("a", "m", "member_of") + "," + relation("b", "m", "member_of") + "," +
                                relation("c", "m", "member_of") + "," + relation("d", "m", "member_of") + "," +
                                relation("k", "a", "detained") + "," + relation("k", "a", "fined", ", \"weight\": 2")));
    return file;
}

// CSV row of the node with this id, split on commas (the test names have none).
std::vector<std::string> csv_row(const std::string& csv, const std::string& id) {
    std::istringstream in(csv);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(id + ",", 0) == 0) {
            std::vector<std::string> cells;
            std::istringstream l(line);
            std::string c;
            while (std::getline(l, c, ',')) cells.push_back(c);
            return cells;
        }
    return {};
}

}  // namespace

TEST_CASE("centrality prints a ranked table and writes CSV and timings", "[cli][centrality]") {
    const auto dir = scratch_dir("cli-centrality");
    const auto data = star_dataset(dir);
    const auto r = run_repnet("centrality " + quote(data) +
                              " --measure degree,strength,betweenness,pagerank --top 2 --csv=" + quote(dir / "c.csv") +
                              " --timings " + quote(dir / "t.json"));  // the old --csv=FILE: both
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("undirected simple view, unweighted, 6 nodes, 5 edges") != std::string::npos);
    CHECK(r.output.find("     1  Movement") != std::string::npos);
    const std::string csv = read_text(dir / "c.csv");
    CHECK(csv.rfind("id,name,type,city,role,degree,strength,betweenness,pagerank,degree_person,", 0) == 0);
    // The movement is the centre of a star of 4 leaves (+ a's court): it lies on every path
    // between a, b, c, d and between k and b, c, d: 9 of the C(5,2) = 10 pairs.
    const auto m = csv_row(csv, "m");
    REQUIRE(m.size() > 6);
    CHECK(m[5] == "4");
    CHECK(std::stod(m[7]) == Approx(9.0 / 10));
    const auto a = csv_row(csv, "a");
    CHECK(a[5] == "2");
    CHECK(a[6] == "4");  // strength: detained (1) + fined (2) + member_of (1)

    rapidjson::Document t;
    t.Parse(read_text(dir / "t.json").c_str());
    REQUIRE_FALSE(t.HasParseError());
    CHECK(t["load_seconds"].IsNumber());
    CHECK(t["view_seconds"].IsNumber());
    CHECK(t["measures"].MemberCount() == 4);
    CHECK(t["measures"]["betweenness"].GetDouble() >= 0);
}

TEST_CASE("centrality output does not depend on threads and repeats byte for byte", "[cli][centrality]") {
    const auto dir = scratch_dir("cli-centrality-det");
    const std::string base = "centrality --top 3 --csv -o ";
    REQUIRE(run_repnet(base + quote(dir / "one.csv") + " --threads 1").exit_code == 0);
    REQUIRE(run_repnet(base + quote(dir / "two.csv") + " --threads 2").exit_code == 0);
    CHECK(read_text(dir / "one.csv") == read_text(dir / "two.csv"));
    CHECK(read_text(dir / "one.csv").size() > 1000);
    REQUIRE(run_repnet(base + quote(dir / "a1.csv") + " --approx 0.1 --seed 5 --threads 1").exit_code == 0);
    REQUIRE(run_repnet(base + quote(dir / "a2.csv") + " --approx 0.1 --seed 5 --threads 2").exit_code == 0);
    CHECK(read_text(dir / "a1.csv") == read_text(dir / "a2.csv"));
}

TEST_CASE("centrality views: types, projection, directed", "[cli][centrality]") {
    const auto dir = scratch_dir("cli-centrality-views");
    const auto data = star_dataset(dir);
    auto r = run_repnet("centrality " + quote(data) +
                        " --measure degree --types person,court --csv=" + quote(dir / "t.csv"));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("5 nodes, 1 edges") != std::string::npos);
    CHECK(csv_row(read_text(dir / "t.csv"), "m").empty());
    // Projection: the four people share the movement, so they form K4.
    r = run_repnet("centrality " + quote(data) + " --measure degree,strength --project person --weighted --csv -o " +
                   quote(dir / "p.csv"));
    REQUIRE(r.exit_code == 0);
    CHECK(csv_row(read_text(dir / "p.csv"), "b")[5] == "3");
    r = run_repnet("centrality " + quote(data) + " --measure degree --directed --csv -o " + quote(dir / "d.csv"));
    REQUIRE(r.exit_code == 0);
    const auto m = csv_row(read_text(dir / "d.csv"), "m");
    CHECK(read_text(dir / "d.csv").rfind("id,name,type,city,role,degree,in_degree,out_degree,", 0) == 0);
    CHECK(m[6] == "4");
    CHECK(m[7] == "0");
}

TEST_CASE("centrality errors: usage 1, no convergence 2 with nothing written", "[cli][centrality]") {
    const auto dir = scratch_dir("cli-centrality-errors");
    CHECK(run_repnet("centrality --measure closenes").exit_code == 1);
    CHECK(run_repnet("centrality --seed 3").exit_code == 1);  // --seed needs --approx
    CHECK(run_repnet("centrality --approx 2").exit_code == 1);
    CHECK(run_repnet("centrality --types persn").exit_code == 1);
    CHECK(run_repnet("centrality --project court").exit_code == 1);
    CHECK(run_repnet("centrality --project person --directed").exit_code == 1);
    CHECK(run_repnet("centrality --measure pagerank --damping 1.5").exit_code == 1);
    CHECK(run_repnet("centrality --measure pagerank --personalize nobody").exit_code == 1);
    const auto r = run_repnet("centrality --measure degree,katz --katz-alpha 0.9 --csv -o " + quote(dir / "k.csv") +
                              " --timings " + quote(dir / "t.json"));
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find("katz diverged") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "k.csv"));
    CHECK(std::filesystem::exists(dir / "t.json"));  // timings are still a true record
    const auto slow = run_repnet("centrality --measure pagerank --max-iterations 2");
    CHECK(slow.exit_code == 2);
    CHECK(slow.output.find("pagerank did not converge in 2 iterations") != std::string::npos);
}

TEST_CASE("analyze writes every measure to GraphML and report.json", "[cli][centrality][analyze]") {
    const auto dir = scratch_dir("cli-analyze-centrality");
    const auto data = star_dataset(dir);
    REQUIRE(run_repnet("analyze " + quote(data) + " -o " + quote(dir / "out")).exit_code == 0);
    const std::string xml = read_text(dir / "out" / "graph.graphml");
    for (const char* key : {"degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
                            "katz", "hub", "authority"}) {
        INFO(key);
        CHECK(xml.find(std::string("attr.name=\"") + key + "\" attr.type=\"double\"") != std::string::npos);
    }
    rapidjson::Document rep;
    rep.Parse(read_text(dir / "out" / "report.json").c_str());
    REQUIRE_FALSE(rep.HasParseError());
    const auto& c = rep["centrality"]["measures"];
    CHECK(c.MemberCount() == 10);
    CHECK(std::string(c["betweenness"]["top"][0]["id"].GetString()) == "m");
    CHECK(c["betweenness"]["top"].Size() == 6);
    CHECK(c["pagerank"]["converged"].GetBool());
    CHECK(c["pagerank"]["iterations"].GetUint() >= 1);
    CHECK_FALSE(c["degree"].HasMember("converged"));
    CHECK(c["pagerank"]["threshold"].GetDouble() == 1e-10);
    // Katz's alpha chosen as 0.85 / lambda_max, both recorded; never dropped.
    CHECK(c["katz"]["converged"].GetBool());
    CHECK(c["katz"]["alpha_fraction"].GetDouble() == 0.85);
    CHECK(c["katz"]["alpha"].GetDouble() == Approx(0.85 / c["katz"]["lambda_max"].GetDouble()));
    CHECK(c["katz"]["lambda_max"].GetDouble() > 1);
}

TEST_CASE("centrality --networkx-defaults and --katz-fraction", "[cli][centrality]") {
    const auto dir = scratch_dir("cli-centrality-rules");
    const auto data = star_dataset(dir);
    const auto precise = run_repnet("centrality " + quote(data) + " --measure pagerank,katz --katz-fraction 0.5");
    INFO(precise.output);
    CHECK(precise.exit_code == 0);
    CHECK(precise.output.find("/ lambda_max") != std::string::npos);
    const auto loose = run_repnet("centrality " + quote(data) + " --measure pagerank --networkx-defaults");
    INFO(loose.output);
    CHECK(loose.exit_code == 0);
    // NetworkX's rule stops at a change of n * 1e-6, the precise rule below 1e-10. (Step counts
    // do not compare: the precise rule sweeps Gauss-Seidel, twice as fast on a star.)
    auto residual = [](const std::string& out) {
        const auto at = out.find("pagerank (");
        const auto r = out.find("residual ", at);
        return at == std::string::npos || r == std::string::npos ? -1.0 : std::stod(out.substr(r + 9));
    };
    CHECK(residual(loose.output) > 1e-10);
    CHECK(residual(loose.output) < 6 * 1e-6);
    CHECK(residual(precise.output) > 0);
    CHECK(residual(precise.output) < 1e-10);
}

TEST_CASE("centrality --help lists the options", "[cli][centrality]") {
    const auto r = run_repnet("centrality --help");
    CHECK(r.exit_code == 0);
    for (const char* opt : {"--measure", "--top", "--csv", "--weighted", "--directed", "--types", "--project",
                            "--approx", "--confidence", "--seed", "--timings"})
        CHECK(r.output.find(opt) != std::string::npos);
}

TEST_CASE("rankings leave generic entities out unless --include-generic, most ties counts distinct neighbours",
          "[cli][generic]") {
    // A generic police entity joins two groups: the top broker and the most tied node, both left out by default.
    std::string entities = entity("police", "authority", "Kazakhstan police", ", \"generic\": true") + "," +
                           entity("x", "organisation", "Xorg") + "," + entity("y", "organisation", "Yorg") + "," +
                           entity("k", "court", "Court");
    std::string relations;
    const std::vector<std::string> people = {"a1", "a2", "a3", "b1", "b2", "b3"};
    const std::vector<std::string> days = {"01", "02", "03", "04", "05", "06"};
    for (std::size_t i = 0; i < people.size(); ++i) {
        std::string name = "Person ";
        name += people[i];
        std::string date = ", \"date\": \"2019-01-";
        date += days[i];
        date += "\"";
        entities += ",";
        entities += entity(people[i], "person", name);
        relations += relation(people[i], people[i][0] == 'a' ? "x" : "y", "member_of");
        relations += ",";
        relations += relation("police", people[i], "detained", date);
        relations += ",";
    }
    // Court cites a1 six times (six dated actions): six ties in the multigraph, one neighbour.
    for (const auto& month : days) {
        std::string date = ", \"date\": \"2020-";
        date += month;
        date += "\"";
        relations += relation("k", "a1", "fined", date);
        relations += ",";
    }
    relations.pop_back();
    const auto dir = scratch_dir("generic-rankings");
    write_text(dir / "g.json", dataset_json(entities, relations));

    const auto c = run_repnet("centrality " + quote(dir / "g.json") + " --measure betweenness,degree");
    INFO(c.output);
    REQUIRE(c.exit_code == 0);
    CHECK(c.output.find("Kazakhstan police") == std::string::npos);
    CHECK(c.output.find("generic entities (placeholders for unnamed bodies) are left out") != std::string::npos);
    const auto ci = run_repnet("centrality " + quote(dir / "g.json") + " --measure betweenness --include-generic");
    CHECK(ci.output.find("     1  Kazakhstan police") != std::string::npos);

    const auto a = run_repnet("analyze " + quote(dir / "g.json") + " -o " + quote(dir / "out"));
    INFO(a.output);
    REQUIRE(a.exit_code == 0);
    CHECK(a.output.find("Kazakhstan police") == std::string::npos);
    CHECK(a.output.find("generic entities left out of these rankings; --include-generic puts them back") !=
          std::string::npos);
    // a1: Xorg, police and the court = 3 distinct neighbours, not 8 ties.
    CHECK(a.output.find("    3  Person a1 (person)") != std::string::npos);
    const auto ai =
        run_repnet("analyze " + quote(dir / "g.json") + " -o " + quote(dir / "out2") + " --include-generic");
    CHECK(ai.output.find("    6  Kazakhstan police (authority)") != std::string::npos);
}
