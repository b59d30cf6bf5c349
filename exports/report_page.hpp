#pragma once
// The page template of `repnet report`, built from exports/report/web at build time and compiled in
// (exports/report/embed_page.cmake): the page is kBeforeChecksum + checksum + kBeforePayload + payload +
// kAfterPayload.
#include <string_view>

namespace repnet::report_page {

extern const std::string_view kBeforeChecksum;
extern const std::string_view kBeforePayload;
extern const std::string_view kAfterPayload;

}  // namespace repnet::report_page
