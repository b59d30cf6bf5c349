// cli/main.cpp end to end: --version, unknown commands with a suggestion.
#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

}  // namespace

TEST_CASE("repnet --version prints the version, the commit and the build type", "[cli][main]") {
    const auto r = run_repnet("--version");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.rfind("repnet 0.", 0) == 0);
    CHECK(r.output.find("(commit ") != std::string::npos);
    CHECK(r.output.find(" build)") != std::string::npos);
    // The commit is the checkout's when the source is a git checkout (the build under test), else "unknown".
    const auto git = run("git -C " + quote(source_dir()) + " rev-parse --short=12 HEAD");
    if (git.exit_code == 0 && git.output.size() >= 13)
        CHECK(r.output.find("(commit " + git.output.substr(0, 12)) != std::string::npos);
    else
        CHECK(r.output.find("(commit unknown") != std::string::npos);
}

TEST_CASE("the commit lookup says unknown in a source tree without git", "[cli][main]") {
    const auto dir = scratch_dir("no-git");
    const std::string script = (source_dir() / "cli" / "git_commit.cmake").string();
    const auto none = run("cmake -DSOURCE_DIR=" + quote(dir) + " -P " + quote(script));
    INFO(none.output);
    CHECK(none.exit_code == 0);
    CHECK(none.output.find("commit: unknown") != std::string::npos);
    // A tree inside another repository (a tarball unpacked in a checkout) does not take that repository's commit.
    REQUIRE(run("git init -q " + quote(dir)).exit_code == 0);
    std::filesystem::create_directories(dir / "repnet-0.1.0");
    REQUIRE(run("git -C " + quote(dir) + " -c user.email=t@t -c user.name=t commit -q --allow-empty -m x").exit_code ==
            0);
    const auto nested = run("cmake -DSOURCE_DIR=" + quote(dir / "repnet-0.1.0") + " -P " + quote(script));
    CHECK(nested.output.find("commit: unknown") != std::string::npos);
    const auto top = run("cmake -DSOURCE_DIR=" + quote(dir) + " -P " + quote(script));
    INFO(top.output);
    CHECK(top.output.find("commit: unknown") == std::string::npos);
    CHECK(top.output.find("commit: ") != std::string::npos);
}

TEST_CASE("an unknown command suggests the nearest one and exits 1", "[cli][main]") {
    const auto r = run_repnet("timelin --person x");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("unknown command 'timelin'; did you mean 'timeline'?") != std::string::npos);
    const auto far = run_repnet("frobnicate");
    CHECK(far.exit_code == 1);
    CHECK(far.output.find("unknown command 'frobnicate'; the commands are: validate, stats,") != std::string::npos);
    // An option before the command does not hide it; no command at all still asks for one.
    CHECK(run_repnet("--help-all").exit_code == 0);
    const auto none = run_repnet("");
    CHECK(none.exit_code == 1);
    CHECK(none.output.find("A subcommand is required") != std::string::npos);
}
