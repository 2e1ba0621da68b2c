#include <doctest/doctest.h>

#include <unistd.h>

#include <set>

#include "core/error.h"
#include "core/process_pool.h"

using namespace narra;

TEST_SUITE("process pool") {
  TEST_CASE("every job runs once, in child processes, and reports in index order") {
    const pid_t parent = ::getpid();
    std::set<std::size_t> finished;
    const auto reports =
        run_jobs(6, 2,
                 [parent](std::size_t index, const JobChannel&) {
                   return std::to_string(index * 10) + (::getpid() == parent ? " parent" : " child");
                 },
                 {nullptr, [&](const JobReport& report) { finished.insert(report.index); }});
    REQUIRE(reports.size() == 6);
    for (std::size_t i = 0; i < 6; ++i) {
      CAPTURE(i);
      CHECK(reports[i].ok);
      CHECK(reports[i].message == std::to_string(i * 10) + " child");
    }
    CHECK(finished.size() == 6);
  }

  TEST_CASE("a failing job does not stop the others and keeps its message and hint") {
    const auto reports = run_jobs(3, 2,
                                  [](std::size_t index, const JobChannel&) -> std::string {
                                    if (index == 1)
                                      throw Error("cannot read 'b.txt': broken\nbadly", "fix it");
                                    return "fine";
                                  },
                                  {});
    CHECK(reports[0].ok);
    CHECK_FALSE(reports[1].ok);
    CHECK(reports[1].message == "cannot read 'b.txt': broken badly");
    CHECK(reports[1].hint == "fix it");
    CHECK(reports[2].ok);
  }

  TEST_CASE("a job that dies is reported as failed") {
    const auto reports = run_jobs(2, 2,
                                  [](std::size_t index, const JobChannel&) -> std::string {
                                    if (index == 0) ::_exit(3);
                                    return "ok";
                                  },
                                  {});
    CHECK_FALSE(reports[0].ok);
    CHECK(reports[1].ok);
  }

  TEST_CASE("progress reaches the parent from children and from the in-process path") {
    for (std::size_t count : {1u, 2u}) {
      CAPTURE(count);
      std::size_t last_done = 0, last_total = 0;
      run_jobs(count, 2,
               [](std::size_t, const JobChannel& channel) {
                 channel.progress(1, 3);
                 channel.progress(3, 3);
                 return std::string("done");
               },
               {[&](std::size_t, std::size_t done, std::size_t total) {
                  last_done = done;
                  last_total = total;
                },
                nullptr});
      CHECK(last_done == 3);
      CHECK(last_total == 3);
    }
  }
}
