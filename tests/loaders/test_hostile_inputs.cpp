// The hostile-input corpus (tests/data/hostile, MANIFEST.tsv written by
// make_corpus.py) through the real executable: every file ends in exit 0 or in
// exit 2 with file:line:column, within seconds, and a failed export writes
// nothing. Also inputs that are not regular files, and files too big to commit.
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr double kSecondsPerRun = 60;  // ASan/UBSan builds run several times slower
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kSecondsPerRun = 60;
#else
constexpr double kSecondsPerRun = 10;
#endif
#else
constexpr double kSecondsPerRun = 10;
#endif

struct Timed {
    CommandResult result;
    double seconds;
};

// `timeout` turns a hang into exit 124 instead of a stuck test.
Timed run_repnet(const std::string& args) {
    const auto start = std::chrono::steady_clock::now();
    CommandResult r = run("timeout -k 5 " + std::to_string(int(kSecondsPerRun * 2)) + " " + REPNET_BINARY + " " + args);
    return {r, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()};
}

struct Case {
    std::string file;
    int exit_code;
    std::string location;  // regex after the file name
};

std::vector<Case> manifest() {
    std::ifstream in(source_dir() / "tests/data/hostile/MANIFEST.tsv");
    std::vector<Case> cases;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        Case c;
        std::string code;
        std::getline(fields, c.file, '\t');
        std::getline(fields, code, '\t');
        std::getline(fields, c.location, '\t');
        c.exit_code = std::stoi(code);
        cases.push_back(c);
    }
    return cases;
}

bool directory_is_empty(const std::filesystem::path& dir) {
    return std::filesystem::is_empty(dir);
}

// Exit code as expected; for 2, the message names PATH:LINE:COLUMN (matching `location` if given).
void check_outcome(const Timed& t, const std::filesystem::path& path, int expected, const std::string& location) {
    INFO(t.result.output.substr(0, 2000));
    CHECK(t.result.exit_code == expected);
    CHECK(t.seconds < kSecondsPerRun);
    if (expected != 2) return;
    const std::string& out = t.result.output;
    const auto at = out.find(path.string() + ":");
    REQUIRE(at != std::string::npos);
    const std::string rest = out.substr(at + path.string().size());
    const std::string pattern = location.empty() ? ":[0-9]+:[0-9]+:" : location;
    CHECK(std::regex_search(rest, std::regex("^" + pattern)));
}

}  // namespace

TEST_CASE("hostile corpus: validate and export end in exit 0 or 2 with a location, and write nothing on failure",
          "[loaders][hostile]") {
    const auto cases = manifest();
    REQUIRE(cases.size() >= 80);
    const auto out = scratch_dir("hostile");
    for (const auto& c : cases) {
        const auto path = source_dir() / "tests/data/hostile" / c.file;
        INFO(c.file);
        REQUIRE(std::filesystem::is_regular_file(path));
        check_outcome(run_repnet("validate " + quote(path)), path, c.exit_code, c.location);
        const auto target = out / "out.graphml";
        const Timed e = run_repnet("export " + quote(path) + " -o " + quote(target));
        check_outcome(e, path, c.exit_code, c.location);
        if (c.exit_code == 0) {
            CHECK(std::filesystem::is_regular_file(target));
            std::filesystem::remove(target);
        }
        CHECK(directory_is_empty(out));
    }
}

TEST_CASE("hostile inputs too big to commit: a 50 MB string, 100,000 levels of nesting", "[loaders][hostile]") {
    const auto dir = scratch_dir("hostile-big");
    const std::string head =
        R"({"repnet_dataset": 1, "sources": [{"id": "s", "publisher": "p", "title": "t"}], )"
        R"("entities": [{"id": "a", "type": "person", "name": "A", "evidence": [{"source": "s", "locator": ")";
    const std::string tail = R"("}]}]})";
    write_text(dir / "string50mb.json", head + std::string(50'000'000, 'x') + tail);
    const Timed big = run_repnet("validate " + quote(dir / "string50mb.json"));
    check_outcome(big, dir / "string50mb.json", 0, "");

    write_text(dir / "unterminated50mb.json", head + std::string(50'000'000, 'x'));
    check_outcome(run_repnet("validate " + quote(dir / "unterminated50mb.json")), dir / "unterminated50mb.json", 2,
                  ":1:50000[0-9]{3}:");

    write_text(dir / "deep.json", std::string(100'000, '[') + std::string(100'000, ']'));
    const Timed deep = run_repnet("validate " + quote(dir / "deep.json"));
    check_outcome(deep, dir / "deep.json", 2, ":1:513:");
    CHECK(deep.result.output.find("nesting deeper than 512 levels") != std::string::npos);
}

TEST_CASE("hostile CSV sheets too big to commit: a 1 MB cell, a 1 MB quoted cell never closed", "[loaders][hostile]") {
    const auto dir = scratch_dir("hostile-csv-big");
    write_text(dir / "big-sources.csv", "id,publisher,title\ns,p,t\n");
    write_text(dir / "big-entities.csv",
               "id,type,name,source,locator,note\na,person,Alice,s,1,\"" + std::string(1 << 20, 'x') + "\"\n");
    check_outcome(run_repnet("validate " + quote(dir / "big-entities.csv")), dir / "big-entities.csv", 0, "");
    write_text(dir / "open-sources.csv", "id,publisher,title\ns,p,t\n");
    write_text(dir / "open-entities.csv",
               "id,type,name,source,locator,note\na,person,Alice,s,1,\"" + std::string(1 << 20, 'x') + "\n");
    const Timed open = run_repnet("validate " + quote(dir / "open-entities.csv"));
    check_outcome(open, dir / "open-entities.csv", 2, ":2:20:");
    CHECK(open.result.output.find("never closed") != std::string::npos);
}

TEST_CASE("DATASET must be a regular file or a directory of regular files", "[loaders][hostile]") {
    const auto dir = scratch_dir("hostile-files");
    // A FIFO with no writer: reading it would block forever.
    REQUIRE(::mkfifo((dir / "fifo.json").c_str(), 0600) == 0);
    Timed t = run_repnet("validate " + quote(dir / "fifo.json"));
    CHECK(t.result.exit_code == 2);
    CHECK(t.result.output.find("FIFO") != std::string::npos);
    t = run_repnet("validate " + quote(dir / "fifo.json") + ".tsv");  // missing edge list
    CHECK(t.result.exit_code == 2);
    REQUIRE(::mkfifo((dir / "fifo.tsv").c_str(), 0600) == 0);
    CHECK(run_repnet("stats " + quote(dir / "fifo.tsv")).result.exit_code == 2);

    // A device that never ends.
    t = run_repnet("validate /dev/zero");
    CHECK(t.result.exit_code == 2);
    CHECK(t.result.output.find("character device") != std::string::npos);

    // A socket.
    const auto sock_path = dir / "sock.json";
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (fd >= 0 && sock_path.string().size() < sizeof addr.sun_path) {
        std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", sock_path.c_str());
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
            t = run_repnet("validate " + quote(sock_path));
            CHECK(t.result.exit_code == 2);
            CHECK(t.result.output.find("socket") != std::string::npos);
        }
    }
    if (fd >= 0) ::close(fd);

    // A directory with a FIFO among its *.json files.
    const auto d1 = dir / "with-fifo";
    std::filesystem::create_directories(d1);
    std::filesystem::copy_file(sample_dataset(), d1 / "a.json");
    REQUIRE(::mkfifo((d1 / "b.json").c_str(), 0600) == 0);
    t = run_repnet("validate " + quote(d1));
    CHECK(t.result.exit_code == 2);
    CHECK(t.result.output.find((d1 / "b.json").string()) != std::string::npos);

    // A symlink loop in a dataset directory, and as DATASET itself.
    const auto d2 = dir / "loop";
    std::filesystem::create_directories(d2);
    std::filesystem::create_symlink("x.json", d2 / "x.json");
    t = run_repnet("validate " + quote(d2));
    INFO(t.result.output);
    CHECK(t.result.exit_code == 2);
    CHECK(t.result.output.find("symlink loop") != std::string::npos);
    CHECK(t.result.output.find("internal error") == std::string::npos);
    t = run_repnet("validate " + quote(d2 / "x.json"));
    CHECK(t.result.exit_code == 2);

    // The size guard.
    t = run_repnet("validate --max-file-size 100 " + quote(sample_dataset()));
    CHECK(t.result.exit_code == 2);
    CHECK(t.result.output.find("--max-file-size") != std::string::npos);
    CHECK(run_repnet("validate --max-file-size 100000 " + quote(sample_dataset())).result.exit_code == 0);

    // Permission denied (root reads everything, so only checked as another user).
    if (::geteuid() != 0) {
        const auto d3 = dir / "locked";
        std::filesystem::create_directories(d3);
        std::filesystem::copy_file(sample_dataset(), d3 / "a.json");
        std::filesystem::permissions(d3 / "a.json", std::filesystem::perms::none);
        t = run_repnet("validate " + quote(d3));
        CHECK(t.result.exit_code == 2);
        CHECK(t.result.output.find("permission denied") != std::string::npos);
        std::filesystem::permissions(d3, std::filesystem::perms::none);
        t = run_repnet("validate " + quote(d3));
        CHECK(t.result.exit_code == 2);
        std::filesystem::permissions(d3, std::filesystem::perms::owner_all);
    } else {
        WARN("running as root: the permission-denied cases are not exercised");
    }
}
