// The only translation unit of ZhNewsKit that includes ICU headers.
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

_Static_assert(CICU_BREAK_CHARACTER == (int)UBRK_CHARACTER, "break type mismatch");
_Static_assert(CICU_BREAK_WORD == (int)UBRK_WORD, "break type mismatch");
_Static_assert(CICU_BREAK_LINE == (int)UBRK_LINE, "break type mismatch");
_Static_assert(CICU_BREAK_SENTENCE == (int)UBRK_SENTENCE, "break type mismatch");
_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode is not 32-bit");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is not 16-bit");

struct cicu_breaker {
    UBreakIterator *iterator;
    UText *text;
    int done;
};

cicu_breaker *cicu_breaker_open(cicu_break_type type, const char *locale,
                                const char *utf8, int64_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UText *text = utext_openUTF8(NULL, utf8, length, &code);
    if (U_FAILURE(code)) {
        *status = code;
        return NULL;
    }
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)type, locale, NULL, 0, &code);
    if (U_FAILURE(code)) {
        utext_close(text);
        *status = code;
        return NULL;
    }
    ubrk_setUText(iterator, text, &code);
    if (U_FAILURE(code)) {
        ubrk_close(iterator);
        utext_close(text);
        *status = code;
        return NULL;
    }
    cicu_breaker *breaker = malloc(sizeof(cicu_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        utext_close(text);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    breaker->text = text;
    breaker->done = 0;
    *status = U_ZERO_ERROR;
    return breaker;
}

int32_t cicu_breaker_next_batch(cicu_breaker *breaker, int32_t *ends,
                                int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    if (breaker == NULL || breaker->done) {
        return 0;
    }
    while (count < capacity) {
        int32_t end = ubrk_next(breaker->iterator);
        if (end == UBRK_DONE) {
            breaker->done = 1;
            break;
        }
        ends[count] = end;
        statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count += 1;
    }
    return count;
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    ubrk_close(breaker->iterator);
    utext_close(breaker->text);
    free(breaker);
}

int64_t cicu_count_boundaries(cicu_break_type type, const char *locale,
                              const char *utf8, int64_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UText *text = utext_openUTF8(NULL, utf8, length, &code);
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)type, locale, NULL, 0, &code);
    ubrk_setUText(iterator, text, &code);
    int64_t count = 0;
    if (U_SUCCESS(code)) {
        while (ubrk_next(iterator) != UBRK_DONE) {
            count += 1;
        }
    }
    ubrk_close(iterator);
    utext_close(text);
    *status = code;
    return U_FAILURE(code) ? -1 : count;
}

const char *cicu_error_name(int32_t status) {
    const char *name = u_errorName((UErrorCode)status);
    return name != NULL ? name : "U_UNKNOWN_ERROR";
}

int cicu_is_failure(int32_t status) {
    return U_FAILURE((UErrorCode)status) ? 1 : 0;
}

int32_t cicu_transliterate(const char *id, const uint16_t *text, int32_t length,
                           uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UChar idUnits[64];
    u_uastrncpy(idUnits, id, 63);
    idUnits[63] = 0;
    UTransliterator *trans = utrans_openU(idUnits, -1, UTRANS_FORWARD, NULL, 0, NULL, &code);
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    if (length > capacity) {
        utrans_close(trans);
        *status = U_BUFFER_OVERFLOW_ERROR;
        return length;
    }
    memcpy(out, text, (size_t)length * sizeof(UChar));
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(trans, (UChar *)out, &textLength, capacity, 0, &limit, &code);
    utrans_close(trans);
    *status = code;
    return textLength;
}

int32_t cicu_nfkc_scalar(uint32_t scalar, uint32_t *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&code);
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    UChar source[2];
    int32_t sourceLength = 0;
    U16_APPEND_UNSAFE(source, sourceLength, (UChar32)scalar);
    UChar result[32];
    int32_t resultLength = unorm2_normalize(nfkc, source, sourceLength, result, 32, &code);
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    int32_t i = 0;
    int32_t count = 0;
    while (i < resultLength) {
        UChar32 c;
        U16_NEXT(result, i, resultLength, c);
        if (count < capacity) {
            out[count] = (uint32_t)c;
        }
        count += 1;
    }
    *status = count > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
    return count;
}

int64_t cicu_decode(const char *charset, const char *bytes, int64_t length,
                    uint16_t *out, int64_t capacity, int lossy,
                    int64_t *error_offset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    *error_offset = -1;
    UConverter *converter = ucnv_open(charset, &code);
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    if (!lossy) {
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
    } else {
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_SUBSTITUTE, NULL, NULL, NULL, &code);
    }
    const char *source = bytes;
    const char *sourceLimit = bytes + length;
    UChar *target = (UChar *)out;
    UChar *targetLimit = (UChar *)out + capacity;
    ucnv_toUnicode(converter, &target, targetLimit, &source, sourceLimit, NULL, 1, &code);
    if (U_FAILURE(code) && !lossy &&
        (code == U_ILLEGAL_CHAR_FOUND || code == U_INVALID_CHAR_FOUND || code == U_TRUNCATED_CHAR_FOUND)) {
        char invalid[32];
        int8_t invalidLength = 32;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalidLength, &ignored);
        *error_offset = (int64_t)(source - bytes) - (U_SUCCESS(ignored) ? invalidLength : 0);
    }
    ucnv_close(converter);
    *status = code;
    return (int64_t)(target - (UChar *)out);
}

int32_t cicu_detect_charset(const char *bytes, int64_t length, char *name,
                            int32_t name_capacity, int32_t *confidence,
                            int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&code);
    if (U_FAILURE(code)) {
        *status = code;
        return -1;
    }
    int32_t sample = length > (1 << 20) ? (1 << 20) : (int32_t)length;
    ucsdet_setText(detector, bytes, sample, &code);
    const UCharsetMatch *match = ucsdet_detect(detector, &code);
    int32_t result = -1;
    if (U_SUCCESS(code) && match != NULL) {
        const char *found = ucsdet_getName(match, &code);
        *confidence = ucsdet_getConfidence(match, &code);
        if (U_SUCCESS(code) && found != NULL && name_capacity > 0) {
            strncpy(name, found, (size_t)name_capacity - 1);
            name[name_capacity - 1] = 0;
            result = 0;
        }
    }
    ucsdet_close(detector);
    *status = code;
    return result;
}
