#ifndef REDACT_CPCRE2_SHIM_H
#define REDACT_CPCRE2_SHIM_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>

/// PCRE2_UNSET as a value Swift can read (it is a cast macro in pcre2.h).
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }

/// PCRE2_ZERO_TERMINATED as a value Swift can read.
static inline size_t cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }

#endif
