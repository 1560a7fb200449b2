// CICUShim: the narrow C face of ICU that ZhNewsKit uses.
//
// Only plain C types cross this boundary. ICU's own headers are included by
// CICUShim.c alone, because (1) Debian renames every ICU function with a
// version suffix through token-pasting macros that Swift cannot import, and
// (2) ICU headers visible to a Swift module clash with the copy of ICU that
// Foundation bundles. Status codes are ICU's UErrorCode values as int32_t.
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of text boundary; values match ICU's UBreakIteratorType
/// (checked with _Static_assert in CICUShim.c).
typedef enum {
    CICU_BREAK_CHARACTER = 0,
    CICU_BREAK_WORD = 1,
    CICU_BREAK_LINE = 2,
    CICU_BREAK_SENTENCE = 3
} cicu_break_type;

/// An ICU break iterator bound to one UTF-8 buffer (opaque).
typedef struct cicu_breaker cicu_breaker;

/// Why: Swift cannot call ubrk_open/utext_openUTF8 directly (renamed symbols).
/// Opens a break iterator of `type` for `locale` over `length` bytes of UTF-8
/// at `utf8`. The buffer must outlive the iterator. Returns NULL on failure
/// with `*status` set to the ICU error code.
cicu_breaker *cicu_breaker_open(cicu_break_type type, const char *locale,
                                const char *utf8, int64_t length, int32_t *status);

/// Why: one call per boundary across the Swift/C boundary is measurable, so
/// boundaries are fetched in batches. Writes up to `capacity` boundary byte
/// offsets (each the end of a segment) and their rule statuses; returns the
/// number written, 0 once the text is exhausted.
int32_t cicu_breaker_next_batch(cicu_breaker *breaker, int32_t *ends,
                                int32_t *statuses, int32_t capacity);

/// Why: closes the ICU iterator and its UText (ubrk_close, utext_close).
void cicu_breaker_close(cicu_breaker *breaker);

/// Why: the benchmark's baseline. Counts boundaries of `type` with a plain C
/// loop over ubrk_next, doing no other work. Returns -1 on failure.
int64_t cicu_count_boundaries(cicu_break_type type, const char *locale,
                              const char *utf8, int64_t length, int32_t *status);

/// Why: u_errorName is renamed on Debian. Returns ICU's name for a status
/// code, e.g. "U_ILLEGAL_ARGUMENT_ERROR". Never NULL.
const char *cicu_error_name(int32_t status);

/// Why: U_FAILURE is a macro. Non-zero when `status` is an ICU failure.
int cicu_is_failure(int32_t status);

/// Why: utrans_openU/utrans_transUChars are renamed on Debian. Transliterates
/// `length` UTF-16 units with the ICU transform `id` (e.g. "Hant-Hans") into
/// `out`; returns the output length in UTF-16 units (which may exceed
/// `capacity`, in which case `*status` is U_BUFFER_OVERFLOW_ERROR).
int32_t cicu_transliterate(const char *id, const uint16_t *text, int32_t length,
                           uint16_t *out, int32_t capacity, int32_t *status);

/// Why: per-scalar NFKC through unorm2 (renamed on Debian). Writes the NFKC
/// form of one code point into `out` as code points; returns how many.
int32_t cicu_nfkc_scalar(uint32_t scalar, uint32_t *out, int32_t capacity, int32_t *status);

/// Why: ucnv_* are renamed on Debian. Decodes `length` bytes in `charset`
/// (an ICU converter name such as "GB18030" or "Big5") into UTF-16 at `out`
/// (capacity in units; 2 × length + 2 always suffices). When `lossy` is zero,
/// decoding stops at the first malformed or unmappable sequence and
/// `*error_offset` receives its byte offset; otherwise such bytes become
/// U+FFFD. Returns the number of UTF-16 units written.
int64_t cicu_decode(const char *charset, const char *bytes, int64_t length,
                    uint16_t *out, int64_t capacity, int lossy,
                    int64_t *error_offset, int32_t *status);

/// Why: ucsdet_* are renamed on Debian. Guesses the charset of `length`
/// bytes; writes its ICU name (NUL-terminated) to `name` and its confidence
/// (0–100) to `*confidence`. Returns 0 on success, -1 when nothing matched.
int32_t cicu_detect_charset(const char *bytes, int64_t length, char *name,
                            int32_t name_capacity, int32_t *confidence,
                            int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
