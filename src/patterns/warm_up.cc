#include "patterns/warm_up.h"

#include <sched.h>

#include <algorithm>
#include <iterator>
#include <new>

#include "patterns/heuristics.h"

namespace pith {

PatternWarmUp::PatternWarmUp(WarmUpFor pages) : pages_(pages) {
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return;
  // Linux puts a new thread on its parent's core and moves it only at the
  // next load balance, a few milliseconds on: until then the page and the
  // warm-up took turns on one core. The warm-up asks for the others.
  cpu_set_t cores;
  CPU_ZERO(&cores);
  const int here = sched_getcpu();
  if (here >= 0 && sched_getaffinity(0, sizeof cores, &cores) == 0 && CPU_COUNT(&cores) > 1) {
    CPU_CLR(static_cast<std::size_t>(here), &cores);
    pthread_attr_setaffinity_np(&attr, sizeof cores, &cores);
  }
  // No thread to spare: each pattern is compiled when first needed.
  started_ = pthread_create(&thread_, &attr, &PatternWarmUp::Start, this) == 0;
  pthread_attr_destroy(&attr);
}

void* PatternWarmUp::Start(void* self) {
  // Out of memory (a page took it all) ends the warm-up, not the process:
  // what is left compiles when first needed, in the page's thread, where
  // the page fails instead.
  try {
    static_cast<PatternWarmUp*>(self)->Run();
  } catch (const std::bad_alloc&) {
  }
  return nullptr;
}

void PatternWarmUp::Run() {
  const Heuristics& h = GetHeuristics();
  // The block labels first, the largest and needed halfway through, while
  // the page is read and parsed; then the class patterns, which marking
  // the elements needs next, or for text copies the line lists; then the
  // rest. Each group last used first, so that this thread and the page's
  // meet in the middle of it.
  h.label_phrases.Compile();
  if (pages_ == WarmUpFor::kText) {
    for (const PatternList* list :
         {&h.section_heads, &h.credit_lines, &h.caption_leads, &h.boilerplate, &h.chrome_lines, &h.title_chrome}) {
      if (stop_) return;
      list->Compile();
    }
    for (const CheckedPattern* p : {&h.caption_credit, &h.caption_credit_trailing, &h.embed_signature}) {
      if (stop_) return;
      static_cast<void>(static_cast<const RE2&>(p->Loose()));
    }
  } else {
    for (const ClassPattern* p :
         {&h.header_class, &h.positive_class, &h.negative_class, &h.embed_class, &h.headline_class, &h.date_class,
          &h.strong_chrome_class, &h.chrome_class, &h.keep_class, &h.byline_class, &h.caption_class,
          &h.hidden_class}) {
      if (stop_) return;
      static_cast<void>(p->Compiled());
    }
    // Site-wide notices at the article's edges (clean/boilerplate_lines.cc).
    if (stop_) return;
    h.boilerplate.Compile();
  }
  const LazyPattern* const singles[] = {
      &h.caption_credit_tail.Loose(), &h.caption_credit_spaced.Loose(), &h.caption_credit_glued.Loose(),
      &h.caption_credit_by.Loose(), &h.caption_credit_label, &h.caption_control.Compiled(),
      &h.caption_control_suffix, &h.non_author_note, &h.non_author_credit.Compiled(),
      &h.author_credential.Compiled(), &h.agency_line, &h.author_separator, &h.agency_name.Compiled(),
      &h.author_role.Compiled(), &h.job_title.Compiled(), &h.glued_byline_label.Loose(), &h.outlet_address,
      &h.photo_credit_name, &h.byline_noise, &h.byline_prefix.Ascii(), &h.modified_label_after,
      &h.modified_label_before.Compiled(), &h.date_label_lead.Compiled(), &h.error_page.Compiled(), &h.article_type,
      &h.title_separator, &h.credit_suffix,
  };
  // RE2 runs these backwards as well (searched for with captures, or
  // anchored at the end only), with a program it compiles on first use.
  const LazyPattern* const run_backwards[] = {
      &h.caption_control_suffix, &h.author_separator, &h.modified_label_before.Compiled(), &h.title_separator,
      &h.credit_suffix,
  };
  for (const LazyPattern* p : singles) {
    if (stop_) return;
    const RE2& re = *p;
    if (std::find(std::begin(run_backwards), std::end(run_backwards), p) != std::end(run_backwards)) {
      CompileWithReserve([&re] { static_cast<void>(re.ReverseProgramSize()); });
    }
  }
}

PatternWarmUp::~PatternWarmUp() {
  stop_ = true;
  if (started_) pthread_join(thread_, nullptr);
}

}  // namespace pith
