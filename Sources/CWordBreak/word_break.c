#include "word_break.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct rd_breaker {
    UBreakIterator *iterator;
    UText text;
    int has_text;
    /* The UTF-8 bytes set last and the boundary reached so far (for rd_breaker_fill). */
    const unsigned char *bytes;
    int64_t length;
    int32_t previous;
    int32_t kind;
};

static UBreakIterator *prototypes[2];
static UErrorCode prototype_errors[2];
static pthread_once_t prototype_once = PTHREAD_ONCE_INIT;

static void build_prototypes(void) {
    UErrorCode status = U_ZERO_ERROR;
    prototypes[RD_BREAK_WORD] = ubrk_open(UBRK_WORD, "en_US", NULL, 0, &status);
    prototype_errors[RD_BREAK_WORD] = status;
    status = U_ZERO_ERROR;
    prototypes[RD_BREAK_SENTENCE] = ubrk_open(UBRK_SENTENCE, "en_US", NULL, 0, &status);
    prototype_errors[RD_BREAK_SENTENCE] = status;
}

rd_breaker *rd_breaker_open(int32_t kind, int32_t *error) {
    if (kind != RD_BREAK_WORD && kind != RD_BREAK_SENTENCE) {
        *error = U_ILLEGAL_ARGUMENT_ERROR;
        return NULL;
    }
    pthread_once(&prototype_once, build_prototypes);
    if (U_FAILURE(prototype_errors[kind]) || prototypes[kind] == NULL) {
        *error = U_FAILURE(prototype_errors[kind]) ? prototype_errors[kind] : U_MISSING_RESOURCE_ERROR;
        return NULL;
    }
    rd_breaker *breaker = calloc(1, sizeof(rd_breaker));
    if (breaker == NULL) {
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    UErrorCode status = U_ZERO_ERROR;
    /* Cloning a shared prototype is far cheaper than ubrk_open and only reads it. */
    breaker->iterator = ubrk_clone(prototypes[kind], &status);
    if (U_FAILURE(status) || breaker->iterator == NULL) {
        free(breaker);
        *error = U_FAILURE(status) ? status : U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    UText initial = UTEXT_INITIALIZER;
    breaker->text = initial;
    breaker->kind = kind;
    *error = U_ZERO_ERROR;
    return breaker;
}

int32_t rd_breaker_set_utf8(rd_breaker *breaker, const char *text, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    static const char empty[1] = {0};
    utext_openUTF8(&breaker->text, text != NULL ? text : empty, length, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    breaker->has_text = 1;
    breaker->bytes = (const unsigned char *)(text != NULL ? text : empty);
    breaker->length = text != NULL ? length : 0;
    breaker->previous = 0;
    ubrk_setUText(breaker->iterator, &breaker->text, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    return 0;
}

int64_t rd_breaker_next(rd_breaker *breaker, int32_t *status) {
    int32_t next = ubrk_next(breaker->iterator);
    if (next == UBRK_DONE) {
        *status = 0;
        return -1;
    }
    *status = ubrk_getRuleStatus(breaker->iterator);
    /* With a UTF-8 UText, ICU's native indices are UTF-8 byte offsets. */
    return (int64_t)next;
}

/* ICU's word status of an all-ASCII segment without '_' or '@', or -1 when the segment
 * needs ICU's answer (ICU 72 gives a lone '@' the letter status; '_' joins words and
 * numbers in ways not worth copying). ICU reports the status of the last rule that
 * matched, which follows the segment's last word character: a letter gives 200 ("K9x",
 * "O'Brien"), a digit 100 ("K9", "C17", "3.14"); no letter or digit gives 0. */
static inline int32_t ascii_status(const unsigned char *bytes, int32_t length) {
    int32_t last = -1;
    for (int32_t i = 0; i < length; i++) {
        unsigned char byte = bytes[i];
        if (byte >= 0x80 || byte == '_' || byte == '@') return -1;
        unsigned char folded = byte | 0x20;
        if ((folded >= 'a' && folded <= 'z') || (byte >= '0' && byte <= '9')) last = i;
    }
    if (last < 0) return 0;
    return bytes[last] > '9' ? 200 : 100;
}

/* The same for a segment of 1 to 8 bytes with 8 readable bytes at `bytes`: all bytes at
 * once in a 64-bit word (byte-wise range tests cannot carry between bytes once every byte
 * is below 0x80). */
static inline int32_t ascii_status_word(const unsigned char *bytes, int32_t length) {
    uint64_t raw;
    memcpy(&raw, bytes, 8);
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t valid = length >= 8 ? ~0ULL : ((1ULL << (length * 8)) - 1);
    uint64_t x = raw & valid;  /* little-endian: byte i in bits 8i..8i+7 */
    uint64_t valid_high = valid & high;
    if (x & high) return -1;
#define AT_LEAST(b) ((x + (0x80 - (b)) * ones) & valid_high)
#define EQUALS(b) (~((x ^ ((b) * ones)) + 0x7F * ones) & valid_high)
    if (EQUALS('_') | EQUALS('@')) return -1;
    uint64_t folded = x | 0x2020202020202020ULL;
    uint64_t letters = ((folded + (0x80 - 'a') * ones) & ~(folded + (0x80 - 'z' - 1) * ones)) & valid_high;
    uint64_t digits = AT_LEAST('0') & ~AT_LEAST('9' + 1);
#undef AT_LEAST
#undef EQUALS
    uint64_t word = letters | digits;
    if (word == 0) return 0;
    uint64_t last = 1ULL << (63 - __builtin_clzll(word));
    return (letters & last) ? 200 : 100;
}

int32_t rd_breaker_fill(rd_breaker *breaker, int32_t *ends, int32_t *statuses, int32_t capacity, int32_t exact_status) {
    UBreakIterator *iterator = breaker->iterator;
    const unsigned char *bytes = breaker->bytes;
    int32_t previous = breaker->previous;
    int32_t count = 0;
    if (breaker->kind != RD_BREAK_WORD) exact_status = 1;
    while (count < capacity) {
        int32_t next = ubrk_next(iterator);
        if (next == UBRK_DONE) break;
        int32_t status = -1;
        if (!exact_status) {
            int32_t length = next - previous;
            status = (length <= 8 && previous + 8 <= breaker->length) ? ascii_status_word(bytes + previous, length)
                                                                       : ascii_status(bytes + previous, length);
        }
        if (status < 0) status = ubrk_getRuleStatus(iterator);
        ends[count] = next;
        statuses[count] = status;
        previous = next;
        count += 1;
    }
    breaker->previous = previous;
    return count;
}

/* One breaker of each kind per thread, made on first use and freed when the thread ends.
 * Cloning and destroying an ICU iterator for every short document costs more than
 * tokenizing it. */
static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;

static void free_cache(void *value) {
    rd_breaker **pair = value;
    if (pair == NULL) return;
    rd_breaker_close(pair[0]);
    rd_breaker_close(pair[1]);
    free(pair);
}

static void make_cache_key(void) {
    pthread_key_create(&cache_key, free_cache);
}

rd_breaker *rd_breaker_thread_local(int32_t kind, int32_t *error) {
    if (kind != RD_BREAK_WORD && kind != RD_BREAK_SENTENCE) {
        *error = U_ILLEGAL_ARGUMENT_ERROR;
        return NULL;
    }
    pthread_once(&cache_once, make_cache_key);
    rd_breaker **pair = pthread_getspecific(cache_key);
    if (pair == NULL) {
        pair = calloc(2, sizeof(rd_breaker *));
        if (pair == NULL) {
            *error = U_MEMORY_ALLOCATION_ERROR;
            return NULL;
        }
        pthread_setspecific(cache_key, pair);
    }
    if (pair[kind] == NULL) {
        pair[kind] = rd_breaker_open(kind, error);
        if (pair[kind] == NULL) return NULL;
    }
    *error = U_ZERO_ERROR;
    return pair[kind];
}

void rd_breaker_close(rd_breaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    ubrk_close(breaker->iterator);
    if (breaker->has_text) {
        utext_close(&breaker->text);
    }
    free(breaker);
}

const char *rd_error_name(int32_t error) {
    return u_errorName((UErrorCode)error);
}

static char icu_version_string[U_MAX_VERSION_STRING_LENGTH];
static pthread_once_t icu_version_once = PTHREAD_ONCE_INIT;

static void fill_icu_version(void) {
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, icu_version_string);
}

const char *rd_icu_version(void) {
    pthread_once(&icu_version_once, fill_icu_version);
    return icu_version_string;
}
