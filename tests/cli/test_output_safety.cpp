// Output safety end to end: inputs are never overwritten, failed writes exit 1
// in every command with nothing left behind, analyze is all-or-nothing,
// signals remove temporary files, control characters from data never reach
// the terminal raw, numeric options are checked, large hubs are guarded.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

// The exit code of an IoError (cli/main.cpp), the same for every command.
constexpr int kIoErrorExit = 4;

// Runs repnet with the file-size limit at 1 KiB (writes then fail with EFBIG,
// as on a full disk; SIGXFSZ is ignored so the write returns the error).
CommandResult run_repnet_small_disk(const std::string& args) {
    return run("sh -c \"trap '' XFSZ; ulimit -f 2; exec " + std::string(REPNET_BINARY) + " " + args + "\"");
}

std::size_t count_matching(const std::filesystem::path& dir, const std::string& fragment) {
    std::size_t n = 0;
    if (!std::filesystem::exists(dir)) return 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        n += entry.path().filename().string().find(fragment) != std::string::npos;
    return n;
}

bool has_raw_controls(const std::string& s) {
    return s.find('\x1b') != std::string::npos || s.find('\x07') != std::string::npos ||
           s.find('\0') != std::string::npos || s.find("\xc2\x9b") != std::string::npos;
}

}  // namespace

TEST_CASE("export refuses to overwrite its input", "[cli][output-safety]") {
    const auto dir = scratch_dir("cli-protect");
    std::filesystem::copy_file(sample_dataset(), dir / "in.json");
    const std::string before = read_text(dir / "in.json");
    const auto r = run_repnet("export " + quote(dir / "in.json") + " -o " + quote(dir / "in.json"));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("refusing to overwrite") != std::string::npos);
    CHECK(read_text(dir / "in.json") == before);
    // Another spelling of the same file, and a file of a dataset directory.
    CHECK(run_repnet("export " + quote(dir / "in.json") + " -o " + quote(dir / "." / "in.json")).exit_code == 1);
    CHECK(run_repnet("export " + quote(dir) + " -o " + quote(dir / "in.json")).exit_code == 1);
    CHECK(run_repnet("clusters " + quote(dir / "in.json") + " -o " + quote(dir / "in.json")).exit_code == 1);
    CHECK(read_text(dir / "in.json") == before);
    CHECK(count_matching(dir, ".tmp-") == 0);
    // Writing elsewhere still works.
    CHECK(run_repnet("export " + quote(dir / "in.json") + " -o " + quote(dir / "out.graphml")).exit_code == 0);
}

TEST_CASE("re-exporting over a 0600 file keeps it 0600", "[cli][output-safety]") {
    const auto dir = scratch_dir("cli-mode");
    write_text(dir / "out.graphml", "old");
    REQUIRE(::chmod((dir / "out.graphml").c_str(), 0600) == 0);
    REQUIRE(run_repnet("export " + quote(sample_dataset()) + " -o " + quote(dir / "out.graphml")).exit_code == 0);
    struct stat st {};
    REQUIRE(::stat((dir / "out.graphml").c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
    CHECK(read_text(dir / "out.graphml").find("</graphml>") != std::string::npos);
}

TEST_CASE("a failed write (file too large, as on a full disk) exits 1 in every command, leaving nothing",
          "[cli][output-safety]") {
    const auto dir = scratch_dir("cli-disk-full");
    const std::string data = quote(sample_dataset());
    struct Case {
        const char* name;
        std::string args;
        std::filesystem::path out;
    };
    const std::vector<Case> cases = {
        {"export", "export " + data + " -o " + quote(dir / "e.graphml"), dir / "e.graphml"},
        {"export gexf", "export " + data + " --format gexf -o " + quote(dir / "e.gexf"), dir / "e.gexf"},
        {"analyze", "analyze " + data + " -o " + quote(dir / "a"), dir / "a" / "graph.graphml"},
        {"generate", "generate --people 200 -o " + quote(dir / "g"), dir / "g" / "dataset.json"},
        {"clusters", "clusters " + data + " --all --json -o " + quote(dir / "c.json"), dir / "c.json"},
        {"centrality", "centrality " + data + " --csv -o " + quote(dir / "c.csv"), dir / "c.csv"},
    };
    for (const auto& c : cases) {
        const auto r = run_repnet_small_disk(c.args);
        INFO(c.name << ": " << r.output);
        CHECK(r.exit_code == kIoErrorExit);
        CHECK(r.output.find("cannot write") != std::string::npos);
        CHECK(r.output.find("internal error") == std::string::npos);
        CHECK_FALSE(std::filesystem::exists(c.out));
    }
    CHECK_FALSE(std::filesystem::exists(dir / "a" / "report.json"));
    CHECK_FALSE(std::filesystem::exists(dir / "a" / "graph.gexf"));
    CHECK_FALSE(std::filesystem::exists(dir / "g" / "edges.tsv"));
    CHECK(count_matching(dir, ".tmp-") == 0);
    // Standard output on a full device: the same exit code.
    if (std::filesystem::exists("/dev/full")) {
        const auto r = run("{ " + std::string(REPNET_BINARY) + " clusters " + data + " --json >/dev/full; }");
        INFO(r.output);
        CHECK(r.exit_code == kIoErrorExit);
        CHECK(r.output.find("cannot write to standard output") != std::string::npos);
    }
}

TEST_CASE("analyze is all-or-nothing: a failure on report.json leaves the previous outputs untouched",
          "[cli][output-safety]") {
    const auto dir = scratch_dir("cli-analyze-atomic");
    const auto out = dir / "out";
    REQUIRE(run_repnet("analyze " + quote(sample_dataset()) + " -o " + quote(out)).exit_code == 0);
    const std::string graphml = read_text(out / "graph.graphml"), gexf = read_text(out / "graph.gexf");
    // report.json becomes a directory, so it cannot be replaced; the next run analyses another dataset.
    std::filesystem::remove(out / "report.json");
    std::filesystem::create_directories(out / "report.json" / "keep");
    const auto r = run_repnet("analyze -o " + quote(out));  // the built-in dataset: different output
    INFO(r.output);
    CHECK(r.exit_code == kIoErrorExit);
    CHECK(r.output.find("report.json") != std::string::npos);
    CHECK(read_text(out / "graph.graphml") == graphml);
    CHECK(read_text(out / "graph.gexf") == gexf);
    CHECK(std::filesystem::is_directory(out / "report.json" / "keep"));
    CHECK(count_matching(out, ".tmp-") == 0);
    // With report.json writable again, the new outputs replace all three.
    std::filesystem::remove_all(out / "report.json");
    REQUIRE(run_repnet("analyze -o " + quote(out)).exit_code == 0);
    CHECK(read_text(out / "graph.graphml") != graphml);
    CHECK(std::filesystem::is_regular_file(out / "report.json"));
}

TEST_CASE("SIGINT and SIGTERM remove the temporary files of a running write", "[cli][output-safety]") {
    for (int sig : {SIGTERM, SIGINT}) {
        const auto dir = scratch_dir("cli-signal");
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, 1);
            ::dup2(null, 2);
            ::signal(SIGINT, SIG_DFL);
            ::signal(SIGTERM, SIG_DFL);
            ::execl(REPNET_BINARY, "repnet", "generate", "--people", "3000000", "-o", dir.c_str(), nullptr);
            ::_exit(127);
        }
        bool seen = false;
        for (int i = 0; i < 600 && !seen; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            seen = count_matching(dir, ".tmp-") > 0;
        }
        int status = 0;
        if (!seen) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            WARN("SKIPPED: the temporary file never appeared (generate finished too fast?)");
            continue;
        }
        REQUIRE(::kill(child, sig) == 0);
        REQUIRE(::waitpid(child, &status, 0) == child);
        INFO("signal " << sig);
        CHECK(WIFSIGNALED(status));
        if (WIFSIGNALED(status)) CHECK(WTERMSIG(status) == sig);
        CHECK(count_matching(dir, ".tmp-") == 0);
        CHECK_FALSE(std::filesystem::exists(dir / "dataset.json"));
    }
}

TEST_CASE("control characters in data are escaped on the terminal by every command", "[cli][output-safety]") {
    const auto dir = scratch_dir("cli-terminal");
    std::string text = read_text(sample_dataset());
    auto replace_all = [&](const std::string& from, const std::string& to) {
        for (std::size_t i; (i = text.find(from)) != std::string::npos;) text.replace(i, from.size(), to);
    };
    const std::string evil = "\\u001b[31mRED\\u001b]0;title\\u0007 \\u0000 \\u009b2J";
    replace_all("\"Aigerim Example\"", "\"" + evil + " Aigerim\"");
    replace_all("\"Example City Police\"", "\"" + evil + " Police\"");
    replace_all("\"Case against Aigerim and Bolat\"", "\"" + evil + " Case\"");
    const auto file = dir / "evil\x1b[31m.json";  // the dataset name, printed by stats and validate
    write_text(file, text);
    const std::vector<std::string> commands = {
        "analyze " + quote(file) + " -o " + quote(dir / "out"),
        "centrality " + quote(file),
        "clusters " + quote(file) + " --all",
        "timeline " + quote(file) + " --person p.aigerim",
        "escalation " + quote(file) + " --from auth.police",
        "risk " + quote(file),
        "stats " + quote(file),
        "validate " + quote(file),
    };
    for (const auto& c : commands) {
        const auto r = run_repnet(c);
        INFO(c << "\n" << r.output);
        CHECK(r.exit_code == 0);
        CHECK_FALSE(has_raw_controls(r.output));
        CHECK(r.output.find("\\x1b[31m") != std::string::npos);  // the data was printed, escaped
    }
    // ... and inside loader error messages.
    std::string bad = text;
    const auto at = bad.find("\"type\": \"person\"");
    REQUIRE(at != std::string::npos);
    bad.replace(at, 16, "\"type\": \"\\u001b[2Jpersn\\u0007\"");
    write_text(dir / "bad.json", bad);
    const auto r = run_repnet("validate " + quote(dir / "bad.json"));
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK_FALSE(has_raw_controls(r.output));
    CHECK(r.output.find("\\x1b[2Jpersn") != std::string::npos);
    const auto lenient = run_repnet("stats --lenient " + quote(dir / "bad.json"));
    CHECK_FALSE(has_raw_controls(lenient.output));
}

TEST_CASE("numeric options: NaN, negative and zero values are refused, naming the parameter", "[cli][output-safety]") {
    const std::string data = quote(sample_dataset());
    const auto dir = scratch_dir("cli-numeric");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"centrality --tol nan", "tolerance"},
        {"centrality --tol -1", "tolerance"},
        {"centrality --tol 0", "tolerance"},
        {"centrality --tol inf", "tolerance"},
        {"centrality --max-iter 0", "max_iterations"},
        {"centrality --measure degree --max-iter 0", "max_iterations"},
        {"centrality --measure degree --tol nan", "tolerance"},
        {"centrality --damping nan", "damping"},
        {"centrality --measure degree --damping -0.5", "damping"},
        {"centrality --katz-alpha nan", "katz_alpha"},
        {"centrality --katz-beta inf", "katz_beta"},
        {"centrality --approx nan", "approx"},
        {"centrality --approx -0.1", "approx"},
        {"centrality --approx 0.1 --confidence nan", "confidence"},
        {"clusters --resolution nan", "resolution"},
        {"clusters --resolution -1", "resolution"},
        {"clusters --resolution 0", "resolution"},
        {"clusters --iterations -1", "iterations"},
        {"clusters --algorithm kcore --k 0", "k"},
        {"clusters --link court:nan", "weight"},
        {"clusters --link court:-1", "weight"},
        {"clusters --link court:-5d", "window"},
        {"risk --damping nan", "damping"},
        {"risk --tolerance nan", "tolerance"},
        {"risk --tolerance -1", "tolerance"},
        {"risk --max-iterations 0", "max_iterations"},
        {"risk --half-life nan", "half_life"},
        {"risk --half-life 0", "half_life"},
        {"risk --undated-weight nan", "undated_weight"},
        {"risk --seed-min-rank 0", "seed_min_rank"},
        {"generate --people nan", "people"},
        {"generate --people -5", "people"},
        {"generate --people 0", "people"},
    };
    for (const auto& [args, parameter] : cases) {
        const auto space = args.find(' ');
        const bool generate = args.rfind("generate", 0) == 0;
        const std::string command = args.substr(0, space) + (generate ? "" : " " + data) + args.substr(space) +
                                    (generate ? " -o " + quote(dir / "g") : "");
        const auto r = run_repnet(command);
        INFO(command << "\n" << r.output);
        CHECK(r.exit_code == 1);
        CHECK(r.output.find(parameter) != std::string::npos);
        CHECK(r.output.find("internal error") == std::string::npos);
    }
}

TEST_CASE("centrality --approx refuses an epsilon that needs too many samples", "[cli][output-safety]") {
    const auto r = run_repnet("centrality " + quote(sample_dataset()) + " --measure betweenness --approx 1e-9");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("epsilon") != std::string::npos);
    CHECK(r.output.find("limit of 100000000") != std::string::npos);
    // A reasonable epsilon still runs.
    CHECK(run_repnet("centrality " + quote(sample_dataset()) + " --measure betweenness --approx 0.05").exit_code == 0);
}
