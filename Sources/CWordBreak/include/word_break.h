#ifndef REDACT_WORD_BREAK_H
#define REDACT_WORD_BREAK_H

#include <stdint.h>

/*
 * A tiny C surface over ICU's break iterators. No ICU type appears here: Swift code that
 * imports Foundation (which carries its own ICU on Linux) must never see ICU's headers.
 */

#ifdef __cplusplus
extern "C" {
#endif

/// Opaque break iterator bound to one UTF-8 buffer at a time. Not thread-safe: one per task.
typedef struct rd_breaker rd_breaker;

/// Kinds of boundary analysis.
enum {
    RD_BREAK_WORD = 0,
    RD_BREAK_SENTENCE = 1,
};

/// Opens a breaker of the given kind (cloned from a shared, lazily built prototype).
/// Returns NULL and sets *error to an ICU error code on failure.
rd_breaker *rd_breaker_open(int32_t kind, int32_t *error);

/// The calling thread's own breaker of the given kind, made on first use and freed when
/// the thread exits. Never close it. Use it only between calls that do not yield the thread.
rd_breaker *rd_breaker_thread_local(int32_t kind, int32_t *error);

/// Points the breaker at `length` bytes of UTF-8 starting at `text`. The bytes must stay
/// alive and unchanged until the next call to this function or to rd_breaker_close.
/// Returns 0 on success or an ICU error code.
int32_t rd_breaker_set_utf8(rd_breaker *breaker, const char *text, int64_t length);

/// Advances to the next boundary. Returns its UTF-8 byte offset, or -1 at the end.
/// *status receives ICU's rule status for the segment that ends there
/// (word: 0-99 none, 100-199 number, 200-299 letter, 300-399 kana, 400-499 ideographic).
int64_t rd_breaker_next(rd_breaker *breaker, int32_t *status);

/// Advances over up to `capacity` boundaries at once (one call per batch instead of one
/// per segment). Fills ends[i] with each boundary's UTF-8 byte offset and statuses[i]
/// with its rule status, as rd_breaker_next would; returns how many were written
/// (0 at the end of the text). Unless `exact_status` is non-zero, the status of an
/// all-ASCII segment without '_' or '@' is read off its bytes (200 with a letter, else 100 with
/// a digit, else 0: what ICU's word rules give such a segment) instead of asking ICU.
/// Sentence breakers always ask ICU.
int32_t rd_breaker_fill(rd_breaker *breaker, int32_t *ends, int32_t *statuses, int32_t capacity, int32_t exact_status);

/// Releases the breaker. NULL is accepted.
void rd_breaker_close(rd_breaker *breaker);

/// ICU's name for an error code (static storage, never NULL).
const char *rd_error_name(int32_t error);

/// The ICU version string, e.g. "72.1" (static storage).
const char *rd_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
