// analyze at scale: progress on stderr, sampling above the exact limit said in the summary
// and report.json, Ctrl-C stops the computation with exit 5 and nothing written.
#include <fcntl.h>
#include <signal.h>
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

}  // namespace

TEST_CASE("analyze shows progress when asked, plain lines off a terminal, none with --quiet", "[cli][progress]") {
    const auto dir = scratch_dir("cli-analyze-progress");
    const std::string data = quote(sample_dataset());
    const auto shown = run_repnet("analyze " + data + " -o " + quote(dir / "a") + " --progress");
    REQUIRE(shown.exit_code == 0);
    for (const char* line : {"repnet analyze: loading\n", "repnet analyze: leiden\n", "repnet analyze: betweenness\n",
                             "repnet analyze: writing done in "})
        CHECK(shown.output.find(line) != std::string::npos);
    CHECK(shown.output.find('\r') == std::string::npos);
    // Not a terminal and not asked: no progress; --quiet: none either.
    for (const char* flag : {"", " --quiet"}) {
        const auto r = run_repnet("analyze " + data + " -o " + quote(dir / "b") + flag);
        REQUIRE(r.exit_code == 0);
        CHECK(r.output.find("repnet analyze: loading") == std::string::npos);
    }
    CHECK(run_repnet("analyze " + data + " -o " + quote(dir / "c") + " --progress --quiet").exit_code == 1);
}

TEST_CASE("analyze samples the path measures above --exact-limit and says so", "[cli][analyze][approx]") {
    const auto dir = scratch_dir("cli-analyze-sampled");
    const std::string data = quote(sample_dataset());
    const auto sampled = run_repnet("analyze " + data + " -o " + quote(dir / "s") + " --exact-limit 1");
    REQUIRE(sampled.exit_code == 0);
    CHECK(sampled.output.find("sampled: ") != std::string::npos);
    CHECK(sampled.output.find("betweenness within 0.01 of exact with probability 0.9") != std::string::npos);
    const std::string report = read_text(dir / "s" / "report.json");
    CHECK(report.find("\"approximate\"") != std::string::npos);
    CHECK(report.find("Riondato-Kornaropoulos") != std::string::npos);
    // --exact overrides the limit; the default limit leaves a small dataset exact.
    for (const char* flags : {" --exact-limit 1 --exact", ""}) {
        const auto exact = run_repnet("analyze " + data + " -o " + quote(dir / "e") + flags);
        REQUIRE(exact.exit_code == 0);
        CHECK(exact.output.find("sampled: ") == std::string::npos);
        CHECK(read_text(dir / "e" / "report.json").find("\"approximate\"") == std::string::npos);
    }
}

TEST_CASE("Ctrl-C during analyze stops it with exit 5 and leaves no file", "[cli][analyze][signal]") {
    const auto dir = scratch_dir("cli-analyze-sigint");
    // 24,200 people: exact betweenness takes tens of seconds, long enough to interrupt.
    REQUIRE(run_repnet("generate --people 24200 -o " + quote(dir / "data")).exit_code == 0);
    const auto log = dir / "stderr.txt";
    const auto out = dir / "out";
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        const int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(null, 1);
        ::dup2(err, 2);
        ::signal(SIGINT, SIG_DFL);
        const std::string data = (dir / "data" / "dataset.json").string();
        ::execl(REPNET_BINARY, "repnet", "analyze", data.c_str(), "-o", out.c_str(), "--progress", "--exact", nullptr);
        ::_exit(127);
    }
    bool computing = false;
    // No time limit that a busy machine could exceed: under ASan with other tests running, loading
    // alone took 51 s; ten minutes is a hang, not a slow machine.
    for (int i = 0; i < 12000 && !computing; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        computing = read_text(log).find("repnet analyze: betweenness\n") != std::string::npos;
    }
    int status = 0;
    if (!computing) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
        FAIL("analyze never reached betweenness: " << read_text(log));
    }
    REQUIRE(::kill(child, SIGINT) == 0);
    REQUIRE(::waitpid(child, &status, 0) == child);
    const std::string err = read_text(log);
    INFO(err);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 5);
    CHECK(err.find("cancelled") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));  // not even the output directory
}
