// The system ICU libraries are linked through this module. No ICU header is
// included here on purpose: ICU headers seen by Swift collide with the ICU that
// Foundation bundles, and Debian's versioned symbol names (ubrk_open_72) are
// macros Swift cannot import. CICUShim's .c file is the only place that
// includes <unicode/...>.
#pragma once
