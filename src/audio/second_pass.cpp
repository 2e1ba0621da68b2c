#include "audio/second_pass.h"

#include <memory>
#include <span>

#include "audio/fan_out.h"
#include "audio/resampler.h"
#include "audio/threaded_sink.h"
#include "core/parallel.h"

namespace narra {
namespace {

// A writer's meters: one per part, or one for the whole when it takes its audio in order.
using Meters = std::vector<std::optional<LoudnessMeter>>;

std::optional<LoudnessFigures> figures_of(const Meters& meters) {
  std::vector<const LoudnessMeter*> measured;
  for (const auto& meter : meters) {
    if (meter) measured.push_back(&*meter);
  }
  if (measured.empty()) return std::nullopt;
  return LoudnessMeter::combined(measured);
}

class Pass {
 public:
  Pass(const SecondPassInput& input, const std::vector<OutputSink*>& writers)
      : input_(input), writers_(writers), meters_(writers.size()) {
    for (std::size_t w = 0; w < writers.size(); ++w) {
      if (writers[w]->takes_parts()) {
        meters_[w].resize(input.segments.size());
        for (std::size_t k = 0; k < input.segments.size(); ++k) parts_.emplace_back(w, k);
      } else {
        meters_[w].resize(1);
        in_order_.push_back(w);
      }
    }
  }

  SecondPassResult run() {
    // The in-order chain, the longest task, starts first.
    const std::size_t first_part = in_order_.empty() ? 0 : 1;
    std::vector<LimiterReport> limiting(first_part + parts_.size());
    run_in_parallel(limiting.size(), input_.threads, [&](std::size_t task) {
      limiting[task] = task < first_part ? write_in_order() : write_part(parts_[task - first_part]);
    });
    SecondPassResult result;
    // Parts limit what the in-order chain limits: count one writer's parts, or else the chain.
    const std::size_t counted = parts_.empty() ? limiting.size() : input_.segments.size();
    result.limiting = combined(std::span(limiting).last(counted));
    for (const auto& meters : meters_) result.figures.push_back(figures_of(meters));
    return result;
  }

 private:
  LimiterReport write_part(std::pair<std::size_t, std::size_t> writer_part) {
    const auto [w, k] = writer_part;
    OutputSink& writer = *writers_[w];
    FanOut at_rate{&writer.part(k)};
    if (input_.measure) at_rate.add(meters_[w][k].emplace(writer.sample_rate()));
    Resampler resampler(input_.sample_rate, writer.sample_rate(), at_rate);
    GainLimiter limiter(input_.sample_rate, input_.plan.gain_db, input_.plan.limit_peaks, input_.ceiling_dbtp,
                        resampler);
    input_.spool->replay(limiter, input_.segments[k]);
    limiter.finish();
    resampler.finish();
    writer.finish_part(k);
    return limiter.report();
  }

  // The whole spool through one limiter, one resampler per rate, into every in-order writer.
  LimiterReport write_in_order() {
    std::vector<std::unique_ptr<FanOut>> at_rates;
    std::vector<std::unique_ptr<Resampler>> resamplers;
    std::vector<std::unique_ptr<ThreadedSink>> threads;
    FanOut all_rates;
    for (const std::size_t w : in_order_) {
      OutputSink& writer = *writers_[w];
      std::size_t r = 0;
      while (r < resamplers.size() && resamplers[r]->output_rate() != writer.sample_rate()) ++r;
      if (r == resamplers.size()) {
        at_rates.push_back(std::make_unique<FanOut>());
        resamplers.push_back(
            std::make_unique<Resampler>(input_.sample_rate, writer.sample_rate(), *at_rates.back()));
        all_rates.add(*resamplers.back());
      }
      if (input_.measure) at_rates[r]->add(meters_[w][0].emplace(writer.sample_rate()));
      if (writer.wants_own_thread() && input_.threads > 1) {
        threads.push_back(std::make_unique<ThreadedSink>(writer));
        at_rates[r]->add(*threads.back());
      } else {
        at_rates[r]->add(writer);
      }
    }
    GainLimiter limiter(input_.sample_rate, input_.plan.gain_db, input_.plan.limit_peaks, input_.ceiling_dbtp,
                        all_rates);
    input_.spool->replay(limiter);
    limiter.finish();
    for (auto& resampler : resamplers) resampler->finish();
    for (auto& thread : threads) thread->finish();
    return limiter.report();
  }

  const SecondPassInput& input_;
  const std::vector<OutputSink*>& writers_;
  std::vector<Meters> meters_;
  std::vector<std::pair<std::size_t, std::size_t>> parts_;  // (writer, part)
  std::vector<std::size_t> in_order_;                       // writers
};

}  // namespace

SecondPassResult run_second_pass(const SecondPassInput& input, const std::vector<OutputSink*>& writers) {
  return Pass(input, writers).run();
}

}  // namespace narra
