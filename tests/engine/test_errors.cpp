#include <catch2/catch.hpp>

#include "engine/errors.hpp"
#include "engine/run_context.hpp"

using namespace repnet;

TEST_CASE("InvalidArgument names the parameter, the rule and the value", "[engine][errors]") {
    const InvalidArgument e("damping", "must be in [0, 1)", argument_text(1.5));
    CHECK(std::string(e.what()) == "damping must be in [0, 1), got 1.5");
    CHECK(e.parameter() == "damping");
    CHECK(e.rule() == "must be in [0, 1)");
    CHECK(e.value() == "1.5");
    // Callers that only know the standard library still catch it.
    CHECK_THROWS_AS(throw e, std::invalid_argument);
}

TEST_CASE("argument_text writes the shortest exact form of a number", "[engine][errors]") {
    CHECK(argument_text(0.1) == "0.1");
    CHECK(argument_text(-2) == "-2");
    CHECK(argument_text(1e-300) == "1e-300");
}

TEST_CASE("IoError names the file and the reason", "[engine][errors]") {
    const IoError e("out/graph.graphml", "No space left on device");
    CHECK(std::string(e.what()) == "cannot write 'out/graph.graphml': No space left on device");
    CHECK(e.path() == "out/graph.graphml");
    CHECK(e.reason() == "No space left on device");
    const IoError bare({}, "write failed");
    CHECK(std::string(bare.what()) == "write failed");
    CHECK(bare.path().empty());
}

TEST_CASE("InputError puts the location first", "[engine][errors]") {
    const InputError e({"a.json", 3, 7}, "unknown field");
    CHECK(std::string(e.what()) == "a.json:3:7: unknown field");
}

TEST_CASE("a run context reports progress and cancels", "[engine][errors]") {
    RunContext run;
    CHECK_FALSE(run.cancelled());
    CHECK_NOTHROW(run.throw_if_cancelled("x"));
    run.report("x", 0.5);  // no callback: nothing happens
    double seen = -1;
    run.progress = [&](std::string_view stage, double f) {
        CHECK(stage == "leiden");
        seen = f;
    };
    run.report("leiden", 0.25);
    CHECK(seen == 0.25);
    std::atomic<bool> stop{false};
    run.cancel = &stop;
    CHECK_FALSE(run.cancelled());
    stop = true;
    CHECK(run.cancelled());
    CHECK_THROWS_WITH(run.throw_if_cancelled("leiden"), "leiden: cancelled");
    CHECK_THROWS_AS(run.throw_if_cancelled("leiden"), Cancelled);
}
