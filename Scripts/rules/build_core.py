#!/usr/bin/env python3
"""Writes Sources/Redaction/Resources/rules/core.json, the bundled rule pack.

The pack is data; this script is where it is authored, because PCRE2 patterns are far
easier to read and review as Python raw strings with comments than as escaped JSON.
Run it after editing (`python3 Scripts/rules/build_core.py`); the output is deterministic.

Conventions: digits are written [0-9] (fast under JIT; other scripts' digits are mapped to
ASCII before matching). Keywords that must stay outside a span are consumed before \\K or
left outside the reported capture group. Every rule has a `reason`: the generalisation it
encodes, not a sentence it was fitted to.
"""
import json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from alternation_trie import factor, self_check, widest_alternation
self_check()

VERSION = "2026.11.2"
rules = []

def rule(id, label, pattern, score, reason, caseless=False, group=0, context=None, validators=None):
    r = {"id": id, "label": label, "pattern": pattern, "score": score, "reason": reason}
    if caseless: r["caseless"] = True
    if group: r["group"] = group
    if context: r["context"] = context
    if validators: r["validators"] = validators
    rules.append(r)

def upper_outside_escapes(pattern):
    """Upper-cases a pattern's letters but not its escapes (\\s stays \\s, not \\S)."""
    return re.sub(r"\\.|[^\\]+", lambda m: m.group(0) if m.group(0).startswith("\\") else m.group(0).upper(), pattern)

def both(words):
    """Title-case and upper-case variants of each alternative (case-sensitive matching).
    A '.' in a word is a literal full stop (Dept.), not any character."""
    out = []
    for w in words:
        w = re.sub(r"(?<!\\)\.", r"\\.", w)
        for v in (w, upper_outside_escapes(w)):
            if v not in out: out.append(v)
    return "(?:" + "|".join(out) + ")"

# Look-aheads implied by what a pattern starts with (\p{Lu}, a digit): PCRE2 builds a
# start-byte table from them and skips the other bytes of a window without a JIT attempt.
LEADS_UPPER = r"(?=[A-Z\x{80}-\x{10FFFF}])"
LEADS_UPPER_OR_DIGIT = r"(?=[A-Z0-9\x{80}-\x{10FFFF}])"
NB = r"(?<![0-9A-Za-z])"        # not glued to a preceding alphanumeric
NA = r"(?![0-9A-Za-z])"         # not glued to a following alphanumeric
SEP = r"[\s.\-]"                # phone separators

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# A month with its own full stop only when abbreviated ("Jan. 5"; not the sentence's stop
# after "the 4th of June.").
MONTH_DOT = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])"
             r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
WEEKDAY = (r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?"
           r"|MON(?:DAY)?|TUE(?:S(?:DAY)?)?|WED(?:NESDAY)?|THU(?:R(?:S(?:DAY)?)?)?|FRI(?:DAY)?|SAT(?:URDAY)?|SUN(?:DAY)?)")  # reports typed in capitals
ORD = r"(?:st|nd|rd|th)"
YEAR4 = r"(?:1[89][0-9]{2}|20[0-9]{2})"
YEAR_APOS = r"['’][0-9]{2}(?![0-9])"   # '22
ORDWORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
           r"|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first)")

# A dot after "PM" or "hrs" that ends a sentence is the full stop, left outside the span;
# mid-sentence ("1825 hrs. on Tuesday") it is the abbreviation's own.
END_DOT = r"(?:\.(?!\s+[\p{Lu}\"“(\[]|[\r\n]))?"

# ---------------------------------------------------------------- PHONE
rule("phone.nanp", "PHONE",
     NB + r"(?:\+?1" + SEP + r"?)?(?:\([2-9][0-9]{2}\)\s?|[2-9][0-9]{2}[\s./\-]?)[2-9][0-9]{2}" + SEP + r"?[0-9]{4}"
     r"(?:,?\s*(?:ext\.?|extension|poste|x|#)\s*[0-9]{1,6})?" + r"(?![0-9])",
     0.7, "North American numbers in every common punctuation, with +1 and extensions (ext., x, and the French 'poste'); the numbering-plan check rejects counts and ids.",
     context={"words": ["phone", "cell", "call", "called", "number", "tel", "telephone", "fax", "mobile", "landline", "callback", "cb", "reached", "text", "texted", "dial", "dialed", "line", "contact", "ph"], "before": 6, "boost": 0.25},
     validators=["phone-nanp"])
rule("phone.local7", "PHONE", NB + r"[2-9][0-9]{2}-[0-9]{4}(?![0-9\-])", 0.6,
     "Seven-digit local numbers (555-0193); ids with this shape are rarer than phone numbers in narratives.",
     context={"words": ["phone", "cell", "call", "number", "tel", "fax", "mobile", "landline", "callback", "cb", "reached", "at"], "before": 5, "boost": 0.3})
rule("phone.international", "PHONE",
     r"(?<![0-9A-Za-z+])\+[0-9]{1,3}[\s.\-]?(?:\(0\)\s?)?\(?(?:[0-9][\s.\-)]?){6,13}[0-9](?:\s*(?:ext\.?|x)\s*[0-9]{1,6})?(?![0-9])",
     0.85, "E.164 and other numbers written with a leading + and a country code.")
rule("phone.international-bracketed", "PHONE",
     r"(?<![0-9A-Za-z+])\+[0-9]{1,3}\s?\(0?[0-9]{1,4}\)\s?[0-9]{2,4}(?:[\s.\-][0-9]{2,4}){1,3}(?![0-9])", 0.9,
     "International numbers with the area code in brackets (+44 (20) 7123 4567).")
rule("phone.au-nz-landline", "PHONE", NB + r"\(0[2-9]\)\s?[0-9]{3,4}[\s\-]?[0-9]{3,4}(?![0-9])", 0.85,
     "Australian and New Zealand landlines with the area code in brackets: (03) 5550 4172.")
rule("phone.trunk-prefix", "PHONE",
     NB + r"0[0-9]{1,4}[\s\-]?[0-9]{3,4}[\s\-]?[0-9]{3,4}(?![0-9\-/])", 0.6,
     "UK, Australian, New Zealand and other national numbers with a leading trunk 0 (0491 570 110, 020 7946 0958, 09-7625400).",
     context={"words": ["phone", "cell", "call", "number", "tel", "mobile", "landline", "ph", "on", "at", "fax"], "before": 5, "boost": 0.3})
rule("phone.context-digits", "PHONE",
     r"(?i:phone|cell|mobile|landline|tel|fax|callback|cb|ph|number)\.?(?:\s+(?:number|no\.?|#|is|was|of|at))*[\s:#]*\K\(?[0-9]{2,4}\)?(?:[\s.\-]?[0-9]{2,4}){1,4}(?![0-9])",
     0.7, "Any digit group of phone length right after a phone keyword, whatever the national format.",
     validators=["has-digit"])

rule("phone.digit-groups", "PHONE",
     r"(?<![0-9A-Za-z+\-/.:])\(?0?[0-9]{1,4}\)?(?:[ \t.\-][0-9]{2,4}){1,5}(?![0-9/:]|[.\-][0-9])",
     0.7, "Any national number format (0494 92 82 32, 01.84.17.61.18, 699 956 915) where a calling word says it is a phone.",
     context={"words": ["call", "calls", "called", "calling", "phone", "phones", "cell", "mobile", "fax", "office", "desk", "number", "reach", "reached",
                        "text", "texted", "answering", "messages", "registered", "contact", "tel", "telephone", "landline", "dial", "dialed", "ring", "rang", "whatsapp", "callback", "cb"],
              "before": 5, "after": 2, "required": True, "boost": 0.1},
     validators=["phone-digits"])

rule("phone.labelled", "PHONE",
     r"(?<![0-9A-Za-z+\-/.:])\+?\(?[0-9]{1,4}\)?(?:[\s.\-]?[0-9]{2,4}){1,5}(?=[\s\-–:]*(?i:office|fax|mobile|cell|home|work|tel|phone)\b)",
     0.75, "A digit group of phone length labelled by a trailing word (082 490 1693-Office, 3660170548-Fax).", validators=["phone-digits"])

rule("phone.extension", "PHONE", r"(?<![A-Za-z0-9])(?i:ext\.?|extension)\s*#?\s*[0-9]{2,6}(?![0-9])", 0.75,
     "An internal extension given alone (ring me on ext 4417) reaches one person's desk.")

# ---------------------------------------------------------------- EMAIL / URL
rule("email", "EMAIL", r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:[A-Za-z]{2,}|xn--[a-z0-9]+)", 0.95,
     "E-mail addresses.")
rule("url.scheme", "URL", r"(?i:https?|ftp)://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", 0.9, "Any URL with a scheme.")
rule("url.path", "URL", NB + r"(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|net|edu|gov|io|us|co|me|tv|ly|info|biz)/[^\s<>\"']*[^\s<>\"'.,;:!?)\]]",
     0.85, "Domain with a path (profiles, posts): points to a person or a private page. Bare public domains are left alone.")

# ---------------------------------------------------------------- DATE
DATE_CONTEXT = {"words": ["on", "date", "dated", "dob", "born", "since", "until", "by", "of", "from", "between", "signed", "issued", "effective"], "before": 3, "boost": 0.1}
rule("date.numeric", "DATE",
     r"(?<![0-9./\-])(?:(?<![A-Za-z])" + WEEKDAY + r"\.?,?\s+)?(?:[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})|" + YEAR4 + r"[\-/.][0-9]{1,2}[\-/.][0-9]{1,2})(?![0-9]|[/.\-][0-9])",
     0.85, "Numeric dates in month-first, day-first and ISO order with 2- or 4-digit years; the calendar check rejects ratios and ids.",
     context=DATE_CONTEXT, validators=["date"])
rule("date.numeric-short", "DATE", r"(?<![0-9A-Za-z./\-])(?:(?<![A-Za-z])" + WEEKDAY + r"\.?,?\s+)?[0-9]{1,2}/[0-9]{1,2}(?![0-9]|/[0-9])", 0.6,
     "Month/day without a year (5/21); the calendar check rejects 20/20 and 24/7-style ratios.",
     context=DATE_CONTEXT, validators=["date"])
rule("date.month-day", "DATE",
     r"(?<![A-Za-z])(?:" + WEEKDAY + r"\.?,?\s+)?" + MONTH_DOT + r"\s+(?:[0-9]{1,2}" + ORD + r"?(?:\s*(?:-|–|to|through|thru)\s*[0-9]{1,2}" + ORD + r"?(?![0-9:.]))?|the\s+[0-9]{1,2}" + ORD + r")(?:,?\s+(?:of\s+)?" + YEAR4 + r"|,?\s+" + YEAR_APOS + r")?(?![0-9])",
     0.9, "Month name or abbreviation, day (or a range of days), optional ordinal, weekday and year: Sunday, April 16, 2023; Aug. 14; jan 30 2019; Mar. 3rd '22; January the 9th; June 3-7, 2019.",
     caseless=True)
rule("date.day-month", "DATE",
     r"(?<![A-Za-z0-9])(?:" + WEEKDAY + r"\.?,?\s+(?:the\s+)?|the\s+\K)?[0-9]{1,2}" + ORD + r"?(?:\s+of)?\s+" + MONTH_DOT + r"(?:,?\s+" + YEAR4 + r")?(?![A-Za-z])",
     0.9, "Day before month, as written outside the US and in formal text: 9 October 2021, 14th of March.", caseless=True)
rule("date.cad", "DATE", NB + r"[0-9]{1,2}[\-\s]?(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[\-\s]?(?:[0-9]{4}|[0-9]{2})" + NA, 0.85,
     "Military and CAD-log style dates: 14-MAR-2019, 14MAR19.")
rule("date.iso-timestamp", "DATE",
     NB + YEAR4 + r"-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+\-][0-9]{2}:?[0-9]{2})?(?![0-9A-Za-z])", 0.95,
     "ISO 8601 timestamps (2024-03-15T14:30:00Z) pin a date and a time.")
rule("date.month-dash", "DATE",
     r"(?<![A-Za-z0-9])(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)-(?:[0-9]{4}|[0-9]{2})|[0-9]{1,2}-(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec))(?![A-Za-z0-9])", 0.8,
     "Month abbreviations joined by a dash to a day or a year (May-21, 21-May, May-2021).")
rule("date.month-year-numeric", "DATE", r"(?<![0-9/.\-])(?:0?[1-9]|1[0-2])/(?:19|20)[0-9]{2}(?![0-9/])", 0.75,
     "Numeric month and year (05/2021).", context=DATE_CONTEXT)
rule("date.month-year", "DATE", r"(?<![A-Za-z])" + MONTH_DOT + r",?\s+(?:of\s+)?(?:" + YEAR4 + r"|" + YEAR_APOS + r")(?![0-9])", 0.9,
     "Month and year: June 2014, March of 2019, May '21.", caseless=True)
rule("date.spelled-ordinal", "DATE",
     r"(?<![A-Za-z\-])(?:(?:" + WEEKDAY + r"\.?,?\s+)?(?:the\s+)?\K(?!fourth\s+of\s+july)" + ORDWORD + r"\s+(?:day\s+)?of\s+" + MONTH + r"|" + MONTH_DOT + r"\s+(?:the\s+)?" + ORDWORD + r")(?:,?\s+" + YEAR4 + r")?(?![A-Za-z\-])",
     0.85, "Days written as ordinal words: the twelfth of March, March twenty-first, 2019.", caseless=True)
rule("date.weekday-ordinal", "DATE",
     r"(?<![A-Za-z])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:(?:night|morning|afternoon|evening),?\s+)?the\s+(?:[0-9]{1,2}" + ORD + r"|" + ORDWORD + r")(?![A-Za-z0-9])",
     0.85, "A weekday with a day of the month pins a date: Friday the 13th, Sunday, the 17th, Sunday the first, Sunday night the 9th.", caseless=True)
rule("date.ordinal-day", "DATE", r"(?<![A-Za-z0-9])(?:the\s+)\K[0-9]{1,2}" + ORD + r"(?![A-Za-z0-9])(?!\s+of\s+(?:the|my|our|his|her|their|those|these|them|us)\s+(?!month)|\s+of\s+[0-9])(?!\s+(?:floor|time|grade|amendment|precinct|district|street|st\b|avenue|ave\b|round|shot|car|unit|place|person|officer|man|century|percentile|inning|hole|caller|victim|suspect|deputy|trooper|division|ward|zone|battalion|infantry|birthday))",
     0.75, "A day of the month standing for a date ('until the 29th', 'on the 14th'); ordinal nouns that are not dates are excluded.",
     caseless=True,
     context={"words": ["on", "until", "till", "since", "by", "before", "after", "from", "through", "night", "morning", "evening", "afternoon", "of", "that", "the"], "before": 3, "required": True, "boost": 0.1})
rule("date.year-in-context", "DATE", r"(?<![0-9A-Za-z$#\-./])(?:19[5-9][0-9]|20[0-4][0-9])(?![0-9A-Za-z\-/]|\.[0-9])(?!\s+(?:rounds|hours|hrs|miles|feet|ft|yards|meters|metres|km|mph|dollars|pounds|lbs?|kg|people|officers|calls|times|block|blk|hundred|cc|series|square|sq))",
     0.7, "A standalone year after a time preposition or word (in 2016, back in 2016, since 1998, summer of 2019).",
     context={"words": ["in", "since", "of", "year", "back", "summer", "winter", "spring", "fall", "autumn", "during", "early", "late", "until", "from", "by", "before", "after", "around", "circa", "class", "born", "founded", "established", "graduated", "was", "year", "model", "circa"], "before": 2, "required": True, "boost": 0.1})
rule("date.year-heading", "DATE", r"(?<![^\n])(?:19[5-9][0-9]|20[0-4][0-9])(?=[,:]|\s+[\-–—]\s)",
     0.75, "A year that opens a line or the text, before a comma, colon or dash, heads a story as its date (2018, Hoover Dam bypass bridge …).")
rule("date.year-attributive", "DATE", r"(?<![0-9A-Za-z$#\-./])(?:19[5-9][0-9]|20[0-3][0-9])(?=\s+[A-Za-z])(?!\s+(?:rounds|hours|hrs|miles|feet|ft|yards|meters|metres|km|mph|dollars|pounds|lbs?|kg|people|officers|calls|times|block|blk|hundred|cc|series|square|sq|of|to|and|or)\b)",
     0.7, "A year right after an article or possessive, as an attribute, is a date (a 2015 Honda, the 2019 shooting, his 1998 arrest).",
     context={"words": ["a", "an", "the", "that", "this", "his", "her", "their", "my", "our", "its"], "before": 1, "required": True, "boost": 0.1})
rule("date.year-apostrophe", "DATE", r"(?<![0-9A-Za-z'’])['’][0-9]{2}(?![0-9A-Za-z'’])(?!\s+(?:minutes|mins|hours|hrs|seconds|feet|miles|yards|rounds))",
     0.7, "A year written with an apostrophe after a time word (back in '98, around '92 or '93, the winter of '04).",
     context={"words": ["in", "since", "of", "back", "summer", "winter", "spring", "fall", "autumn", "during", "early", "late", "until", "from", "by", "before", "after", "around", "circa", "class", "or", "and", "to", "through", "thru"], "before": 2, "required": True, "boost": 0.1})
rule("date.year-range", "DATE", r"(?<![0-9A-Za-z$#\-./])(?:19[5-9][0-9]|20[0-4][0-9])\s?[\-–]\s?(?:(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9A-Za-z\-/])",
     0.7, "A span of years after a time word (the winter of 1998-99, from 2003–2005).",
     context={"words": ["in", "since", "of", "back", "summer", "winter", "spring", "fall", "autumn", "during", "from", "between", "season", "year", "years", "school"], "before": 2, "required": True, "boost": 0.1})
MONTH_ROMANCE = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
                 r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
                 r"|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)")
WEEKDAY_ROMANCE = (r"(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
                   r"|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?"
                   r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")
rule("date.romance", "DATE",
     r"(?<![\p{L}0-9])(?:" + WEEKDAY_ROMANCE + r",?\s+)?[0-9]{1,2}(?:º|°|er)?\s+(?:de\s+)?" + MONTH_ROMANCE + r"(?:,?\s+(?:de(?:l)?\s+)?" + YEAR4 + r")?(?![\p{L}])",
     0.85, "Dates written in Spanish, Portuguese and French, day before month (sábado 14 de septiembre, 3 de março de 2021, 12 juillet 2022).", caseless=True)
HOLIDAYS = [r"Christmas(?:\s+(?:Eve|Day|morning|night|afternoon|evening))?", r"New\s+Year'?s(?:\s+(?:Eve|Day))?", r"Thanksgiving(?:\s+(?:Day|night|morning|Eve))?",
            r"Independence\s+Day", r"Fourth\s+of\s+July", r"4th\s+of\s+July", r"July\s+4th", r"Halloween(?:\s+night)?", r"Easter(?:\s+(?:Sunday|Monday|weekend))?",
            r"Memorial\s+Day", r"Labou?r\s+Day", r"Veterans'?\s+Day", r"Mother'?s\s+Day", r"Father'?s\s+Day", r"Valentine'?s\s+Day", r"St\.?\s+Patrick'?s\s+Day",
            r"Super\s+Bowl\s+Sunday", r"Anzac\s+Day", r"Boxing\s+Day", r"Canada\s+Day", r"Australia\s+Day", r"Waitangi\s+Day", r"Cinco\s+de\s+Mayo", r"Juneteenth",
            r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day", r"MLK\s+Day", r"Presidents'?\s+Day", r"Columbus\s+Day", r"Good\s+Friday", r"Black\s+Friday", r"Mardi\s+Gras",
            r"Remembrance\s+Day", r"Victoria\s+Day", r"Guy\s+Fawkes(?:\s+Night)?", r"Bonfire\s+Night", r"Hogmanay", r"Diwali", r"Eid(?:\s+al-(?:Fitr|Adha))?", r"Yom\s+Kippur", r"Rosh\s+Hashanah", r"Hanukkah"]
rule("date.holiday", "DATE", r"(?<!every\s)(?<!each\s)(?<!Every\s)(?<!Each\s)(?<![A-Za-z])\K(?:" + "|".join(HOLIDAYS) + r")(?:(?:\s+(?:weekend|week|night|morning|eve))?,?\s+" + YEAR4 + r")?(?![A-Za-z0-9])(?!\s+(?:tree|trees|lights|party|parties|present|presents|card|cards|shopping|season|break|decorations|music|spirit|weekends|weekend\s+every|costume|costumes|candy|carols?|songs?|movies?|sweaters?|stockings?|wreaths?|ornaments?|gifts?|baskets?|cookies|bonus|list|sale|sales|display|displays|fireworks\s+stand|themed?)\b)",
     0.85, "Named holidays pin a date in a year the story usually names; the generic 'every Fourth of July' and a holiday naming a thing (Christmas lights, Halloween costumes, an Easter basket) are left alone; in any case (CHRISTMAS DAY in a report typed in capitals).", caseless=True)

# ---------------------------------------------------------------- TIME
rule("time.clock", "TIME",
     r"(?<![0-9:.])(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?:\s*(?:[aApP]\.\s?[mM]\b\.?|[aApP]\s?[mM]\b" + END_DOT + r"|hours|hrs\b" + END_DOT + r"|hr\b|h\b))?(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?(?![0-9])",
     0.9, "Clock times with a colon, 12- or 24-hour, with am/pm or 'hours' and 'in the morning'.")
rule("time.dotted-ampm", "TIME", r"(?<![0-9.])(?:[01]?[0-9])\.[0-5][0-9]\s*(?:[aApP]\.\s?[mM]\b\.?|[aApP]\s?[mM]\b" + END_DOT + r")", 0.9,
     "Times written with a dot and am/pm (11.40pm); a dot without am/pm is a decimal, not a time.")
rule("time.hour-ampm", "TIME", r"(?<![0-9:.])(?:1[0-2]|0?[1-9])\s*(?:[aApP]\.[mM]\.|[aApP][mM]\b|[aApP]\.[mM]\b)(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?", 0.9,
     "Hours with am/pm: 4 a.m., 1 a.m., 9pm.")
rule("time.military", "TIME", r"(?<![0-9:.\-])(?:[01][0-9]|2[0-3])[0-5][0-9]\s*(?:hours|hrs\b" + END_DOT + r"|hr\b|h\b|HOURS|HRS\b" + END_DOT + r")", 0.95,
     "Military times with 'hours': 0230 hours, 2105 hrs.")
rule("time.military-bare", "TIME", r"(?<![0-9:.\-#/])(?:[01][0-9]|2[0-3])[0-5][0-9](?![0-9:\-/]|\s+(?:feet|foot|ft|meters|metres|yards|yds|miles|rounds|pounds|lbs|dollars|people|cc|hp|rpm|kg|km|degrees)\b|\s+(?:block|[A-Z][a-z]+\s+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct)\b))",
     0.75, "Four-digit 24-hour times after a time preposition or a verb of a timeline (at 2115, around 0640, began 2241).",
     context={"words": ["at", "around", "approximately", "approx", "about", "by", "until", "till", "time", "@", "before", "after", "since", "arrived", "arr", "disp", "dispatched", "cleared", "clr", "enroute", "began", "ended", "started", "stopped", "logged"], "before": 2, "required": True, "boost": 0.1})
HHMM = r"(?:[01][0-9]|2[0-3])[0-5][0-9]"
rule("time.zero-led", "TIME",
     r"(?<![0-9A-Za-z.,:$/\-#])0[0-9][0-5][0-9](?![0-9A-Za-z]|[.,/\-:][0-9])(?!\s+(?:feet|foot|ft|meters|metres|yards|yds|miles|rounds|pounds|lbs|dollars|people|block|blk|hundred)\b)",
     0.6, "A standalone four-digit number with a leading zero and valid minutes is a 24-hour clock time (set for 0500, between 0130 and 0145): no year, count or amount is written that way; badge, phone and address rules claim their own.")
RANGE_TO = r"\s*(?:-|–|to|until|till|thru|through)\s*"
SHIFT_WORDS = r"\s+(?:shift|shifts|watch|tour|hours|hrs)\b"
JOINS = ["-", "–", " - ", " – ", " to ", " until ", " till ", " thru ", " through "]
RANGE_AFTER = "(?<=" + "|".join("[0-9]{4}" + re.escape(j).replace("\\ ", " ") for j in JOINS) + ")"
RANGE_AFTER_ZERO = "(?<=" + "|".join("0[0-9]{3}" + re.escape(j).replace("\\ ", " ") for j in JOINS) + ")"
rule("time.range", "TIME",
     r"(?<![0-9:.\-#/])" + HHMM + r"(?=" + RANGE_TO + HHMM + r"(?![0-9])(?:" + SHIFT_WORDS + r"|(?<=0[0-9]{3})))"
     r"|(?<![0-9:.\-#/])0[0-9][0-5][0-9](?=" + RANGE_TO + HHMM + r"(?![0-9]))"
     # The second time: a look-behind (fixed length per branch) sees the first, since the
     # first one's own match has already moved the search past it.
     r"|" + RANGE_AFTER + HHMM + r"(?![0-9])(?=" + SHIFT_WORDS + r")"
     r"|" + RANGE_AFTER + r"0[0-9][0-5][0-9](?![0-9])"
     r"|" + RANGE_AFTER_ZERO + HHMM + r"(?![0-9])",
     0.8, "Two four-digit times joined as a range (the 1900 to 0700 shift, 0600-1400): each side is a clock time when one of them has a leading zero, which no year has, or a shift word follows.")
rule("time.before-day", "TIME", r"(?<![0-9:.\-#/])(?<!in\s)(?<!In\s)(?<!of\s)(?<!since\s)(?:[01][0-9]|2[0-3])[0-5][0-9](?=,?\s+(?:on\s+)?(?:" + WEEKDAY + r"|" + MONTH + r")\b\.?|,?\s+(?:on\s+)?[0-9]{1,2}/[0-9]{1,2}\b)",
     0.75, "A four-digit time written before the day or date it belongs to (0215 on Sunday, 1430 Tue 3/5, 2210 on 6/14).")
rule("time.after-date", "TIME", r"(?<![0-9])(?:[0-9]{1,4}[\-/.][0-9]{1,2}[\-/.][0-9]{2,4}|(?<![0-9/.\-])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01]))(?:,?\s+(?:at\s+)?|\s*[—–]\s*|\s+[\-/|]\s+)\K(?:[01][0-9]|2[0-3])[0-5][0-9](?![0-9:])(?!\s+(?:feet|foot|ft|meters|metres|yards|miles|rounds|pounds|lbs|dollars|people|block)\b)", 0.85,
     "A four-digit time right after a date (2018-08-03, 0640; DATE 09/17/2022 2314; 28/12/22 — 0015; 2020-05-23 / 1420), or after a month and day written with a slash (Thursday, 5/16, 0640; 12/1 2215).")
rule("time.log-line", "TIME", r"(?m)(?:^[ \t]*|[.;][ \t]+)\K(?:[01][0-9]|2[0-3])[0-5][0-9](?=[ \t]+(?:[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9]))+[ \t,./:]|[0-9][ \t]+[A-Z]{2,}[ \t]|[A-Z][a-z]+[ \t]|(?!(?:blk|block|bl|hundred|of|and|to)[ \t])[a-z]{2,6}[ \t]+[0-9]))", 0.6,
     "Dispatch logs start each line with a four-digit time (2315 1 FLED ON FOOT, 2315 FLED ON FOOT, 2248 sq 3143 disp, 0012 DISPATCH: ..., 0013 2-ADAM-14: COPY).")
rule("time.words", "TIME", r"(?<![A-Za-z])(?:quarter|half|ten|five|twenty|twenty-five)\s+(?:past|to|after|till|til|of)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|(?:1[0-2]|0?[1-9])(?![0-9])(?!\s+(?:people|persons|guys|men|women|kids|officers|cars|units|rounds|shots|times|minutes|mins|hours|miles|feet|years|percent|of)\b))(?![A-Za-z])|(?<![A-Za-z0-9])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])\s+o['’]?clock(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?"
     r"|(?<![A-Za-z0-9\-])(?<!past\s)(?<!after\s)(?<!till\s)(?<!til\s)(?<!to\s)(?<!of\s)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![A-Za-z])",
     0.85, "Clock times in words or digits: quarter past twelve, three o'clock, 8 o'clock in the morning, four in the afternoon.", caseless=True)
rule("time.hour-of-day", "TIME",
     r"(?<![A-Za-z])(?i:at|around|about|approximately|approx|till|til|until|by|after|before|since|like|near|nearly|almost)\s+\K(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![A-Za-z])",
     0.8, "An hour followed by 'in the morning' or 'at night' after a time preposition is a clock time (around 3 in the morning, till two at night).", caseless=True)
rule("time.after-month-day", "TIME",
     r"(?<![A-Za-z])" + MONTH_DOT + r"\s+[0-9]{1,2}" + ORD + r"?(?:,?\s+" + YEAR4 + r")?,?\s+(?:at\s+)?\K(?:[01][0-9]|2[0-3])[0-5][0-9](?![0-9:\-/])(?!\s*(?:block|rounds|feet|miles|yards|dollars|people|calls))",
     0.85, "A four-digit time right after a month and day, with or without the year (Sept. 19, 0410; July 4 2130; April 9, 2022, 1450).", caseless=True)
rule("time.after-day-month", "TIME",
     r"(?<![0-9A-Za-z])(?:[0-9]{1,2}" + ORD + r"?\s+(?:of\s+)?" + MONTH_DOT + r"(?:,?\s+" + YEAR4 + r")?|(?-i:Day|Eve|DAY|EVE)\s+" + YEAR4 + r"),?\s+(?:at\s+)?\K(?:[01][0-9]|2[0-3])[0-5][0-9](?![0-9:\-/])(?!\s*(?:block|rounds|feet|miles|yards|dollars|people|calls|officers|hours|hrs))",
     0.85, "A four-digit time right after a day and month written day first, with or without the year (14 June, 0930; 1 May 2023, 0415; 22 Sept 2024 0055; 14th of March 0320), or after a dated holiday (Boxing Day 2021, 1615).", caseless=True)
rule("time.half-hour-british", "TIME",
     r"(?<![A-Za-z])(?i:at|around|about|by|till|til|until|after|before|from|gone|after|approx\.?|approximately)\s+\K(?i:half)\s+(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])(?![A-Za-z0-9])(?:\s+(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|this\s+morning|last\s+night)(?![A-Za-z]))?(?!\s+(?i:of|a|an|the|dozen|hours?|hrs?|minutes?|mins?|miles?|km|pints?|people|officers|cars|units|rounds|times|years?|days?|weeks?|months?)\b)",
     0.8, "British and Irish clock times with 'half' before the hour (around half nine, at half two): half past the hour.")
rule("time.bullet", "TIME",
     r"(?m)^[ \t]*[\-*•–·][ \t]+\K(?:[01][0-9]|2[0-3])[0-5][0-9](?=[ \t]*[,:;\-–]|[ \t]+(?!(?:block|blk|rounds|feet|miles|yards|dollars|people|calls|hundred|of)\b)[A-Za-z])",
     0.75, "A list item that starts with a four-digit 24-hour time is a timeline entry (- 2140 entry team stacked; * 0600, 1127 Basswood Ct).")
NOT_TIME_UNITS = r"(?:years?|yrs?|year-olds?|minutes?|mins?|hours?|hrs?|seconds?|secs?|miles?|mph|feet|ft|yards?|people|persons|guys|men|women|kids|rounds|shots|times|cars|units|officers|percent|dollars|bucks|pounds|lbs)\b"
rule("time.ish", "TIME",
     r"(?<![0-9A-Za-z:.\-#/])(?:(?:[01][0-9]|2[0-3])[0-5][0-9]|(?:[01]?[0-9]|2[0-3]):[0-5][0-9]|1[0-2]|0?[1-9])(?=-?ish\b(?!\s*" + NOT_TIME_UNITS + r"))",
     0.8, "An hour or a four-digit time with '-ish' (0200ish, 2ish, 10-ish) is an approximate clock time; '40ish years' is not one.", caseless=True)
rule("time.half-hour", "TIME",
     r"(?<![A-Za-z])(?:at|about|around|approx\.?|approximately|by|until|till|til|after|before|since|gone|from|just\s+after|just\s+before)\s+\Khalf\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])(?![A-Za-z0-9:.])(?!\s*(?:%|percent|dozen|of\b|an?\b|hours?|miles?|minutes?|inch|inches|litres?|liters?|pints?|kilos?|tons?|tonnes?))",
     0.8, "British and Irish 'half two' (half past two) after a time preposition is a clock time (about half ten at night).", caseless=True)
rule("time.bare-hour-range", "TIME",
     r"(?<![A-Za-z])(?i:between|from|around|about|at|by|approximately|approx\.?)\s+\K(?:1[0-2]|0?[1-9])(?=\s*(?:-|–|to|and|or|until|till)\s*(?:1[0-2]|0?[1-9])(?::[0-5][0-9](?![0-9])|\s*[aApP]\.?\s?[mM]\b))",
     0.75, "A bare hour that opens a range closed by a clock time (between 10 and 10:30 p.m., from 2 to 3 a.m.) is a clock time too.")
rule("time.noon", "TIME", r"(?<![0-9A-Za-z:.])(?:12|twelve)\s+(?:noon|midnight)(?![A-Za-z])", 0.85,
     "'12 noon' and 'twelve midnight' are clock times.", caseless=True)
DAY_PART = r"(?:tonight|last\s+night|this\s+(?:morning|afternoon|evening)|that\s+(?:night|morning|afternoon|evening)|the\s+night\s+before)"
rule("time.bare-hour-day-part", "TIME",
     r"(?<![A-Za-z])(?:" + DAY_PART + r",?\s+(?:at|around|about|near|by|until|till|after|before|just\s+after|just\s+before|right\s+around)\s+\K(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?(?![0-9:.,]?[0-9]|\s*(?:" + NOT_TIME_UNITS + r"|of\b|or\b|to\b|-))"
     r"|(?:at|around|about|near|by|until|till|after|before)\s+\K(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?(?=,?\s+" + DAY_PART + r"\b))",
     0.75, "A bare hour after a time preposition beside a part of the day is a clock time (tonight around 10, about 2 last night).", caseless=True)
DIGIT_NAMES = "one|two|three|four|five|six|seven|eight|nine"
HOUR_NAMES = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty[\\s\\-](?:one|two|three)"
rule("time.spoken-military", "TIME",
     r"(?<![A-Za-z])(?:(?:oh|zero)[\s\-](?:" + DIGIT_NAMES + r")[\s\-]hundred(?:\s+hours)?|(?:" + HOUR_NAMES + r")[\s\-]hundred\s+hours|(?<=at\s|At\s|by\s|til\s)(?:" + HOUR_NAMES + r")[\s\-]hundred)(?![A-Za-z])",
     0.8, "Military times spoken in words (oh-two-hundred, fourteen hundred hours, at twenty-two hundred).", caseless=True)
rule("time.h-separated", "TIME", r"(?<![0-9A-Za-z.:])(?:[01]?[0-9]|2[0-3])(?:h| h )[0-5][0-9](?![0-9A-Za-z])", 0.9,
     "Times written with an h between hours and minutes (17h40, 23 h 40), as in South African and French usage.")
rule("time.dotted-24h", "TIME", r"(?<![0-9.,])(?:[01]?[0-9]|2[0-3])\.[0-5][0-9](?![0-9]|\.[0-9])", 0.75,
     "Times written with a dot (21.30, 9.45), as British and Commonwealth officers do, after a time word; without one a dot is a decimal.",
     context={"words": ["at", "about", "around", "approximately", "approx", "by", "until", "till", "from", "time", "since", "before", "after", "hrs", "hours"], "before": 2, "required": True, "boost": 0.1})

# ---------------------------------------------------------------- BADGE
BADGE_KEYS = (r"(?:badge|matricule|shield|star|serial|employee|emp\.?|empl\.?|personnel|payroll|psn|dsn|ein|officer\s+id|member|collar|buckle|shoulder|regimental|regt\.?|staff\s+(?:number|no\.?|id)|warrant\s+card|registered\s+(?:number|no\.?)|i\.?d\.?|id|p\.?o\.?|"
              r"officer\s+(?:number|no\.?|#))")
ID_SHAPE = r"[A-Z]{0,3}-?[0-9][A-Z0-9]{0,7}(?:-[A-Z0-9]{1,6})?"
rule("badge.keyword", "BADGE",
     r"(?<![A-Za-z])" + BADGE_KEYS + r"(?:\s*(?:number|num|no\.?|nr|#|:|\||is|was|as|of))*\s*#?\s*\K" + ID_SHAPE + r"(?![A-Za-z0-9])",
     0.9, "Numbers after badge, shield, star, serial, employee, PSN/DSN, ID and P.O. keywords identify an officer, as do the Commonwealth regimental, staff, registered and warrant-card numbers.",
     caseless=True, validators=["has-digit"])
rule("badge.unit", "BADGE",
     r"(?<![A-Za-z])(?:unit|car|units|cars|call\s*sign|callsign|patrol\s+car|squad|squad\s+car|sq|sqd|cruiser|vehicle\s+number|beat)(?:\s*(?:number|no\.?|#|:))*\s*#?\s*\(?\K" + r"[A-Z]{0,2}-?[0-9][A-Z0-9]{0,5}(?:-[A-Z0-9]{1,4})?" + r"(?![A-Za-z0-9])"
     r"|(?<![A-Za-z])(?:unit|car|units|cars|call\s*sign|callsign)(?:\s+(?:was|is|number|no\.?|#))?\s+\K(?-i:(?!(?:ON|IN|AT|TO|OF|IS|AND|THE|WAS|FOR|AN|AS|BY|UP|NO)\s)[A-Z]{2,5})\s?[0-9]{2,5}(?![A-Za-z0-9])",
     0.85, "Unit and car numbers and call signs identify an officer or a crew: Unit 2A12, car 417, car S-12; an agency's letters before the number stay inside (unit was MDOC 7713).",
     caseless=True, validators=["has-digit"])
rule("badge.callsign-keyword", "BADGE",
     r"(?<![A-Za-z])(?i:call\s*sign|callsign)(?:\s+(?:was|is|of|that\s+day|that\s+night|today))*[\s:,]*\K(?-i:(?:[A-Z][a-z]*-[a-z]+|[A-Z][a-z]+|[A-Z]{2,})(?:\s[A-Z][a-z]+)?)[\s\-]?[0-9]{1,4}[A-Z]?(?![A-Za-z0-9])",
     0.85, "Whatever word-and-number follows 'call sign' is the call sign (call sign Campus 6, callsign Nomad 12, call sign X-ray 14, call sign Mike Papa 21).")
rule("badge.crew-callsign", "BADGE",
     r"(?<![A-Za-z])(?i:we\s+were|crew\s+was|crew\s+were|car\s+as|van\s+as|unit\s+as|working\s+as|I\s+was|car\s+was|van\s+was|(?:in|on|out|up)\s+as|asked\s+for|called\s+for|requested)\s+\K(?-i:(?!(?:Code|Signal|Priority|Level|Tier|Phase|Channel|Unit|Car|Section|Grade|Class|Year|Stage|Platoon|Shift|Week|Day|Page|Chapter|Room|Floor|Sergeant|Constable|Officer|Deputy|Trooper|Detective|Senior|Number|Plan|Option|Team|Version|Round|Exit|Junction|Gate|Lot|Bay|Apt|Apartment|Suite|Flat|Unit)\b)[A-Z][a-z]+(?:[\s\-][A-Z][a-z\-]+)?)\s[0-9]{1,3}[A-Z]?(?![A-Za-z0-9])(?!\s*(?:minutes|mins|hours|hrs|feet|ft|metres|meters|miles|yards|years|km|kilometres|kilometers|rounds|mph|kph|percent|%|people|officers))",
     0.75, "A crew names itself by its call sign, a word and a number (we were Papakura 21 that night, the partner crew was Geelong 251, working the car as Blacktown 14).")
PHONETIC = ("Adam|Boy|Baker|Charles|Charlie|David|Edward|Echo|Frank|George|Henry|Ida|John|King|Lincoln|Mary|Nora|Ocean|Paul|Queen|Robert|Sam|Tom|Union|"
            "Victor|William|Xray|X-ray|Young|Zebra|Alpha|Bravo|Delta|Foxtrot|Golf|Hotel|India|Juliet|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|"
            "Uniform|Whiskey|Yankee|Zulu|Easy|Dog|Fox|Item|Jig|Love|Nan|Oboe|Peter|Roger|Sugar|Uncle|Zed|Marine|Air|Tac|Traffic|Sector|Medic|Patrol|Warden|Harbor|Harbour|Ranger|Tower|Metro|K9|K-9")
rule("badge.unit-apposition", "BADGE",
     r"(?<![A-Za-z])(?i:unit|car|crew|call\s*sign|callsign)\s*,\s+\K(?-i:(?:[A-Z][a-z]+|[A-Z]{2,})[\s\-][0-9]{1,4}[A-Z]?|[A-Z]{1,3}-?[0-9]{1,4}[A-Z]?)(?![A-Za-z0-9])",
     0.8, "A call sign set off after 'unit,' or 'car,' is a word and a number (a second unit, Wellington 12, turned onto the street; the second unit, MD21, was close).")
rule("badge.callsign", "BADGE", NB + r"[0-9]{1,2}-?(?:" + PHONETIC + r")-?[0-9]{1,3}" + NA, 0.9,
     "Radio call signs with a number, a phonetic word and a number: 3-Adam-21, 1-Lincoln-12.", caseless=True)
rule("badge.callsign-word", "BADGE", r"(?<![A-Za-z0-9])(?:" + "|".join(both(PHONETIC.split("|"))[3:-1].split("|")) + r")(?:\s(?:" + "|".join(both(PHONETIC.split("|"))[3:-1].split("|")) + r"))?[\s\-]?(?:[0-9]{1,3}|(?!(?:19|20)[0-9]{2})[0-9]{4})[A-Z]?(?![A-Za-z0-9])(?!\s*(?:rounds|mm|caliber|feet|miles|minutes|years))",
     0.7, "A phonetic or unit word, or two of them, followed by a number is a call sign when spoken on the radio: Lincoln 22, MARINE 7, K9 4, Hotel Whiskey 3.",
     context={"words": ["show", "me", "copy", "unit", "units", "car", "dispatch", "radio", "responded", "this", "is", "go", "ahead", "en", "route", "disp", "assist", "with", "and"], "before": 4, "after": 4, "boost": 0.15})
CALL_WORDS = "Adam|Baker|Charles|Charlie|David|Edward|Ida|Lincoln|Nora|Ocean|Queen|Union|Victor|William|Xray|X-ray|Zebra|Alpha|Bravo|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Whiskey|Yankee|Zulu|Marine|Tac|Sector|Medic|Warden|Harbor|Harbour|Ranger"
DIGIT_WORDS = "(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Niner|Zero|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|NINER|ZERO)"
rule("badge.callsign-spoken", "BADGE", r"(?<![A-Za-z])(?:" + "|".join(both(CALL_WORDS.split("|"))[3:-1].split("|")) + r")[\s\-]" + DIGIT_WORDS + r"(?:[\s\-]" + DIGIT_WORDS + r"){0,2}(?![A-Za-z])",
     0.75, "Call signs spoken in words on the radio: Kilo Two-Three, ADAM ONE FOUR.")
rule("badge.shape", "BADGE", NB + r"[0-9]{1,2}[A-Z][0-9]{2,3}" + NA, 0.7,
     "Digit-letter-digits is the common call-sign shape (2A12, 4B32, 7C21); other identifiers rarely take it.")
rule("badge.parenthesised", "BADGE", r"\((?:#\s*)?([0-9]{3,6}|[0-9]{1,2}[A-Z][0-9]{1,3}|[A-Z]-?[0-9]{2,5})\)", 0.6,
     "A bare number in brackets right after a name is that officer's badge: Officer Stan Novak (#3317), my partner (6642).",
     group=1, validators=["not-year"],
     context={"words": ["officer", "deputy", "trooper", "sergeant", "sgt", "cpl", "corporal", "det", "detective", "lt", "lieutenant", "partner", "ofc", "dep", "tpr", "agent", "constable", "me", "i", "myself", "captain", "capt", "po", "p.o", "sheriff", "marshal"], "before": 8, "boost": 0.3})
rule("badge.hash", "BADGE", r"(?<![A-Za-z0-9&])#\s?\K[A-Z]?-?[0-9]{2,6}[A-Z]?(?![0-9A-Za-z\-])", 0.55,
     "A number after '#' near an officer's name or rank is a badge number (P.O. King #5120).",
     context={"words": ["officer", "deputy", "trooper", "sergeant", "sgt", "cpl", "det", "detective", "lt", "partner", "ofc", "dep", "tpr", "po", "p.o", "agent", "constable", "captain", "capt", "badge", "unit", "car"], "before": 8, "boost": 0.3})
rule("badge.after-ranked-name", "BADGE",
     r"(?<![A-Za-z])(?:PC|PCSO|DC|PS|DS|Cst\.?|Const\.?|Constable|Officer|Ofc\.?|Sgt\.?|Sergeant|Deputy|Dep\.?|Tpr\.?|Trooper|Cpl\.?|Corporal|Det\.?|Detective|Ptl\.?|Patrolman)\s+(?:[A-Z][A-Za-z'’\-]+\s+){0,2}[A-Z][A-Za-z'’\-]+(?:\s+|,[ \t]*(?=[A-Z]?[0-9]{3,6}(?:[,);]|\.(?:\s|$))))\K[A-Z]?[0-9]{3,6}(?![0-9A-Za-z:/\-]|\.[0-9A-Za-z])(?!\s+(?:block|hours|hrs|rounds|feet|miles|yards|[A-Z][a-z]+\s+(?:Street|St|Avenue|Ave|Road|Rd)\b))",
     0.8, "A number right after a ranked officer's name, or set off by a comma after it, is that officer's collar or badge number (PC Aisha Mohamed 4417, Cpl. Dave Rock, 4471, Officer Bruno Castellanos, P4471.).",
     validators=["not-year"])
rule("badge.rank-number-name", "BADGE",
     r"(?<![A-Za-z])(?:PC|PCSO|DC|PS|DS|Cst\.?|Const\.?|Constable|Sgt\.?|Sergeant|Insp\.?|Garda)\s+\K[0-9]{3,6}(?=\s+\p{Lu}[\p{Ll}'’\-]+)",
     0.8, "British collar numbers are written between the rank and the name (PC 5590 Wanjiru, PS 118 Okoye).")
rule("badge.before-status", "BADGE",
     r"(?<![A-Za-z0-9\-])(?:[A-Z]{1,2}[0-9]{1,3}[A-Z]?|[0-9]{1,2}[A-Z][0-9]{1,3})(?=(?:[ \t,]+(?:[A-Z]{1,2}[0-9]{1,3}[A-Z]?|[0-9]{1,2}[A-Z][0-9]{1,3}))*[ \t]+(?:ENRT|ENR|ENROUTE|ONSCENE|ONSC|OS|ARRD|ARR|CLR|CLRD|AVAIL|ACK|REQ|ADV|COPIES|RESPONDING|DISP|TAKING|CODE|10-[0-9]{1,3})(?![A-Za-z0-9]))"
     r"|(?<![A-Za-z0-9\-])(?:[A-Z]{1,2}-?[0-9]{1,3}[A-Z]?|[0-9]{1,2}[A-Z][0-9]{1,3})(?=[ \t]+(?:arrived|arrives|responded|cleared|was\s+en\s+route|is\s+en\s+route|went\s+en\s+route|advised)(?![A-Za-z]))",
     0.8, "In dispatch logs the units named before a status word or a ten-code are call signs (K7 K15 ENRT, B14 ONSCENE, U12 10-97); confirmed, so the same unit elsewhere in the log goes too.")
rule("badge.log-line", "BADGE", r"(?m)^[ \t]*[0-9]{2}:?[0-9]{2}(?::[0-9]{2})?[ \t]+\K(?!911[ \t])(?:[0-9]{1,2}-[0-9]{1,3}|[0-9]{3,4}|[0-9]{1,2}[A-Z][0-9]{1,3}|(?!(?:I|IH|US|SR|CR|FM|RM|SH|MM|MP|RT|HWY)-?[0-9])(?!K-?9(?![0-9A-Za-z\-]))[A-Z]{1,2}-?[0-9]{1,3}[A-Z]?)(?=[ \t]+[A-Z0-9])", 0.65,
     "Dispatch-log lines name the unit right after the time stamp (01:53 1133 10-1 SHOTS FIRED, 02:14:33 U12 ENRT, 2209 M-22 ENRT); road numbers (I-40, US 60, MM 18) are not units, nor is K9 alone (the dog, 2341 K9 LOCATES SUSP).")
rule("badge.cad-unit", "BADGE", r"(?<![0-9A-Za-z\-])[0-9]{1,2}-[0-9]{1,3}(?![0-9\-])", 0.6,
     "Dashed unit numbers in dispatch logs (UNITS 9-14); radio ten-codes are removed by the allow-list.",
     context={"words": ["unit", "units", "car", "cars", "disp", "dispatched", "assigned", "enrt", "onscene", "arrived", "cleared", "po", "ofc", "sgt", "assist", "adv", "clr", "responding", "copies", "copy"], "before": 8, "after": 2, "required": True, "boost": 0.2})

# ---------------------------------------------------------------- ID
ID_KEYS = (r"(?:case|report|incident|event|cad|ccn|dr|cc|rd|oca|ucr|complaint|file|docket|citation|ticket|warrant|arrest|booking|inmate|"
           r"call|reference|ref|control|log|agency|tracking|cause|indictment|offense|offence|crime|property|evidence|receipt|claim|policy|account|acct|"
           r"invoice|order|permit|registration|confirmation|inventory|ncic|cdl|sid|fbi|jacket|cdc|doc|occurrence|fir|cas|promis|oid|summons|blotter|ob|diary|trace|seizure|inc|pulse|ppsn|pps|nino|tfn|medicare|querella|expediente|folio|denuncia|vin|mni|ori|dept\.?\s+of\s+corrections)")
rule("id.keyword", "ID",
     r"(?<![A-Za-z])" + ID_KEYS + r"(?:\s*(?:number|num|no\.?|nr|#|:|id|numbers|entry|ending(?:\s+in)?|ends\s+in|ended(?:\s+in)?))*\s*#?\s*\(?\K(?:(?-i:[A-Z]{1,3})\s(?=[0-9]{6}))?(?:[A-Z]{1,5}-(?=[A-Z]{1,5}-?[0-9]))?[A-Z]{0,5}[\-/]?[0-9][A-Z0-9]*(?:[\-/.][A-Z0-9]+){0,4}(?![A-Za-z0-9])",
     0.85, "Case, report, incident, event, warrant, booking, occurrence-book and similar numbers follow their keyword, in brackets or not (with a letter prefix: CR/0412883/22; warrant (1622-CR01187)).",
     caseless=True, validators=["has-digit"])
rule("id.number-of-date", "ID",
     r"(?<![A-Za-z])(?i:serial|incident|log|cad|ref|reference|occurrence|call|job|message|msg)(?:\s*(?:number|no\.?|#|:))*\s*\K[0-9]{1,5}\s+of\s+[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})(?![0-9/])",
     0.85, "British control-room references are a serial and the day it was opened, written whole (Serial 1144 of 05/11/19, incident 117 of 16/02/2019): the date is part of the number. Without a year ('CAD 1093 of 12/03') the keyword and date rules mark the two parts.")
rule("id.slashed-reference", "ID", NB + r"[A-Z]{1,4}/[0-9]{2,8}/[0-9]{2,8}(?:/[0-9]{2,4})?" + NA, 0.75,
     "Letters, then numbers between slashes, are crime, station-diary and file references (CR/0412883/22, SC/23/0417); dates have no letters.")
rule("id.keyword-copula", "ID",
     r"(?<![A-Za-z])(?i:case|report|incident|event|cad|file|citation|ticket|warrant|booking|inmate|fbi|sid|doc|cause|docket|complaint|reference|ref|tracking|confirmation|occurrence|claim|policy|account|mni|ori|agency|order|vin)(?:\s+(?:number|num|no\.?|#))?\s+(?:is|was|were|are|reads|read|ended\s+in|ends\s+in)\s+\K(?=[A-Za-z0-9\-/]*[0-9])[A-Za-z0-9][A-Za-z0-9\-/]{4,20}(?![A-Za-z0-9])",
     0.8, "A reference number stated with 'is' or 'was' (the FBI number is 448812KA9, our ORI is TX2270100, the intervention order number was F10223344); five characters at least, so 'the case was 3 years old' stays.",
     validators=["has-digit"])
rule("id.compact-year-series", "ID", NB + r"(?:19|20)?[0-9]{2}[A-Z]{1,4}[0-9]{4,8}" + NA, 0.65,
     "Court and agency numbers written year, series letters, serial without dashes (24SO11987, 24CR00441, 2024CF001873).")
rule("id.year-slash", "ID", r"(?<![0-9A-Za-z/.\-])(?:19|20)[0-9]{2}/[0-9]{5,8}(?![0-9/])", 0.65,
     "A year and a long serial joined by a slash is a file or case number (2024/0031187).")
rule("id.long-digits", "ID", r"(?<![0-9A-Za-z.,$/\-])[0-9]{9,12}(?![0-9A-Za-z]|[.,/\-][0-9])", 0.6,
     "A bare run of nine to twelve digits that no phone or date rule claims is a reference, licence or account number.")
rule("id.bare-digits", "ID",
     r"(?<![0-9A-Za-z.,$/\-:])(?:0[0-9]{5,7}|[1-9][0-9]{6,7})(?![0-9A-Za-z]|[.,/\-:][0-9])(?!\s+(?i:rounds|dollars|people|persons|miles|feet|ft|yards|pounds|lbs|volts|times|calls|cars|vehicles|views|hits|followers|residents|visitors|acres|square|sq|gallons|cubic|cash|worth|in\s+(?:cash|damages?|bail|fines?|drugs|cocaine|heroin|meth|bills|currency|bonds?|restitution))\b)",
     0.55, "A run of seven or eight digits, or six or more with a leading zero, standing alone is a reference number (an inmate, file or account number) unless a unit follows: narratives write quantities with separators.")
rule("id.court-file", "ID",
     NB + r"(?:19|20)?[0-9]{2}[ \t]+(?!(?:AT|ON|IN|TO|OF|BY|OR|AND|THE|HRS|HR|AM|PM|A|I|WE|HE|MPH|FT|NO|SO|PD|AS|IS|WAS|FOR|NB|SB|EB|WB|DAY|DAYS|YR|YRS|MIN|MINS|SEC|SECS|LBS|KG|KM|MI|RDS|PCS|JAN|FEB|MAR|APR|MAY|JUN|JUNE|JUL|JULY|AUG|SEP|SEPT|OCT|NOV|DEC)[ \t])(?-i:[A-Z]{1,4}[0-9]?)[ \t]+[0-9]{5,8}(?![0-9A-Za-z])(?!\s*(?i:rounds|miles|feet|yards|dollars|people|hours|hrs|times|shots|calls))",
     0.65, "Court file numbers written with spaces: a two- or four-digit year, a case-type code and a serial (21 CVD 004471, 2021 CF2 004417).")
rule("id.letter-long-digits", "ID", r"(?<![0-9A-Za-z.,$/\-])[A-Z][0-9]{8,12}(?![0-9A-Za-z]|[.,/\-][0-9])", 0.65,
     "One capital letter and eight to twelve digits is a job, event or file number (P054417823, E230884412); no word or phone has that shape.")
rule("id.ssn", "ID", NB + r"[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9])", 0.85, "Social security numbers (3-2-4 digits).")
rule("id.ssn-context", "ID", r"(?i:ssn|social\s+security(?:\s+number)?|ss#)(?:\s*(?:number|no\.?|#|:|was|is|ending\s+in|ends\s+in))*\s*\K[0-9]{3}[\s\-]?[0-9]{2}[\s\-]?[0-9]{4}(?![0-9])", 0.95,
     "Any nine digits after SSN.")
rule("id.ssn-last-four", "ID",
     r"(?i:(?:last|final)\s+(?:four|4)(?:\s+(?:digits|numbers|#s?))?\s+of\s+(?:(?:his|her|their|the|its|my)\s+)?(?:ssn|social(?:\s+security)?(?:\s+(?:number|no\.?|#))?|s\.s\.n\.?)(?:\s*(?:was|were|is|are|:|#|,))*|(?:ssn|social\s+security(?:\s+number)?)\s+(?:ending|ends|ended)(?:\s+(?:in|with))?)\s*\K[0-9]{4}(?![0-9])",
     0.85, "The last four digits of a social security number, however it is introduced (last four of his SSN were 0921, the last four of the SSN, 0921, SSN ending in 0921, his SSN ended 0921).")
rule("id.driver-licence", "ID",
     r"(?<![A-Za-z])(?:dl|d\.l\.|oln|driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e|id\s+card|state\s+id|passport|green\s+card|alien)(?:[\s,]*(?:number|num|no\.?|#|:|was|is))*[\s,(]*#?\s*\K[A-Z]{0,3}[0-9][0-9A-Z]*(?:[\s\-][A-Z]?[0-9][0-9A-Z]*){0,5}(?![A-Za-z0-9])",
     0.85, "Driver's licence, state id and passport numbers follow their keyword, also set off by a comma (formats differ by state: A4127 30118 05962, P312-547-88-219-0; a license, number D4417209).",
     caseless=True, validators=["has-digit"])
rule("id.vin", "ID", NB + r"[A-HJ-NPR-Z0-9]{17}" + NA, 0.9, "Vehicle identification numbers (17 characters, check digit).",
     validators=["vin", "has-letter-and-digit"])
rule("id.card", "ID", NB + r"(?:[0-9]{4}[\s\-]?){3}[0-9]{1,7}(?![0-9])", 0.85, "Payment card numbers (Luhn check).", validators=["luhn"])
rule("id.iban", "ID", NB + r"[A-Z]{2}[0-9]{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?" + NA, 0.8, "International bank account numbers.",
     validators=["has-digit"])
rule("id.ip", "ID", r"(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})(?![0-9.])", 0.8,
     "IPv4 addresses tie a narrative to a device or a subscriber.")
rule("id.long-number", "ID", NB + r"(?!(?:0[0-9]|1[0-8]|2[1-3])[0-5][0-9]-(?:[01][0-9]|2[0-3])[0-5][0-9](?![0-9A-Za-z\-])|(?:19|20)[03]0-(?:[01][0-9]|2[0-3])[03]0(?![0-9A-Za-z\-]))(?:[A-Z]{1,4}-?)?[0-9]{2,6}-[0-9]{3,8}(?:-[0-9A-Z]{1,6})?" + NA, 0.6,
     "Dashed agency numbers (19-004471, CPD-22-118832) are case or report numbers even without a keyword; two 24-hour times that cannot be a year and a number (1800-0600, 2000-0400) are a shift.")
rule("id.lettered-number", "ID", NB + r"(?:[A-Z]{1,4}-[0-9]{4,8}-(?:[0-9]{2}|[0-9]{4})|[A-Z]{2,5}(?:-[A-Z]{2,5}){0,2}-[0-9]{5,10}|(?:19|20)?[0-9]{2}-[A-Z]{1,4}-[0-9]{3,8})" + NA, 0.6,
     "Agency numbers with a letter series: series, serial and year (F-14452-24, A-28119-24), letter groups before a long serial (OAK-WAR-239918), or year, series and serial (2023-CR-00918).")

# ---------------------------------------------------------------- PLATE
PLATE = r"(?=[A-Z0-9\- ]{0,9}[0-9])(?:[A-Z][ \-][0-9]{5,7}|[A-Z0-9]{1,8}(?:[ \-](?:[A-Z0-9]{1,4}|(?=[A-Z]{0,2}[0-9])[A-Z0-9]{5,7})){0,2})"
rule("plate.keyword", "PLATE",
     r"(?<![A-Za-z])(?i:plates?|plated|tags?|registration|rego|reg\.?|licen[sc]e\s+plate|plate\s+number|temporary\s+tag|paper\s+tag)(?:\s+(?:number|no\.?|#|reading|read|of|was|is|that\s+read))*[\s:#,]*\K" + PLATE + r"(?![A-Za-z0-9])",
     0.85, "Licence plates follow plate, tag, registration and rego.", validators=["has-digit"])
rule("plate.quoted", "PLATE",
     r"(?<![A-Za-z])(?i:plates?|tags?|vanity\s+plate)(?:\s+(?:that|which))?\s+(?i:read|reads|reading|said|says)\s*[:,]?\s*[\"“']\K[A-Z0-9][A-Z0-9 \-]{0,7}[A-Z0-9](?=[\"”'])",
     0.85, "A vanity plate quoted after 'plate read' needs no digit (her plate read \"GOT MILK\").")
rule("plate.quoted-partial", "PLATE",
     r"(?<![A-Za-z])(?i:plates?|tags?)\b[^\"“”\n.;]{0,24}?[\"“]\K(?=[A-Z0-9 \-]*[0-9])(?=[A-Z0-9 \-]*[A-Z])[A-Z0-9][A-Z0-9 \-]{0,7}[A-Z0-9](?=[\"”])",
     0.8, "Letters and digits quoted a few words after a plate word are the plate or part of it (a partial plate, \"LTX 4\" something).")
rule("plate.keyword-lowercase", "PLATE",
     r"(?<![A-Za-z])(?i:plates?|tags?|licen[sc]e\s+plate|plate\s+number)(?:\s+(?:number|no\.?|#|reading|read|of|was|is|that\s+read))*[\s:#,]*\K(?=[a-z0-9]*[0-9])(?=[a-z0-9]*[a-z])[a-z0-9]{5,8}(?![A-Za-z0-9])",
     0.75, "Plates typed in lower case by a hurried writer (plate was 8xyz231): letters and digits mixed after a plate word.")
STATES = ["Alabama","Alaska","Arizona","Arkansas","California","Colorado","Connecticut","Delaware","Florida","Georgia","Hawaii","Idaho","Illinois","Indiana","Iowa","Kansas","Kentucky","Louisiana","Maine","Maryland","Massachusetts","Michigan","Minnesota","Mississippi","Missouri","Montana","Nebraska","Nevada","New Hampshire","New Jersey","New Mexico","New York","North Carolina","North Dakota","Ohio","Oklahoma","Oregon","Pennsylvania","Rhode Island","South Carolina","South Dakota","Tennessee","Texas","Utah","Vermont","Virginia","Washington","West Virginia","Wisconsin","Wyoming","Ontario","Quebec","Alberta","Manitoba","Queensland","Victoria","Victorian","Tasmania","Tasmanian","New South Wales","NSW","QLD","VIC","TAS","South Australian","Western Australian","Chihuahua","Sonora","Baja California"]
CODES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE"
rule("plate.state", "PLATE", r"(?<![A-Za-z])(?:" + "|".join(STATES) + r"|" + CODES + r")\s+\K(?=[A-Z0-9]{0,4}[0-9])[A-Z0-9]{2,4}[ \-]?[A-Z0-9]{2,4}(?![A-Za-z0-9])(?!\s*(?:hours|hrs))",
     0.7, "A state name or code right before an upper-case letters-and-digits group is the plate of that state.",
     validators=["has-letter-and-digit"])
rule("plate.state-slash", "PLATE", r"(?<![A-Za-z0-9/])(?:" + CODES + r")/\K(?=[A-Z0-9]{0,7}[0-9])[A-Z0-9]{4,8}(?![A-Za-z0-9/])", 0.75,
     "A state code and a plate joined by a slash, as vehicle lines in reports write them (LA/218BGK, TX/NKW4471).",
     validators=["has-letter-and-digit"])
rule("plate.shape-gb", "PLATE", r"(?<![A-Za-z0-9])(?!(?:AR|AK|MP|HK|FN|CZ|SA|PR|GL|UH|AH|CH|KC|MK|SR|US|UK|EU)[0-9])[A-Z]{2}[0-9]{2}\s?[A-Z]{3}(?![A-Za-z0-9])", 0.75,
     "Current British plates are two letters, two age digits and three letters (LB07 SEO, YR68KFD); weapon and aircraft designations are left out.")
rule("plate.shape-seven", "PLATE", r"(?<![A-Za-z0-9\-])[1-9][A-Z]{3}[0-9]{3}(?![A-Za-z0-9\-])", 0.7,
     "A digit, three letters and three digits is the seven-character Californian plate (8KTZ442), found without a plate word.")
rule("plate.apposition", "PLATE",
     r"(?<![A-Za-z])(?:car|truck|ute|van|SUV|sedan|hatchback|pickup|wagon|coupe|motorbike|motorcycle|bike|trailer|[A-Z][a-z]+[A-Za-z0-9\-]*),\s+\K(?=[A-Z0-9\-]{0,8}[0-9][A-Z0-9\-]{0,8}(?:[,.;)]|\s))(?=(?:[A-Z0-9\-]*[A-Z]){2}|[0-9]{3,4}[A-Z][0-9]{2,3}(?![A-Za-z0-9]))(?=(?:[A-Z0-9\-]*[0-9]){2})[A-Z0-9]{1,4}[\-]?[A-Z0-9]{2,4}(?![A-Za-z0-9\-])(?=[,.;)]|\s+(?:was|is|had|came|doing|parked|pulled|sitting|which|that|with|registered|belonging)\b)",
     0.6, "A letters-and-digits code set off by commas right after a vehicle is its plate (a Hilux, HZT447, doing 148; a green Blazer, 189-JVR.; a paper tag on the Kia, 4471A88,)")
rule("plate.shape", "PLATE", NB + r"(?!(?:SSN|DOB|VIN|APT|STE|RTE|HWY|CAD|DPS|FBI|ATF|DEA|RMS|MDT|PIN|ZIP|REF|INC|LLC|USA|LOT|BOX|EXT|CCN|OCA|UCR|NCIC|CDL|OLN|PSN|DSN|SEQ|PCT|DIV|DIST|REG|TAG|CAR|SGT|OFC|CPL|DET|TPR|DEP"
     r"|AND|THE|FOR|WAS|ARE|HAS|HAD|NOT|BUT|OFF|OUT|ALL|ONE|TWO|SIX|TEN|AGE|AGO|DAY|HIS|HER|ITS|OUR|YOU|WHO|NOW|GOT|SAW|RAN|SET|PUT|SAY|MAN|AVE|BLK|HRS|APX|EST|VIA|NEAR|FROM|INTO|ONTO|OVER|WITH|SUBJ|SUSP)\b)[A-Z]{3}[ \-][0-9]{3,4}" + NA, 0.6, "Three letters and three or four digits is the commonest plate shape (ABC-1234); common words of a report typed in capitals are no letters of a plate (AND 2700, THE 1400).")

# ---------------------------------------------------------------- LOCATION
SUFFIX_WORDS = ["Street","St","Avenue","Ave","Av","Road","Rd","Boulevard","Blvd","Drive","Dr","Lane","Ln","Court","Ct","Place","Pl","Way","Parkway","Pkwy",
                "Highway","Hwy","Circle","Cir","Terrace","Ter","Trail","Trl","Pike","Loop","Square","Sq","Plaza","Alley","Row","Crescent","Cres","Close",
                "Parade","Esplanade","Expressway","Expy","Freeway","Fwy","Turnpike","Tpke","Run","Path","Pass","Point","Ridge","Bend","Crossing","Landing",
                "Heights","Hollow","Walk","Grove","Green","Rise","Vale","Ramp","Causeway","Byway","Promenade","Quay","Wynd","Mews","Gardens","Trace","Cove","Pointe","Center","Ctr",
                "Concourse","Crest","Glen","Hill","Knoll","Meadow","Meadows","Oval","Pass","Plains","Ranch","Spur","Summit","Terr","Vista","View","Motorway","Strasse","Straße","Via","Rue","Calle","Camino","Vía","Avenida","Rua","Gasse","Weg","Platz","Laan","Gata","Gade","Katu","Tie","Utca","Ulica"]
SUFFIX = both(SUFFIX_WORDS)
SUFFIX_ABBREVIATIONS = ["St", "Ave", "Av", "Rd", "Blvd", "Dr", "Ln", "Ct", "Pl", "Pkwy", "Hwy", "Cir", "Ter", "Terr", "Trl", "Sq", "Cres", "Expy",
                        "Fwy", "Tpke", "Ctr"]
assert set(SUFFIX_ABBREVIATIONS) <= set(SUFFIX_WORDS)
# A full stop after a suffix belongs to it only when the suffix is abbreviated: "Oak St." but
# not the sentence's full stop after "Memorial Drive.".
SUFFIX_END = ("(?:" + both([w for w in SUFFIX_WORDS if w not in SUFFIX_ABBREVIATIONS]) + r"\b|" + both(SUFFIX_ABBREVIATIONS) + r"\b\.?)")

def usps_suffixes():
    """Every suffix and abbreviation of USPS Publication 28 (C1), for addresses that carry a
    house number: the number is the evidence, so "4410 Quail Hollow Trace", "1207 Cricket Bnd"
    and "2715 PELICAN BAY CV" are addresses although "Trace" or "Cv" alone say little.
    Forms that are ordinary English words are kept only when they are the suffix's own name."""
    sources = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gazetteer-sources")
    english = set()
    with open(os.path.join(sources, "..", "..", "Sources", "Redaction", "Resources", "gazetteer", "english-words.txt"), encoding="utf-8") as f:
        english = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    names, abbreviations = set(), set()
    with open(os.path.join(sources, "usps-street-suffixes.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip(): continue
            primary, common, standard = line.rstrip("\n").split("\t")
            names.add(primary)
            for form in common.split(",") + [standard]:
                if form and form != primary and form.lower() not in english: abbreviations.add(form)
    # Two-letter forms clash with state codes (KY, MT, WY) and units; keep the unambiguous ones.
    forms = {w for w in names | abbreviations if len(w) > 2 or w in ("AV", "CV", "DR", "LN", "RD", "ST")}
    return sorted(forms, key=lambda w: (-len(w), w)), abbreviations - names

USPS, USPS_ABBREVIATIONS = usps_suffixes()
# The suffixes of SUFFIX_WORDS and of USPS Publication 28 after a house number, a full stop
# only after abbreviations (see SUFFIX_END).
SUFFIX_NUMBERED_END = ("(?:(?:" + "|".join(both([w for w in SUFFIX_WORDS if w not in SUFFIX_ABBREVIATIONS])[3:-1].split("|")
                                            + [w.title() for w in USPS if w not in USPS_ABBREVIATIONS] + [w for w in USPS if w not in USPS_ABBREVIATIONS])
                       + r")\b|(?:" + "|".join(both(SUFFIX_ABBREVIATIONS)[3:-1].split("|") + [w.title() for w in USPS if w in USPS_ABBREVIATIONS]
                                                + [w for w in USPS if w in USPS_ABBREVIATIONS]) + r")\b\.?)")
CAPS_SUFFIX = "(?:" + "|".join(USPS) + ")"
DIRECTION = r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?\s+)"
NAMEWORD = r"(?:\p{Lu}[\p{L}\p{M}'’.\-]*|[0-9]{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))"
UNIT = r"(?:,?\s*(?:Apt|APT|Apartment|APARTMENT|Unit|UNIT|Suite|Ste|STE|SUITE|#|Room|Rm|Lot|LOT|Space|Trailer|Bldg|Building|apt|apartment|unit|suite|ste|room|rm|lot|space|trailer|bldg|building)\.?\s*#?\s*[A-Z0-9\-]{1,6})"
# The town after a street address may open with an abbreviated Mount, Saint or Fort (Mt. Vernon, St. Louis).
CITY_STATE_ZIP = r"(?:,\s*(?!" + MONTH + r"\b|" + WEEKDAY + r"\b)(?:(?:Mt|St|Ft|Pt|Ste)\.\s+)?[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}(?:,?\s+(?:" + CODES + r"|" + "|".join(STATES) + r"))?(?:,?\s+[0-9]{5}(?:-[0-9]{4})?)?(?=[\s,.;)]|$))?"
# Between the words of a name: spaces, and at most one line break (a hard-wrapped line); a
# blank line ends it ("EVENT SUMMARY\n\nA Blue Ridge …" is a heading, then prose).
NAME_GAP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
NOT_ARTICLE = r"(?!(?:The|A|An|This|That|Our(?!\s+Lady\s)|My|His|Her|Its|Their|Every|Each|THE)\s)"
# A word of four or more letters, or capitals, with a full stop before a capital ends a sentence
# ("in Missoula. The Lake County ..."); short abbreviations (St., Co., U.S.) and "Univ. of" do not.
SENTENCE_END_WORD_STOP = r"(?![A-Z][a-z]{3,}\.\s+[A-Z]|[A-Z]{2,}\.\s+[A-Z])"
rule("location.street-address", "LOCATION",
     NB + r"(?<![A-Za-z]-)(?:(?:Unit|UNIT|Flat|FLAT|Apt\.?|APT\.?|Suite|SUITE|Shop|SHOP)\s+[0-9]{1,4}[A-Z]?\s*,\s*|(?:N|S|E|W)\.?\s+(?=[0-9]))?(?:[0-9]{1,4}[A-Za-z]?/)?(?:[0-9]{1,6}\s+)?[0-9]{1,6}(?:-[0-9]{1,4})?[A-Z]?\s+" + DIRECTION + r"?" + NOT_ARTICLE + r"(?:" + NAMEWORD + r"\s+){0,4}?" + NAMEWORD + r"\s+" + SUFFIX_NUMBERED_END + r"(?:\s+" + SUFFIX_NUMBERED_END + r")?(?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b\.?)?" + UNIT + r"?" + CITY_STATE_ZIP,
     0.9, "House number (with an Australian unit before a slash: 3/45), optional direction, street name, USPS suffix (a second one when the first is part of the name: Habersham Village Ct.), optional unit and city/state/ZIP: one address span.")
rule("location.street-address-caps", "LOCATION",
     NB + r"(?<![A-Za-z]-)[0-9]{1,6}\s+(?:[NSEW]\s+)?(?:[A-Z0-9]+\s+){0,3}[A-Z0-9]+\s+(?:ST|AVE|AV|RD|BLVD|DR|LN|CT|PL|WAY|PKWY|HWY|CIR|TER|TRL|PIKE|LOOP|" + CAPS_SUFFIX + r")\b(?:\s+[NSEW]\b)?",
     0.9, "Dispatch-log addresses in capitals without punctuation (45881 W FILLMORE ST).")
rule("location.block", "LOCATION",
     NB + r"(?:(?i:block|blk)\s+[0-9]{1,6}\s+|[0-9]{1,6}\s+(?i:block|blk)\s+)(?i:of\s+)?" + DIRECTION + r"?(?:" + NAMEWORD + r"[ \t]?){1,4}(?:" + SUFFIX_END + r")?",
     0.9, "'1400 block of N. 27th Ave' narrows a location to a block.")
TITLE_STOP = r"(?!(?:Sgt|Officer|Deputy|Det|Lt|Capt|Cpl|Trooper|Sergeant|Detective|Lieutenant|Captain|Corporal|Mr|Mrs|Ms|Dr|Ofc|Dep|Tpr|Chief|Sheriff|Agent|Constable|Inspector|Judge)\b)"
CAPS_STOP = TITLE_STOP + r"(?!(?:ON|AT|IN|TO|OF|BY|AND|THE|NR|NEAR|FROM|ARRIVED|OUT|W/|WITH|FOR|OFF|INTO|ONTO|DOWN|UP|IS|WAS|ADV|UNIT|UNITS|FLED|SEEN|LAST|EB|WB|NB|SB)\s)"
rule("location.street-name", "LOCATION",
     r"(?<![\p{L}0-9])" + LEADS_UPPER_OR_DIGIT + DIRECTION + r"?" + NOT_ARTICLE + r"(?:" + CAPS_STOP + SENTENCE_END_WORD_STOP + NAMEWORD + NAME_GAP + r"){1,4}" + SUFFIX_END + r"(?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b\.?)?",
     0.8, "A capitalised name followed by a street suffix is a street (Connecticut Avenue, Martin Luther King Jr. Boulevard); it does not run back across a sentence end ('Roll. Point').")
rule("location.street-caps", "LOCATION",
     r"(?<![A-Za-z0-9])(?<![A-Za-z]-)(?:[NSEW]\s+)?" + CAPS_STOP + r"[A-Z0-9][A-Z0-9']+(?:\s+" + CAPS_STOP + r"[A-Z0-9']+){0,2}\s+(?:ST|AVE|AV|RD|BLVD|DR|LN|CT|PL|PKWY|HWY|CIR|TER|TRL)\b",
     0.8, "Street names in capitals (KING ST, S PULASKI RD).")
LOWER_PARTICLE = r"(?:de|del|della|delle|dei|la|le|les|di|da|do|dos|das|du|des|al|el|y|van|von|der|den|ul\.|út|utca|rue|via)"
rule("location.address-international", "LOCATION",
     r"(?<![\p{L}0-9:.\-/])[0-9]{1,6}\s+(?!" + MONTH + r"\b|" + WEEKDAY + r"\b)(?:(?:\p{Lu}[\p{Ll}\p{M}'’.\-][\p{L}\p{M}'’.\-]*|" + LOWER_PARTICLE + r")\s+){1,4}[0-9]{1,5}[A-Za-z]?(?![0-9:]|[\-–.][0-9])(?:\.?" + UNIT + r")?",
     0.75, "Addresses written number, street name, number, as in much of Europe and Latin America (180 Sahantie 72, 450 Præstevænget 15); a last number that runs on as a phone number (… Oak St. Call 602-555-0143) is no house number.")
rule("location.street-number-eu", "LOCATION",
     # The look-ahead (a word, maybe one more, then a number) is implied by the rest; it
     # turns away most words before the suffix list is tried at each of their letters.
     r"(?<![\p{L}0-9])(?=[\p{L}\p{M}'’\-]+(?:\s+[\p{L}.]+)?\s+[0-9])\p{L}[\p{L}\p{M}'’\-]*(?i:straße|strasse|gasse|weg|platz|allee|katu|tie|kuja|polku|vej|gade|vägen|gatan|vagen|gränd|laan|straat|plein|gracht|veien|gata|bakken|väg|utca|ulica|\s+tér|\s+u\.|\s+út|\s+körút|\s+sétány|\s+str\.?|\s+(?:Strasse|Straße|Gasse|Weg|Platz|Allee|Straat|Laan|Baan|Vrh|Vej|Gade))\s+[0-9]{1,4}[A-Za-z]?(?![0-9])",
     0.8, "Compound street names with a national suffix followed by the house number (Villacher Strasse 89, Søndergade 52, Kiannonkatu 98).")
rule("location.street-prefix", "LOCATION",
     r"(?<![\p{L}0-9])(?:[0-9]{1,6},?\s+){0,2}(?:Via|Viale|Vicolo|Piazza|Corso|Rue|Avenue|Avenida|Avda\.|Av\.?|C/|Calle|Pod|Nad|Carrer|Carretera|Rua|Praça|Plaza|Paseo|Camino|Chemin|Allée|Boulevard|ul\.|ulica|Strada|Calea|Aleja|al\.|Cite|Cité|Quartier|Rruga|Odos|Jalan|Jl\.|rue|chemin|ch\.|boul\.|boulevard|rang|montée|côte|calle|avenida|rua|allée)\s+(?:(?:\p{Lu}[\p{L}\p{M}'’.\-]*|" + LOWER_PARTICLE + r")\s+){0,5}\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+#?\s?[0-9]{1,4}[A-Za-z]?(?![0-9]))?"
     r"(?:,?\s+(?:app\.?|appartement|apt\.?|bureau|local|suite|piso|dpto\.?)\s*#?\s*[0-9]{1,5}[A-Za-z]?(?![0-9A-Za-z]))?",
     0.8, "Street names that begin with their type word, as in French, Spanish, Italian, Portuguese and Polish (Via Franscini 5, Rue de Kairouan, ul. Grochowa 80, Calle Sol #254), also written in lower case before the name as in Quebec (412, rue Lamontagne, app. 3).")
rule("location.street-prefix-number", "LOCATION",
     r"(?<![\p{L}0-9])(?:Calle|CALLE|Carrera|Avenida|Rua|Carretera|Ruta|Camino|Callejón)\s+[0-9]{1,4}[A-Z]?(?![0-9A-Za-z])",
     0.8, "Streets numbered after a Spanish or Portuguese type word, as in Puerto Rico and Latin America (Calle 12, Carrera 7, Carretera 3).")
rule("location.street-prefix-lowercase", "LOCATION",
     r"(?<![\p{L}0-9])(?:[0-9]{1,6}\s+){0,2}(?:via|viale|piazza|corso|rue|avenue|avenida|avda\.|calle|carrer|rua|praça|paseo|camino|chemin|ul\.|ulica|strada|calea|aleja|trg|odos|jalan)\s+(?:[\p{Ll}\p{M}'’\-]+\s+){0,4}[0-9]{1,4}[a-z]?(?![0-9])",
     0.75, "Type-first street names written in lower case, with their house number (rue du centre 320, trg revolucije 17).")
rule("location.city-state-postcode", "LOCATION",
     r"(?<![\p{L}0-9])" + LEADS_UPPER + r"\p{Lu}[\p{L}\p{M}'’\-]*(?:\s\p{Lu}[\p{L}\p{M}'’\-]*){0,3}(?:,\s*(?:[A-Z]{2}|nan)|\s+(?:" + CODES + r"))\s+[0-9]{4,6}(?:-[0-9]{4})?(?![0-9])",
     0.85, "City, region code and postal code (Dunlap, IL 61525; AAPAJÄRVI, LL 34736).")
rule("location.postcode-keyword", "LOCATION",
     r"(?<![A-Za-z])(?i:zip|zip\s+code|zipcode|postal\s+code|postcode|post\s+code|plz|cp)(?:\s*(?:is|was|:|#|no\.?))*\s*\K[0-9A-Z]{3,6}(?:[\s\-][0-9A-Z]{2,4})?(?![A-Za-z0-9])",
     0.9, "Whatever follows 'ZIP' or 'postal code' is one.", validators=["has-digit"])
rule("location.address-tail-line", "LOCATION",
     r"(?m)^[ \t>]*\K\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+[\p{L}\p{M}'’.()\-]+){0,3}[ \t]+[0-9]{4,6}[ \t]*$",
     0.7, "The last line of a postal address: a place or country and its postal code (Cyprus 36903).")
rule("location.postcode-line", "LOCATION", r"(?m)^[ \t>]*\K[0-9]{4,6}(?=[ \t]*$)", 0.6,
     "A postal code alone on the last line of a multi-line address.")
rule("location.place-postcode", "LOCATION",
     r"(?<![A-Za-z])(?:in|at|to|from|near)\s+\K\p{Lu}[\p{Ll}\p{M}'’\-]+(?:\s\p{Lu}[\p{L}\p{M}'’\-]*)?\s+(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{4,5}(?![0-9])",
     0.7, "A place followed by its postal code (in København K 1421).")
rule("location.address-place-postcode", "LOCATION",
     r"(?<=[A-Za-z0-9.],\s)(?!" + MONTH + r"\b|" + WEEKDAY + r"\b|(?:Christmas|Easter|Boxing|Anzac|Labour|Labor|Memorial|Thanksgiving|Waitangi|Canada|Australia)\b)\p{Lu}[\p{Ll}\p{M}'’\-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’\-]+){0,2}\s+[0-9]{4}(?![0-9:\-/.,]?[0-9])(?!\s*(?:hours|hrs|hr|h\b|rounds|miles|km|feet|people|dollars))",
     0.75, "In Australian and New Zealand addresses the town and its four-digit postcode follow a comma (…, Hastings 4172; …, Te Awamutu 3800).")
rule("location.region-code-line", "LOCATION", r"(?m)^[ \t]*,[ \t]*\K[A-Z]{2}(?=[ \t]*$)", 0.7,
     "A region code alone on its line inside a multi-line address (', ON').")
rule("location.military-address", "LOCATION",
     r"(?<![A-Za-z])(?:(?:PSC|CMR|Unit)\s+[0-9]{3,5},?\s+Box\s+[0-9]{1,5}|(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+[0-9]{5})", 0.9,
     "US military postal addresses (PSC 4355, Box 4187; APO AP 28906).")
rule("location.rural-route", "LOCATION",
     r"(?<![A-Za-z])(?:(?:Rural\s+Route|RURAL\s+ROUTE|rural\s+route|R\.\s?R\.|RR|Star\s+Route|HC|H\.C\.|Highway\s+Contract)\s*#?\s*[0-9]{1,4},?\s+(?i:box)\s+#?[0-9]{1,5}[A-Z]?|(?:Rural\s+Route|RURAL\s+ROUTE|rural\s+route)\s*#?\s*[0-9]{1,4})(?![0-9A-Za-z])" + CITY_STATE_ZIP,
     0.9, "Rural route and highway contract addresses: Rural Route 3, Box 117; RR 2 Box 19; HC 64 Box 12; a rural route spelled out needs no box (out on Rural Route 2).")
rule("location.number-route", "LOCATION", NB + r"[0-9]{1,6}\s+(?:(?:N|S|E|W)\.?\s+)?(?:Route|Rte\.?|Highway|Hwy\.?|State\s+Route|County\s+Road|Farm\s+Road|ROUTE|HWY)\s+[0-9]{1,4}[A-Z]?" + CITY_STATE_ZIP, 0.9,
     "Rural addresses on numbered roads: 8841 Route 242, 14102 N. Route 91, Dunlap, IL 61525.")
rule("location.grid", "LOCATION", r"(?<![A-Za-z0-9])(?i:at|near|on|of|and|off|onto|to|from|along|past|via|as)\s+\K[0-9]{3,5}\s+(?:North|South|East|West|NORTH|SOUTH|EAST|WEST|N|S|E|W)(?![A-Za-z0-9])(?:\s+" + CAPS_STOP + r"(?!(?:And|The|On|At|In|Of|To|ON|IN|OF|TO)\b)(?:[A-Z][a-z]{2,}|[A-Z]{3,})(?![A-Za-z0-9]))?", 0.75,
     "Grid addresses used in Utah and elsewhere ('3500 South and 2700 West'), and a house number and a compass word before a street read without its suffix (TO 1180 N CASCADE, had it as 1612 East).")
GRID_DIRECTION = r"(?:North|South|East|West|NORTH|SOUTH|EAST|WEST|N|S|E|W)\.?"
rule("location.grid-address", "LOCATION",
     NB + r"[0-9]{1,5}\s+" + GRID_DIRECTION + r"\s+[0-9]{2,5}\s+" + GRID_DIRECTION + r"(?![A-Za-z0-9])" + UNIT + r"?",
     0.85, "Grid addresses of Utah, Idaho and other Mormon-settled towns: a house number, a direction, a grid number and a direction (1184 North 400 West, 52 E 1700 S).")
LETTER_ROAD_HEADS = [r"County\s+(?:Road|Rd\.?|Highway|Hwy\.?|Trunk(?:\s+Highway)?|Route)", r"COUNTY\s+(?:ROAD|RD|HIGHWAY|HWY)", r"(?:State\s+)?(?:Route|Rte\.?|Highway|Hwy\.?)",
                     r"(?:ROUTE|RTE|HIGHWAY|HWY)", r"CR", r"Co\.?\s+(?:Rd|Hwy)\.?"]
rule("location.lettered-road", "LOCATION",
     r"(?<![A-Za-z])(?:" + "|".join(LETTER_ROAD_HEADS) + r")\s+(?!I\b)[A-Z]{1,3}(?![A-Za-z0-9\-'’])",
     0.8, "County highways and state routes named by letters, as Wisconsin, Missouri and Texas counties name them (County Road KK, County Highway J, Route Y, CR AB).")
rule("location.mile-numbered-road", "LOCATION",
     r"(?<![A-Za-z])(?:Mile|MILE)\s+[0-9]{1,2}(?:\s+[0-9]/[0-9]|\.[05])?\s+(?:(?:North|South|East|West|N|S|E|W)\.?\s+)?(?:Road|Rd\.?|Line|ROAD|RD)(?![A-Za-z])",
     0.8, "The Rio Grande Valley's section-line roads named by their mile (Mile 5 Road, Mile 17 1/2 Rd, Mile 9 North Road).")
rule("location.section-line-road", "LOCATION",
     r"(?<![A-Za-z0-9/])(?:EW|NS|E/W|N/S)\s?[0-9]{3,4}(?![0-9A-Za-z])",
     0.8, "Oklahoma's section-line county roads, numbered east-west and north-south (EW 1350, NS 3540).")
rule("location.numbered-ward", "LOCATION",
     r"(?<![A-Za-z])(?:Ward|WARD)\s+[0-9]{1,2}(?![0-9A-Za-z])",
     0.75, "A numbered city ward (Ward 7 of Washington, Chicago's wards) narrows a place as a district does.")
rule("location.hollow-name", "LOCATION",
     r"(?<![A-Za-z])(?i:up|down|on|off|along|at|in|near|past|across|into|to|from|head\s+of|mouth\s+of)\s+\K(?!(?:The|A|An|Our|His|Her|My|Their|This|That|Patrol|Traffic|Special|Executive|Judicial|Legislative|Investigative|Support|Operations|Records|Training)\s)(?:[A-Z][a-z]+\s+){1,2}(?:Branch|Fork|Holler)(?![A-Za-z])",
     0.75, "Appalachian creeks and hollows named Branch, Fork or Holler after a word of place or motion (up Coal Branch, on Left Fork, at Hurricane Holler).")
# Words that never end a street's name ("2291 by the highway") or start one after a number
# ("40 miles down the road"); inside a name they may stand ("4810 up river rd", "3817 on the
# green dr").
LOWER_FUNCTION_STOP = r"(?!(?:by|the|a|an|of|on|to|at|in|from|off|onto|into|down|up|along|across|past|near|over|under|with|my|his|her|their|our|that|this|and|or)\s)"
LOWER_UNIT_STOP = r"(?!(?:miles|mile|feet|foot|yards|blocks|minutes|hours|seconds|times|people|rounds|cars|officers|km|kms|metres|meters)\s)"
rule("location.street-lowercase", "LOCATION",
     NB + r"(?:[0-9]{2,6}\s+(?:[nsew]\.?\s+)?" + LOWER_UNIT_STOP + r"(?:[a-z][a-z'\-]+\s+){0,2}" + LOWER_FUNCTION_STOP + r"[a-z][a-z'\-]{2,}\s+(?:st|ave|rd|blvd|dr|ln|ct|pl|hwy|pkwy|street|avenue|road|boulevard|drive|lane|court|highway|parkway|pike|way)|[nsew]\.?\s+(?!(?:the|a|an|of|from|to|and|or|on|off|at|in|down|up|that|this|my|his|her|our|their|same|left|right|fast|slow|center|middle|turn|passing|bus|bike|side|back|dirt|gravel|wrong|one|two|each|every)\s)[a-z][a-z'\-]{2,}\s+[a-z][a-z'\-]{2,}\s+(?:st|ave|rd|blvd|dr|ln|ct|pl|hwy|pkwy)|(?:[nsew]\.?\s+)?(?!(?:the|a|an|of|from|to|and|or|on|off|at|in|down|up|that|this|my|his|her|our|their|same|left|right|fast|slow|center|middle|turn|passing|bus|bike|side|back|dirt|gravel|wrong|one|two|each|every)\s)(?:[a-z][a-z'\-]{2,}\s+(?:st|ave|rd|blvd|dr|ln|ct|pl|hwy|pkwy)|(?:[a-z][a-z'\-]{2,}\s+){1,2}pike))\b\.?(?=[\s,.;:)]|$)",
     0.65, "Streets written in lower case by hurried writers (1810 grant blvd, chapman hwy, w indian school rd); without a house number only the abbreviated suffixes count.")
LOWER_STREET_STOP = (r"(?!(?:the|a|an|of|from|to|and|or|on|off|at|in|down|up|that|this|these|those|my|his|her|our|their|your|its|same|left|right|fast|slow|center|"
                     r"middle|turn|passing|bus|bike|side|back|dirt|gravel|paved|wrong|one|two|each|every|any|some|no|another|other|next|main|frontage|service|access|"
                     r"private|public|county|city|state|country|farm|ranch|logging|forest|mountain|river|old|new|long|busy|quiet|dark|empty|open|closed|icy|wet|"
                     r"narrow|wide|little|big|small|whole|entire|first|last|second|third|nearest|closest|nearby|residential|rural|dead-end|dead|end|was|were|is|"
                     r"memory|lovers|lover's|lovers'|express|carpool|hov|turning|exit|emergency|fire|toll|shoulder|inside|outside|middle)\s)")
rule("location.street-lowercase-full", "LOCATION",
     r"(?<![A-Za-z])(?:on|onto|off|along|down|near|across|from|of|at|up)\s+\K(?:[nsew]\.?\s+)?" + LOWER_STREET_STOP + r"[a-z][a-z'\-]{2,}(?:\s+" + LOWER_STREET_STOP
     + r"[a-z][a-z'\-]{2,})?\s+(?:street|avenue|boulevard|drive|lane|parkway|road|terrace|circle|trail|highway|expressway|freeway|turnpike|bypass)(?![A-Za-z])",
     0.6, "In lower-case writing a street with its suffix written in full after a street preposition (on manning avenue, off coal run road); articles, adjectives and kinds of road before the suffix are left out.")
LOWER_PLACE_WORD_STOP = (r"(?!(?:the|a|an|and|or|of|this|that|these|those|our|their|his|her|my|your|its|same|neighbou?ring|next|adjacent|whole|entire|every|each|"
                         r"another|other|rural|home|border|nearby|surrounding|one|two|which|what|any|some|no|new|old|local|big|small|little|main|closest|nearest|"
                         r"public|private|abandoned|empty|crowded|busy|downtown|city|county|state|federal|tribal|same|whole|was|is|were)\s)")
rule("location.interstate-lowercase", "LOCATION", r"(?<![A-Za-z0-9\-])i-[0-9]{1,3}(?![0-9A-Za-z])(?!\s*(?:form|forms|9|94|20)\b)", 0.8,
     "Interstates typed in lower case (on westbound i-40).")
rule("location.county-lowercase", "LOCATION",
     r"(?<![A-Za-z])(?:in|of|for|from|near|across|through|into|outside|to|and)\s+\K" + LOWER_PLACE_WORD_STOP + r"[a-z][a-z'\-]{2,}(?:\s+" + LOWER_PLACE_WORD_STOP
     + r"[a-z][a-z'\-]{2,})?\s+(?:county|parish)(?![A-Za-z])",
     0.65, "In lower-case writing a name before 'county' or 'parish' after a preposition is the county (in canadian county, out of rice county); articles and adjectives before it are left out.")
rule("location.facility-lowercase", "LOCATION",
     r"(?<![A-Za-z])(?:at|near|to|from|in|inside|outside|behind|into|by)\s+(?:the\s+)?\K" + LOWER_PLACE_WORD_STOP + r"[a-z][a-z'\-]{2,}(?:\s+" + LOWER_PLACE_WORD_STOP
     + r"[a-z][a-z'\-]{2,}){0,2}\s+(?:apartments|stadium|arena|mall|motel|casino|cemetery|high\s+school|middle\s+school|elementary\s+school|justice\s+center|courthouse|medical\s+center)(?![A-Za-z])",
     0.6, "In lower-case writing a name before a facility word after a preposition is the facility (at the glenarden woods apartments, near camp randall stadium); articles and adjectives are left out.")
LOWER_AGENCY_FIRST_STOP = (r"(?!(?:the|a|an|our|their|his|her|my|your|its|local|nearby|neighbou?ring|other|same|city|county|state|town|village|tribal|federal|campus|"
                           r"university|school|transit|military|private|every|each|any|some|no|another|whole|entire|real|fake|former|new|old|two|three|both|and|or|"
                           r"area|surrounding|adjacent|rural|small|big|large|metro|that|this|which|what|whose|nearest|closest|next|good|nice|great|bad|angry|friendly|helpful|"
                           r"responding|assisting|backup|outside|corrupt|only|first|last|hiring|retired|whole|busy|understaffed|entire|lazy|honest|proud|same)\s)")
LOWER_AGENCY_WORD_STOP = r"(?!(?:the|a|an|and|or|of|with|for|to|from|by|at|in|on|was|were|is|called|said|told|got|had|has)\s)"
rule("org.lowercase-agency", "ORG",
     r"(?<![A-Za-z])(?:the|of|with|for|from|by|at|to|and|joined|joining)\s+\K" + LOWER_AGENCY_FIRST_STOP + r"[a-z][a-z'’\-.]+(?:\s+" + LOWER_AGENCY_WORD_STOP + r"[a-z][a-z'’\-.]+){0,3}"
     r"\s+(?:police\s+department|police\s+dept\.?|sheriff['’]?s\s+office|sheriff['’]?s\s+department|sheriff['’]?s\s+dept\.?|state\s+police|highway\s+patrol|division\s+of\s+police|"
     r"department\s+of\s+public\s+safety|dps|game\s+commission|game\s+and\s+fish|fish\s+and\s+wildlife)(?![A-Za-z])",
     0.65, "An agency typed in lower case (two officers of the north miami police department, a trooper with the pennsylvania state police): the words before its head after an article or preposition; generic descriptors (local, city, county, state) alone are left out.")
rule("location.ordinal-street-lowercase", "LOCATION", NB + r"(?:[nsew]\.?\s+)?[0-9]{1,3}(?:st|nd|rd|th)\s+(?:(?:st|ave|rd|pl|dr)\b\.?|(?:street|avenue|road|place|drive)\b)", 0.8,
     "Numbered streets in any case (26th st, 9th Avenue); a full street word leaves the sentence's full stop outside (at 3rd Avenue.).", caseless=True)
rule("location.named-road-number", "LOCATION",
     r"(?<![A-Za-z])(?:Road|ROAD|(?i:route|rte|highway|hwy|county\s+road|county\s+rd|farm\s+road|farm-to-market\s+road|farm[\s\-]+to[\s\-]+market(?:\s+road)?|ranch[\s\-]+to[\s\-]+market(?:\s+road)?|forest\s+road|forest\s+service\s+road|fire\s+road|state\s+route|state\s+road|state\s+highway|ranch\s+road|township\s+road|range\s+road))\.?\s*#?\s*[0-9]{1,4}[A-Za-z]?(?![A-Za-z0-9])(?!\s*(?:miles|minutes|hours|mins|feet|yards|km|kms|kilomet(?:re|er)s|metres|meters|mi)\b)",
     0.85, "Numbered roads written out, in any case (farm road 94, County Road 7300, route 30), and capitalised Road with a number as subdivisions and rural grids name them (Road 15).")
rule("location.mile-road", "LOCATION", r"(?<![A-Za-z0-9])(?:(?:N|S|E|W|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?\s+)?[0-9]{1,2}\s+(?:Mile|MILE)(?:\s+(?:Road|Rd|ROAD|RD)\.?)?(?![A-Za-z])",
     0.8, "Mile roads named by their distance from a city centre (Detroit's 7 Mile, E 8 MILE RD); 'seven miles' stays.")
rule("location.main", "LOCATION",
     r"(?<![A-Za-z])(?i:on|off|at|near|down|up|along|onto|and|of)\s+(?:(?:N|S|E|W|North|South|East|West)\.?\s+)?\K(?:Main|MAIN|main(?=\s*(?:[.,;:]|and\s|&|$)))(?![A-Za-z'’\-])(?!\s+(?i:entrance|door|doors|office|floor|gate|room|hall|lobby|line|lines|level|building|desk|road|street|st|drag|event|thing|reason|part|focus|concern|problem|suspect|house|area|lot|channel|dispatch|station))",
     0.75, "Main is the commonest street name and is often written without a suffix (the Elks Lodge on Main).")
rule("location.saint-possessive", "LOCATION", r"(?<![A-Za-z0-9])(?:st|saint)\.?\s+[a-z]{3,}(?:['’]s|s)(?![A-Za-z])|(?<![A-Za-z0-9])(?:St\.|Saint)\s+[A-Z][a-z]{2,}['’]s(?![A-Za-z])(?!\s+(?:Day|Eve|Night|Feast|Parade)\b)", 0.7,
     "A saint's name with a possessive is a hospital, church or school: in lower-case writing (st vincent's, st joes, st mary's) or capitalised and standing alone (at St. Vincent's in Billings); St. Patrick's Day is a holiday.")
rule("location.broadway", "LOCATION", r"(?<![A-Za-z])(?:(?:[NSEWnsew]|North|South|East|West|north|south|east|west)\.?\s+)?(?:Broadway|BROADWAY|broadway)(?![A-Za-z])", 0.8,
     "Broadway is a street in most American cities, usually written without a suffix.")
rule("location.highway", "LOCATION",
     r"(?<![A-Za-z0-9])(?!H2[SO](?![A-Za-z0-9]))(?:U\.S\.(?:\s+(?:Highway|Hwy\.?|Route|Rte\.?))?|US\s+(?:Highway|Hwy\.?|Route|Rte\.?)|I|IH|H|US|SR|CR|FM|RM|SH|Hwy|HWY|Highway|HIGHWAY|Route|ROUTE|Rte|RTE|RT|Rt\.?|Interstate|INTERSTATE|State\s+Route|State\s+Road|State\s+Highway|County\s+Road|County\s+Rd|Farm\s+Road|Loop|Spur|M|A|Autoroute|AUTOROUTE|Autopista|Autobahn|Autostrada)[\-\s]?[0-9]{1,4}[A-Z]?(?![A-Za-z0-9\-])(?:\s+(?:Spur|Business|Bypass|Alternate|Alt\.|Connector|Frontage\s+Road|SPUR|BUS|BYPASS|ALT)(?![A-Za-z]))?(?!\s*(?:rounds|mm|caliber|feet|km|kms|kilomet(?:re|er)s|metres|meters|miles|people|persons|officers|times|years|days|minutes|hours|percent)\b)",
     0.85, "Interstates, US and state routes and highways: I-40, US-60, U.S. 2, U.S. Highway 2, SR-87, Hwy 1, Route 30, Autoroute 20, with a trailing Spur or Business (SR 20 Spur); H2S and H2O are gases.")
rule("location.mile-marker", "LOCATION",
     r"(?<![A-Za-z])(?:mile\s*(?:marker|post)|milepost|mm|(?-i:MP)|exit|junction|kilomet(?:re|er)\s*(?:marker|post|peg)|km\s*(?:marker|post|peg)|(?<=near\s|past\s|at\s|around\s|,\s|on\s|by\s)(?:km|kilomet(?:re|er))|(?:trail\s+)?marker|(?<=near\s|past\s|at\s|around\s|,\s|on\s|by\s)mile)\s*#?\s*[0-9]{1,4}(?:\.[0-9]{1,2})?[A-Z]?(?![0-9A-Za-z])",
     0.85, "Mile markers, kilometre posts and exits pin a spot on a road (mile marker 78, kilometre post 579, near Km 52, westbound, mile 310); the whole phrase is one span.", caseless=True)
rule("location.map-coordinates", "LOCATION",
     r"(?<![0-9.\-])(?:-?(?:[0-8]?[0-9])\.[0-9]{3,7}°?\s*[NSns]?(?:,\s*|\s+(?=-[0-9]))-?(?:1[0-7][0-9]|0?[0-9]{1,2})\.[0-9]{3,7}°?\s*[EWew]?"
     r"|[NS]\s?(?:[0-8]?[0-9])\.[0-9]{3,7}°?,?\s*[EW]\s?(?:1[0-7][0-9]|0?[0-9]{1,2})\.[0-9]{3,7}°?"
     r"|(?<![A-Za-z])[HNST][A-HJ-Z]\s?[0-9]{4,5}\s[0-9]{4,5}"
     r"|(?:[0-8]?[0-9])°\s?[0-5]?[0-9]['’′]\s?(?:[0-5]?[0-9](?:\.[0-9]+)?[\"”″]\s?)?[NS],?\s*(?:1[0-7][0-9]|0?[0-9]{1,2})°\s?[0-5]?[0-9]['’′]\s?(?:[0-5]?[0-9](?:\.[0-9]+)?[\"”″]\s?)?[EW]"
     r"|(?:[1-5]?[0-9]|60)[C-HJ-NP-X]\s+(?:[0-9]{6,7}\s*m?E?\s+[0-9]{7}\s*m?N?|[A-HJ-NP-Z]{2}\s?[0-9]{4,5}\s?[0-9]{4,5}))(?![0-9])",
     0.85, "GPS and map coordinates pin a spot exactly: decimal latitude and longitude (47.7621, -103.4187), degrees and minutes (35°12'N 107°30'W), UTM (12S 0538412 3825716), MGRS and British grid references (NN 16654 71284), the hemisphere before or after (N 44.4280, W 110.5885).")
rule("location.eircode-any", "LOCATION", NB + r"(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W)\s?(?=[0-9AC-FHKNPRTV-Y]{0,3}[0-9])[0-9AC-FHKNPRTV-Y]{4}" + NA, 0.8,
     "Irish Eircodes (F26 X2K7, D6W 1234): a routing key and a four-character identifier with a digit in it.")
rule("location.junction-number", "LOCATION",
     r"(?<![A-Za-z0-9])(?i:between|at|near|past|from|to|and|off|leaving|left|approaching|by|before|after|for)\s+\KJ[0-9]{1,2}[a-z]?(?![A-Za-z0-9])", 0.75,
     "British motorway junctions written J28 after a place word (between J28 and J29, off at J10).")
rule("location.numbered-freeway", "LOCATION",
     r"(?<![A-Za-z])(?:the|The)\s+\K(?:[0-9]{2,3}|[0-9](?=\s+(?i:freeway|fwy|expressway|motorway)))(?=\s+(?i:eastbound|westbound|northbound|southbound|EB|WB|NB|SB|freeway|fwy|expressway|motorway|collectors?|express|on-ramp|off-ramp|onramp|offramp)(?![A-Za-z]))", 0.75,
     "Freeways named by number alone with 'the' before and a direction or road word after (the 401 eastbound, the 405 southbound, the 5 freeway).")
rule("location.well-name", "LOCATION",
     r"(?<![A-Za-z])\p{Lu}[\p{Ll}\p{M}'’\-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’\-]+)?\s+[0-9]{1,3}-[0-9]{1,3}[A-Z]{0,3}(?=\s+(?i:pad|well|wellsite|lease|battery|location|rig|site|tank\s+battery)(?![A-Za-z]))", 0.75,
     "Oil and gas wells and pads are named after the landowner with a section number (the Hagen 4-22H pad, Johnson 1-14HZ well).")
rule("location.family-landmark", "LOCATION",
     r"(?<![A-Za-z])(?:the|old|The|Old)\s+\K(?!(?:" + MONTH + r"|" + WEEKDAY + r"|Christmas|Easter|Halloween|Thanksgiving|Police|Sheriff|County|City|State|Town|Old|New|Big|Little|Fire|Church|School)\b)(?:\p{Lu}[\p{Ll}\p{M}'’\-]+\s+)?\p{Lu}[\p{Ll}\p{M}'’\-]+(?:['’]s)?\s+(?:place|farm|ranch|homestead|property|flats|acreage|dairy|farmstead|estate|scheme|colony)(?![A-Za-z])", 0.75,
     "Rural places are named after the family that owns or owned them, and housing estates after their townland, with a lower-case noun (the Petersen place, the old Miller farm, the Ballymun flats, the Creggan estate, the Hutterite colony); shops keep their own word outside.")
rule("location.number-before-marker", "LOCATION",
     r"(?<![A-Za-z])(?i:the)\s+\K[0-9]{1,4}(?:\.[0-9]{1,2})?\s+(?i:exit|mile\s*marker|mile\s*post|milepost|mm|marker)(?![A-Za-z])(?!\s+(?i:wounds?|doors?|signs?|interviews?|rows?|strateg))",
     0.8, "A mile marker or exit written number first (the 62 exit, the 104 mile marker).")
rule("location.state-highway-lowercase", "LOCATION",
     r"(?<![A-Za-z])(?:off|on|onto|via|take|took|taking|up|down|along)\s+\K(?!(?:in|or|me|hi|oh|ok|pa|ma|id|de|la)\b)(?:(?:" + CODES.lower() + r"|sr|cr|fm|us)[\s\-]|i-|i\s(?=[0-9]{2}))[0-9]{1,4}(?![0-9A-Za-z])(?!\s*(?:minutes|mins|min|hours|hrs|seconds|secs|times|days|weeks|months|years|feet|ft|yards|miles|bucks|dollars|rounds|of|percent|people|calls|stops)\b)", 0.75,
     "State routes written in lower case by hurried writers (on ga 400, off ky-80); codes that are also words are left out.")
rule("location.state-highway", "LOCATION", r"(?<![A-Za-z])(?:off|on|onto|via|take|took|taking|up|down|along)\s+\K(?:(?:" + CODES + r")[\s\-]|(?!K-9(?![0-9]))[A-Z]-)[0-9]{1,4}(?![0-9A-Za-z])", 0.8,
     "State and tribal routes written with the state code or one letter (KY 1426, TX-71, M-25, N-7) after a travel word.")
rule("location.state-dash-route", "LOCATION",
     r"(?<![A-Za-z0-9\-])(?!(?:AR|AK)-)(?:" + CODES + r")-[0-9]{1,3}[A-Z]?(?![0-9A-Za-z\-])(?!\s*(?:rounds|round|mm|caliber|rifle|rifles|pistol|magazine|form|forms))",
     0.75, "A state code joined by a dash to a route number is a state highway wherever it stands (LA-1, TX-71, NJ-17); AR- and AK- are rifles.")
rule("location.dc", "LOCATION", r"(?<![A-Za-z])(?:Washington,?\s+)?D\.\s?C\.(?![A-Za-z])", 0.9, "Washington, D.C.")
rule("location.state-before-keyword", "LOCATION",
     r"(?<![A-Za-z])(?:" + "|".join(STATES) + r")(?=\s+(?:plate|plates|tag|tags|registration|DL|driver'?s|license|licence|temporary|paper|trooper|troopers|state\s+police|highway\s+patrol|State\s+Police|Highway\s+Patrol|resident|native|line|border)\b)",
     0.9, "A state named before plate, tag, DL or licence words is where the vehicle or person is registered (Georgia plate, Texas DL).")
LATLON_PART = r"[0-9]{1,3}(?:\.[0-9]+)?\s?°(?:\s*[0-9]{1,2}(?:\.[0-9]+)?\s?['’′](?:\s*[0-9]{1,2}(?:\.[0-9]+)?\s?(?:[\"”″]|['’′]{2}))?)?"
rule("location.coordinates", "LOCATION",
     r"(?<![0-9.\-−])[\-−]?[0-9]{1,2}\.[0-9]{3,8}\s?°?\s?[NS]?\s*,\s*[\-−]?[0-9]{1,3}\.[0-9]{3,8}(?:\s?°)?(?:\s?[EW](?![A-Za-z]))?(?![0-9])"
     r"|(?<![0-9.\-−])[\-−]?[0-9]{1,2}\.[0-9]{4,8}\s+[\-−]?[0-9]{1,3}\.[0-9]{4,8}(?![0-9]|\.[0-9])"
     r"|(?<![0-9A-Za-z.])(?:[NS]\s?)?" + LATLON_PART + r"(?:\s*[NS](?![A-Za-z]))?,?\s*(?:[EW]\s?)?" + LATLON_PART + r"(?:\s*[EW](?![A-Za-z]))?",
     0.85, "GPS coordinates, as decimal pairs (33.6117, -111.7173) or with degrees and hemispheres (61.5994° N, 149.1128° W; N 33° 26.9' W 112° 04.4'), pin a place to a few metres; without a comma both need four decimals (-33.8688 151.2093).")
rule("location.eircode", "LOCATION", r"(?<![A-Za-z0-9])(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W)\s?(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])(?=[0-9AC-FHKNPRTV-Y]{0,3}[0-9])[0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])", 0.75,
     "Irish Eircodes, a routing key and a four-character identifier of letters and digits (D15 XR82), name a single address; a unit and a status word (K12 ENRT) are not one.")
rule("location.motorway-junction", "LOCATION",
     r"(?<![A-Za-z])(?i:near|at|between|from|to|off|past|leaving|approaching|and|by|after|before)\s+\K(?:J|(?i:junction)\s+)[0-9]{1,2}[A-Za-z]?(?![A-Za-z0-9])(?!\s*(?:minutes|mins|miles|feet|metres|meters|yards|km))",
     0.75, "British and Irish motorway junctions (near J15, at junction 4) are exits: they place a scene on a road.")
rule("location.compass-address", "LOCATION",
     r"(?<![0-9A-Za-z.,:/\-#])[0-9]{2,5}\s+[NSEW]\.?\s+(?!(?:Street|St|Avenue|Ave|Road|Rd|He|She|It|We|They|I|You|The|A|An|This|That|Then|There|His|Her|Our|My|Their|When|While|After|Before|As|At|On|In|So|But|And|No|Nobody|Someone|One|Two)\b)\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+)?(?![\p{L}0-9])",
     0.75, "Grid-city addresses without a suffix: a house number, a compass letter and a street name (4000 W. Madison, 1600 N Pulaski).")
rule("location.zip", "LOCATION", NB + r"[0-9]{5}-[0-9]{4}(?![0-9])", 0.85, "ZIP+4 codes.")
rule("location.zip-after-state", "LOCATION", r"(?<![A-Za-z])(?:" + CODES + r"|" + "|".join(STATES) + r"),?\s+\K[0-9]{5}(?![0-9])", 0.85, "Five-digit ZIP codes after a state.")
rule("location.postcode-ca", "LOCATION", NB + r"[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]\s?[0-9][ABCEGHJ-NPRSTV-Z][0-9]" + NA, 0.85, "Canadian postal codes.")
rule("location.unit-after-complex", "LOCATION",
     r"(?<![A-Za-z])(?:Apartments|Apts\.?|Condominiums|Condos|Townhomes|Townhouses|Villas|Lofts|APARTMENTS|APTS\.?)\s*,\s*\K#\s?[0-9]{1,5}[A-Z]?(?![A-Za-z0-9])",
     0.75, "A bare '#214' right after an apartment complex's name is the unit in it (Cedar Ridge Apartments, #214).")
rule("location.postcode-uk", "LOCATION", NB + r"[A-Z]{1,2}[0-9][A-Z0-9]?\s[0-9][ABD-HJLNP-UW-Z]{2}" + NA, 0.8, "UK postcodes.")
rule("location.po-box", "LOCATION",
     r"(?<![A-Za-z])(?:[0-9]{1,6}\s+)?(?:P\.?\s?O\.?\s+Box|PO\s+BOX|Post\s+Office\s+Box)\s+[0-9]+" + UNIT + r"?" + CITY_STATE_ZIP, 0.9, "Post office boxes, with city, state and ZIP when they follow.")
rule("location.unit", "LOCATION",
     r"(?<![A-Za-z])(?:apartment|apt\.?|suite|ste\.?|room|rm\.?|quarters|theater|theatre|auditorium|lot|space|campsite|site|trailer|cell|cellblock|complex|bldg\.?|building|dorm|flat|courtroom|quad|bay|dept\.?|pod|bunk|stall|slip|pier|gate|dock|platform|hangar|terminal|berth|concourse|tier)\s*#?\s*(?:[A-Z]-?)?[0-9]{1,5}(?:-?[A-Z])?(?![A-Za-z0-9])|(?<![A-Za-z])(?:apartment|apt\.?|suite|flat)\s*#?\s*(?!(?:on|in|at|of|to|by|is|or|as|an|up|so|we|he|it|my|no|if)(?![A-Za-z0-9]))(?:[A-Z]?[0-9]{1,4}[A-Z]|[A-Z])(?![A-Za-z0-9])"
     r"|(?<![A-Za-z])(?-i:Department|DEPARTMENT)\s+[0-9]{1,4}(?![0-9A-Za-z])(?!\s*(?:times|minutes|hours|days|years|officers|people|calls)\b)",
     0.75, "Apartment, room and campsite designators keep their word: apartment 3C; a short word after it (an apartment on Rideau Street) is no designator. A court's numbered Department is a courtroom (Department 112).", caseless=True)
rule("location.unit-door", "LOCATION",
     r"(?<![A-Za-z])(?:outside|inside|into|in\s+front\s+of|door\s+(?:of|to)|knocked\s+on)\s+(?:the\s+door\s+of\s+)?\K(?:unit|Unit)\s*#?\s*[0-9]{1,5}(?:-?[A-Z])?(?![A-Za-z0-9])",
     0.8, "A unit someone stands outside, goes into or knocks on is a dwelling (outside unit 7212, knocked on Unit 14B), not a patrol car's call sign.")
rule("location.n-business", "LOCATION",
     r"(?<![A-Za-z])(?:at|to|from|behind|outside|near|by|in|the)\s+(?:the\s+)?\K[A-Z][a-z]+(?:\s+|-)(?:N|n|['’][Nn]['’]?)(?:\s+|-)[A-Z][a-z]+(?![A-Za-z])",
     0.8, "Shops named 'X N Y' after a place word or an article (the Stop N Go, at the Git-N-Go, Pic 'n' Save): the N is the shop-sign 'and' of a business name.")
rule("location.store-number", "LOCATION",
     r"(?<![A-Za-z])(?:store|Store|STORE)\s*(?:#|[Nn]o\.?|number)?\s*[0-9]{3,6}(?![0-9A-Za-z])",
     0.75, "A store number of three digits or more says which of a chain's stores it was (store 1614, Store #8841); the word stays inside, as for an apartment.")
rule("location.vessel", "LOCATION",
     r"(?<![A-Za-z/])(?:F/V|M/V|S/V|R/V|MV|FV|SV|RV|USCGC|USNS|USS|HMS|HMCS|HMAS|HMNZS)\s+(?!(?:The|A|An)\s)(?:[A-Z][A-Za-z'’\-]+)(?:\s+(?:[A-Z][A-Za-z'’\-]+|[IVX]+|[0-9]{1,3})){0,3}",
     0.85, "A vessel named after its prefix (F/V Northern Dawn, M/V Kalakala, USCGC Healy): where the story happened, like a building's name.")
rule("location.transit-line", "LOCATION",
     r"(?<![A-Za-z])(?i:bus|buses|train|streetcar|trolley|light\s+rail|max|metro|subway)\b[^.\n]{0,30}?\b(?i:line|route)\s+#?\K[0-9]{1,3}[A-Z]?(?![0-9A-Za-z])"
     r"|(?<![A-Za-z])(?i:the)\s+\K[0-9]{1,3}[A-Z]?(?=\s+(?i:bus|line|streetcar|trolley|express)\b)"
     r"|(?<![A-Za-z])(?i:the)\s+\K[A-HJ-Z](?=\s+(?i:train|line)\b)",
     0.75, "A bus or train line by its number or letter (a TriMet bus on line 72, the 38 bus, the A train) narrows where it happened to one route.")
rule("location.letter-designator", "LOCATION",
     r"(?<![A-Za-z])(?:Pier|Gate|Berth|Terminal|Concourse|Dock|Hangar|Platform|Building|Bldg\.?|Section|Wing|Tier|Pod|Camp|PIER|GATE|BERTH|TERMINAL|CONCOURSE|DOCK|HANGAR|BUILDING|SECTION|WING|TIER|POD|Cell\s+Block|Cellblock|Block|Dorm|CELL\s+BLOCK|BLOCK|DORM|building|bldg\.?|pier|gate|dock|hangar|terminal|concourse)\s+[A-HJ-Z](?:-?[0-9]{1,2})?(?![A-Za-z0-9'’])",
     0.7, "A facility word with one capital letter names a part of a site (Pier T, Gate B, Section V, building C); 'I' is left out (the pronoun).")
FACILITY = ["Apartments","Apts","Park","High School","Middle School","Elementary School","Elementary","School","Academy","College","University","Hospital",
            "Medical Center","Medical Centre","Health Center","Clinic","Mall","Center","Centre","Motel","Hotel","Inn","Lodge","Motor Lodge","Casino","Church","Cathedral",
            "Mosque","Temple","Synagogue","Cemetery","Station","Terminal","Airport","Stadium","Arena","Field","Library","Jail","Prison","Detention Center",
            "Detention Facility","Juvenile Detention","Correctional Facility","Correctional Center","Courthouse","Justice Center","Market","Supermarket","Store","Shop","Bar","Tavern","Pub",
            "Grill","Restaurant","Cafe","Café","Diner","Club","Lounge","Gym","Bank","Pharmacy","Lake","River","Creek","Beach","Bridge","Canyon","Mountain","Forest",
            "Trailhead","Campground","Marina","Harbor","Harbour","Bay","Reservoir","Dam","Estates","Village","Manor","Towers","Homes","Ranch","Farm","Depot","Yard",
            "Warehouse","Plant","Mine","Base","Fort","Reserve","Reservation","Wash","Gulch","Falls","Springs","Island","Valley","Hills","Woods","Preserve","Complex",
            "Shelter","Mission","Hall","Arms","Commons","Quarters","Garage","Parking Garage","Truck Stop","Travel Center","Rest Area","Plaza","Tower","Building",
            "Tunnel","Recreation Area","Game Lands","State Park","National Park","Wildlife Area","Trail","Overlook","Pier","Wharf","Boardwalk","Fairgrounds","Speedway",
            "Raceway","Golf Course","Country Club","Cinema","Cinemas","Theaters","Theatres","Theater","Theatre","Museum","Zoo","Aquarium","Courts","Townhomes","Townhouses","Condominiums","Condos","Lofts",
            "Flats","Residences","Projects","Housing","Mobile Home Park","Trailer Park","RV Park","Motor Inn","Suites","Plaza Hotel","Superstore","Supercenter","Outlet",
            "Outlets","Galleria","Crossing","Square","Junction","Jct","Roadhouse","Marketplace","Chapter House","Rodeo Grounds","Stampede Grounds","Fair Grounds","Grain Elevator","Elevator","Resort","RV Resort","Ski Area","Ski Resort","Plantation","Orchard","Vineyard","Winery","Brewery","Distillery","Saloon","Cantina","Taqueria","Pizzeria",
            "Steakhouse","Smokehouse","BBQ","Bar-B-Q","Barbershop","Salon","Laundromat","Liquors","Liquor Store","Market","Mart","Food Mart","Gas","Fuel","Auto","Motors","Towing","Storage","Self Storage",
            "Medical Centre","Memorial","Health","Spa","Nails","Nation","Pueblo","Rancheria","Triangle","Travel Stop","Travel Plaza","City","Cemetery","Funeral Home","Behavioral Health","Rehab","Rehabilitation Center","Nursing Home","Care Center","Hospice","Station House","Bakery","Bodega","Deli","Chip Shop","Takeaway","Tap","Taproom","Tap House","Public House",
            "Supply","Supplies","Outfitters","Hardware","Lumber","Feed","Feed Store","Tire","Tires","Pawn","Pawn Shop","Sporting Goods","Firearms","Trading Post","Auto Body","Body Shop",
            "Marketplace","Jewelers","Jewellers","Jewelry","Boutique","Florist","Monument","National Monument","Health Care","Healthcare","National Forest","National Seashore","National Historic Site","Historic Site","Wildlife Refuge","Battlefield",
            # events held at one place (Cherry Creek Arts Festival, Pima County Fair) and the venues they fill
            "Festival","Fest","Fair","Carnival","Expo","Exposition","Jamboree","Amphitheater","Amphitheatre","Coliseum","Colosseum","Pavilion",
            "Ballpark","Auditorium","Fieldhouse","Field House","Event Center","Events Center","Garden","Gardens","Chapel","Tabernacle","Shrine",
            # senior living (Sunrise Manor Assisted Living)
            "Assisted Living","Senior Living","Memory Care","Retirement Home","Retirement Community","Nursing Center","Nursing and Rehabilitation","Senior Center"]
# Longest head first, so that "Auto Body" wins over "Auto" and "Feed Store" over "Feed".
FACILITY_LONGEST_FIRST = sorted(FACILITY, key=lambda w: -len(w))
TITLES_BEFORE = ["Trooper", "Officer", "Deputy", "Sgt.", "Sgt", "Sergeant", "Det.", "Det", "Detective", "Lt.", "Lt", "Lieutenant", "Cpl.", "Cpl",
                 "Corporal", "Capt.", "Capt", "Captain", "Constable", "Const.", "Cst.", "PC", "Inspector", "Agent", "Warden", "Dep.", "Ofc.", "Tpr.",
                 "Mr.", "Mrs.", "Ms.", "Dr.", "Chief", "TROOPER", "OFFICER", "DEPUTY", "SGT", "DET"]
NOT_AFTER_TITLE = "(?<!" + "|".join(re.escape(t) + " " for t in TITLES_BEFORE) + ")"
# "INN ON THE LAKE", "CAFE ON THE SQUARE", "BANK OF THE WEST ARENA": inside a name in
# capitals "ON THE" and the like only right after a facility head ("SUBJ IN BLUE PARKA ON
# THE NORTH PIER" is no name). The look-behind lists every head, so a cheap look-ahead for
# "ON THE" goes first: without it the look-behind ran at every word of every run (77 ms/MB).
AFTER_CAPS_HEAD = "(?<=" + "|".join(sorted({w.upper().replace(".", "\\.") + " " for w in FACILITY}, key=lambda w: (-len(w), w))) + ")"
LOG_WORD_STOP = r"(?!(?:IN|ON|AT|TO|BY|FROM|INTO|ONTO|NEAR|NR|TWD|ADV|ADVS|SUBJ|SUSP|RP|ENRT|W/|WITH|WAS|IS|DROPPED|FLED|SEEN|LAST|ARRIVED|UNIT|UNITS|ITEM|VEH)\s)"
FACILITY_CAPS_STOP = r"(?!(?:ON|AT|IN|TO|BY|THE|NR|NEAR|FROM|WITH|FOR|OFF|INTO|ONTO|IS|WAS)\s)"   # prepositions in a capitals log line (inside a name only as "ON THE", "OF THE": INN ON THE LAKE)
rule("location.facility", "LOCATION",
     r"(?<![A-Za-z0-9'’])" + NOT_AFTER_TITLE + TITLE_STOP + NOT_ARTICLE + r"(?!(?:the|and|of|de|la|del|&)\s)(?:(?:" + FACILITY_CAPS_STOP + LOG_WORD_STOP + r"(?![A-Z][a-z]{3,}\.\s|(?!(?:STE|MTN|AVE|BLVD|JCT|CTR|UNIV|HOSP|MED|GEN|MEM|INTL|NATL|DEPT|CNTY)\.)[A-Z]{3,}\.\s)[A-Z][A-Za-z'’.&\-]*|(?=(?:ON|AT|OF|BY|IN)[ \t]+THE[ \t])" + AFTER_CAPS_HEAD + r"(?:ON|AT|OF|BY|IN)[ \t]+THE|[dl]['’][A-Z][A-Za-z'’.&\-]*|[0-9]{1,4}(?:st|nd|rd|th)?|of|de|la|del|the|and|&)[ \t]+){0,4}(?:" + FACILITY_CAPS_STOP + LOG_WORD_STOP + r"(?![A-Z][a-z]{3,}\.\s|(?!(?:STE|MTN|AVE|BLVD|JCT|CTR|UNIV|HOSP|MED|GEN|MEM|INTL|NATL|DEPT|CNTY)\.)[A-Z]{3,}\.\s)(?:[A-Z]|[dl]['’][A-Z])[A-Za-z'’.&\-]*|(?<=[a-z][ \t])[0-9]{1,3}|(?=(?:ON|AT|OF|BY|IN)[ \t]+THE[ \t])" + AFTER_CAPS_HEAD + r"(?:ON|AT|OF|BY|IN)[ \t]+THE)[ \t]+" + both(FACILITY_LONGEST_FIRST) + r"(?:[ \t]+&[ \t]+[A-Z][A-Za-z'’]+)?(?![A-Za-z])(?:\s+(?:North|South|East|West|Annex|Complex|[0-9]{1,4})(?![A-Za-z0-9]))?(?:,?\s+(?:Corporation|Corp\.|Inc\.|LLC|Company)(?![A-Za-z]))?",
     0.8, "A capitalised name before a facility head word is a named place: Santa Rita Jail, Mercy Hospital, Sunset Motor Lodge; dispatch-log words in capitals (ADV SUBJ DROPPED ITEM IN WASH) are not part of a name, nor does a name run across a sentence end, in capitals too (THE PRICE WAS HIGH. GAS …); in title case a short number may close the name (Bar 99 Ranch, Route 66 Diner).")
rule("location.hospital-short", "LOCATION",
     r"(?<![A-Za-z])(?:(?:ER|E\.R\.|ED|(?i:emergency\s+(?:room|department)|hospital|trauma\s+(?:center|bay)))\s+(?:at|in)|(?i:taken|transported|rushed|admitted|airlifted|flown|brought|driven|transferred)\s+to(?:\s+the)?)"
     r"\s+\K(?:[A-Z][a-z]+\s+){1,3}(?:General|Regional|Memorial|Methodist|Baptist|Presbyterian|Mercy|Medical|Community|County|University)(?![A-Za-z])(?!\s+(?:Hospital|Medical|Center|Centre|Health))",
     0.8, "A hospital called by its short name (the ER at Palmetto General, taken to St. Luke's Regional): after an emergency room or a transport verb, a capitalised name ending in General, Regional, Memorial, Methodist and the like.")
rule("location.bare-house-number", "LOCATION",
     r"(?<![A-Za-z])(?<!set\s)(?<!came\s)(?<!comes\s)(?<!rose\s)(?<!amounted\s)(?<!totaled\s)(?<!totalled\s)(?<!jumped\s)(?<!climbed\s)(?<!increased\s)(?<!reduced\s)(?<!lowered\s)(?<!dropped\s)(?<!fell\s)(?<!valued\s)(?<!priced\s)(?<!bail\s)(?<!bond\s)(?<!fine\s)(?<!total\s)(?<!sum\s)(?<!balance\s)(?<!amount\s)(?<!tune\s)(?<!Bail\s)(?<!Bond\s)(?<!Fine\s)(?i:at|to|of|near|outside|from|behind|past)\s+\K[0-9]{5}(?![0-9A-Za-z]|[.,:/\-][0-9])(?!\s*(?i:feet|foot|ft|meters|metres|yards|miles|rounds|pounds|lbs|dollars|people|times|calls|cars|hours|hrs|volts|acres|views|residents)\b)",
     0.6, "Five digits alone after a preposition are a house number or a ZIP code (walked up to 14815, no one on the porch at 14815): counts and amounts carry a unit or a separator, or a verb or noun of amount before the preposition (bail set at 50000, damages came to 15000, a fine of 25000).")
rule("location.named-station", "LOCATION",
     r"(?<![A-Za-z])" + NOT_ARTICLE + r"(?!(?:Police|Fire|Gas|Service|Ranger|Weather|Train|Bus|Subway|Radio|TV|Base|Work|Nurses|Nurse['’]s|Duty|Charging|Docking|Polling|Pumping|Power|Relay|Space|Research|Comfort|Coast\s+Guard|Patrol|Sheriff['’]?s|Command|Way|Fuel|Rest|Weigh|Lifeguard|Guard|Booking|Intake|Transfer|Processing|Substation|Dispatch|Home|Another|Any|Which|What|Whichever|One|No|Some|Then|When|Where|While|If|Next|Last|First|Both|Either|Neither|Same|Local|Nearest|Closest|Main|Central|Our|Your|That|This)\b)(?!(?:" + WEEKDAY + r"|" + MONTH + r")\b)"
     r"[A-Z][a-z'’]+(?:[ \t]+(?:[A-Z][a-z'’]+|[0-9]{1,3}(?:st|nd|rd|th)?)){0,3}(?=[ \t]+station\b)",
     0.7, "A capitalised name before a lower-case 'station' is a transit stop (Coliseum station, Broadway Junction station); police, fire, gas and other service stations are left out.")
rule("location.hospital-lowercase", "LOCATION",
     r"(?<![A-Za-z])(?:at|to|from|in|into|outside)\s+\K(?!(?:the|a|an|this|that|our|his|her|their|my|your|its|local|nearest|closest|nearby|same|another|other|one|any|county|city|state|general|psych|psychiatric|mental|private|public|veterans|va|children['’]?s|animal|field|military|base|tribal|prison|jail|big|small|new|old|main|regional|community|trauma|emergency|regular|urgent|teaching|rehab|rehabilitation|maternity|women['’]?s|cancer|burn|level|behavioral|detox|hospice|different|better|good|bad|busy|crowded|overcrowded|real|actual|proper|which|what|whose|some|no|every|each|first|second|last|next)\s)[a-z][a-z'’\-]{2,}(?:\s+(?!(?:the|a|hospital)\b)[a-z][a-z'’\-]{2,})?\s+(?:hospital|medical\s+center|med\s+center|er)(?![A-Za-z])",
     0.65, "In lower-case writing a word before 'hospital' after a preposition names the hospital (got seen at temple hospital); articles, possessives and kinds of hospital are left out.")
rule("location.childrens-hospital", "LOCATION",
     r"(?<![A-Za-z])Children['’]s\s+(?!(?:Services|Protective|Division|Bureau|Aid|Advocacy|Museum\s+of|Books?|Stories|Story|Bible|Church|Choir|Ministry|Ministries|Library|Room|Hour|Day|Program|Programs|Programme|Fund|Songs?|Games?|Toys?|Clothing|Clothes|Section|Menu|Sermon|Theatre|Theater|Television|TV|Show|Shows|Movie|Movies)\b)[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)?",
     0.75, "A capitalised 'Children's' before a capitalised word names a children's hospital (Children's Mercy, Children's National, Children's Healthcare of Atlanta); child-welfare services are left out.")
rule("location.opponent-school", "LOCATION",
     r"(?:(?i:football|basketball|baseball|softball|soccer|volleyball|hockey|lacrosse|wrestling|playoff|playoffs|tournament|scrimmage|homecoming|rivalry|game)\b[^.!?\n]{0,60}?|(?:School|High|Academy|Prep)\s+)"
     r"(?<![A-Za-z])(?:against|vs\.?|versus|v\.)\s+(?:the\s+)?\K" + NOT_ARTICLE + TITLE_STOP + r"(?!(?:Us|Them|Him|Her|Me)\b)[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,2}",
     0.7, "The other side of a school game (Greer High School against Riverside, the playoff game versus North Central) is a school, and so a place; a ranked person there (against Sergeant Smith's son) is not.")
rule("location.facility-head-first", "LOCATION",
     r"(?<![A-Za-z])(?:Lake|Mount|Mt\.|Fort|Ft\.|Camp|Port|Cape|Point|Isla|Lago|Rancho|Villa|Hotel|Motel|Club|Bar|Casino|Hospital|Rio|Bayou|Glacier|Lac)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
     r"|(?<![A-Za-z])(?:Mall|Museum|University|Bank|Hospital|Shops|Village|Hotel|Church|Cathedral|Basilica|Port|Isle|Pueblo|Town|City|Borough|Township)\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}",
     0.8, "Places whose head word comes first: Lake Eola, Mount Hood, Fort Bliss, Camp Pendleton, Mall of America, University of Utah, and a municipality named by its kind (the Pueblo of Zia, the Town of Boring, the Borough of Naugatuck).")
AREA_STOP = (r"(?!(?:The|This|That|These|Those|A|An|Our|My|His|Her|Its|Their|Your|Every|Each|Any|Some|Same|Entire|Whole|Rural|Residential|Commercial|"
             r"Industrial|Wooded|Common|Parking|Staging|Waiting|Holding|Search|Back|Front|Rear|Surrounding|Immediate|General|Open|Which|What|Another|Other|"
             r"Ski|Service|Rest|Picnic|Play|Camping|Smoking|Loading|Grassy|Swimming|Fishing|Hunting|Recreation|Day-Use|Boat|Lobby|Reception|Dining|"
             r"Seating|Sleeping|Storage|Cargo|Secure|Restricted|Booking|Intake|Visiting|Visitation|Metro|Tri-State|Border|Remote)\s)")
rule("location.neighbourhood", "LOCATION", r"(?<![\p{L}])(?:" + AREA_STOP + r"\p{Lu}[\p{L}\p{M}'’\-]+\s+){0,2}" + AREA_STOP + r"\p{Lu}[\p{L}\p{M}'’\-]+(?=\s+(?:neighborhood|neighbourhood|area|section|subdivision|district|projects|complex|development|housing\s+(?:project|projects|area|complex|development|addition)|side\s+of\s+town|trailer\s+(?:park|court)|mobile\s+home\s+(?:park|court)|apartments|apartment\s+complex|bridge|trailhead|campground)\b)", 0.75,
     "A capitalised name before 'neighborhood', 'area' or 'subdivision' is a place (the Cedar-Riverside neighborhood), and so is one before a lower-case trailer park, apartments, bridge, trailhead or campground (the Shady Rest trailer park, the Four Bears bridge).")
rule("location.named-projects-lowercase", "LOCATION",
     r"(?<![A-Za-z])the\s+\K(?!(?:new|old|nearby|same|other|local|public|city|county|state|federal|housing|low-income|section|senior|student|luxury|cheap|big|small|whole|abandoned|empty|closest|next|last|first|rough|bad|worst|family|veterans|those|these|that|this|our|their)\s)[a-z][a-z'\-]{2,}(?:\s+[a-z][a-z'\-]{2,})?(?=\s+(?:projects|subdivision|trailer\s+park|mobile\s+home\s+park|housing\s+project)(?![A-Za-z]))",
     0.65, "In lower-case writing the name before 'projects', 'subdivision' or 'trailer park' is the development's name (the desire projects, the magnolia trailer park).")
LOWER_SITE_STOP = (r"(?!(?:new|old|nearby|same|other|local|public|city|county|state|federal|tribal|private|main|upper|lower|north|south|east|west|"
                   r"eastbound|westbound|northbound|southbound|nearest|closest|next|last|first|second|third|only|whole|empty|crowded|busy|full|closed|"
                   r"open|dark|big|small|little|large|overflow|gravel|dirt|paved|usual|regular|abandoned|that|this|those|these|our|their|same|one|two)\s)")
rule("location.named-site-lowercase", "LOCATION",
     r"(?<![A-Za-z])the\s+\K" + LOWER_SITE_STOP + r"[a-z][a-z'\-]{2,}(?:\s+[a-z][a-z'\-]{2,}(?=\s+(?:rest\s+area|rest\s+stop|campground|trailhead|boat\s+ramp|marina|rv\s+park|fairgrounds|rodeo\s+grounds|reservoir)))?(?:\s+(?:rest\s+area|rest\s+stop|campground|trailhead|boat\s+ramp|marina|rv\s+park|fairgrounds|rodeo\s+grounds|reservoir)|(?=\s+(?:truck\s+stop|travel\s+(?:center|plaza))))(?![A-Za-z])",
     0.65, "In lower-case writing a word before a site noun names the site, whose noun is part of its name (the wagonhound rest area, the bluewater campground); before a truck stop it is the business (the loves truck stop); adjectives of place, size and direction are left out.")
rule("location.feature-road-lowercase", "LOCATION",
     r"(?<![A-Za-z])(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\s+(?:Creek|River|Lake|Canyon|Valley|Ridge|Mountain|Hill|Hills|Springs|Flat|Flats|Mesa|Butte|Pass|Crossing|Gulch|Wash|Meadow|Meadows|Hollow|Fork)\s+(?:road|rd|highway|trail|lane|loop|cutoff|turnoff)(?![A-Za-z])",
     0.75, "A road named after a creek, canyon or ridge keeps its road word even in lower case (the Stoney Creek road, Bear Canyon trail).")
rule("location.regional-hospital", "LOCATION",
     r"(?<![A-Za-z])(?:to|at|from|into|in|of|by)\s+\K(?:(?:St\.|Saint)\s+)?(?:[A-Z][a-z'’]+\s+){1,2}Regional(?![A-Za-z])(?!\s+[A-Z])",
     0.75, "Regional hospitals are called by their town and 'Regional' alone (flown to Moab Regional, born at St. Mary's Regional).")
rule("location.compass-quarter", "LOCATION", r"(?<![A-Za-z])(?:North|South|East|West|Upper|Lower|Near\s+North|Near\s+West|Far\s+North|Far\s+South)\s+(?:End|Side|Campus)(?![A-Za-z])", 0.75,
     "Quarters of a town or a campus named by a compass word and End, Side or Campus, capitalised (the West End, South Side, North Campus).")
rule("location.county", "LOCATION",
     r"(?<![A-Za-z])" + NOT_ARTICLE + r"(?:(?!(?!(?:ST|FT|MT|STE)\.)[A-Z]{2,}\.\s)[A-Z][A-Za-z'’.\-]+\s+){1,3}(?:County|Parish|Borough|Township|Twp\.?|COUNTY|PARISH)(?![A-Za-z])", 0.9,
     "'X County', 'X Parish', 'X Township' are places (or the start of an agency name, which the ORG rules take whole); an acronym closing a sentence ('Metro PD. County was short') is not part of the name.")
rule("location.court-department", "LOCATION",
     r"(?<![A-Za-z])(?:into|in|to|at|from|outside|of)\s+\K(?:Department|DEPARTMENT)\s+[0-9]{1,3}[A-Z]?(?![0-9A-Za-z])",
     0.75, "A numbered courtroom called a department, as California superior courts number them (escorted into Department 112 of the courthouse).")
rule("location.intersection-left", "LOCATION",
     r"(?<![A-Za-z])(?i:at|on|of|near|corner\s+of)\s+\K(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))(?=\s+(?:and|&|@)\s+(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))\b)",
     0.8, "The first street of an intersection written without suffixes ('at Main and 5th').")
rule("location.intersection-right", "LOCATION",
     r"(?<![A-Za-z])(?i:at|on|of|near|corner\s+of)\s+(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))\s+(?:and|&|@)\s+\K(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))(?:\s+" + SUFFIX + r")?(?![A-Za-z])",
     0.8, "The second street of an intersection ('Main and 5th Street').")
rule("location.intersection-at", "LOCATION",
     r"(?<=[A-Za-z0-9] )" + SUFFIX + r"\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\.?)?\s+at\s+\K(?:[0-9]{1,3}(?:st|nd|rd|th)(?:\s+" + SUFFIX + r")?|" + TITLE_STOP
     + r"(?!(?:The|About|Approximately|Around|Least|Gunpoint|First|Once|Times|Noon|Midnight|Night|Dawn|Dusk|Exit|Mile)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+" + SUFFIX + r")\.?(?![A-Za-z])",
     0.8, "A cross street after 'at' following a street ('Lyndale Ave N at 33rd', 'Main St at Oak Avenue').")
LOWER_NOT_STREET = r"(?!(?:the|a|an|then|i|we|he|she|they|it|this|that|his|her|my|our|was|went|got|had|saw|ran|so|now|final|last|only|deciding|best|worst|more|again)\b)"
ORDLOW = r"(?:fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)"  # first to fourth are too common as words
rule("location.intersection-ordinal-lowercase", "LOCATION",
     r"(?<![A-Za-z])(?:at|on|of|near|corner\s+of|onto)\s+\K(?:(?:[0-9]{1,3}(?:st|nd|rd|th)|" + ORDLOW + r")(?:\s+(?:st|ave|street|avenue))?(?=\s+(?:and|&)\s+" + LOWER_NOT_STREET + r"[a-z]{3,})"
     r"|" + LOWER_NOT_STREET + r"[a-z]{3,}(?=\s+(?:and|&)\s+(?:[0-9]{1,3}(?:st|nd|rd|th)|" + ORDLOW + r")(?![A-Za-z])))",
     0.7, "The first street of a lower-case intersection with a numbered street (on 5th and vine, at vine and 5th, corner of fifth and vine as dictated).")
rule("location.intersection-ordinal-lowercase-right", "LOCATION",
     r"(?<![A-Za-z])(?:at|on|of|near|corner\s+of|onto)\s+(?:(?:[0-9]{1,3}(?:st|nd|rd|th)|" + ORDLOW + r")(?:\s+(?:st|ave|street|avenue))?\s+(?:and|&)\s+\K" + LOWER_NOT_STREET + r"[a-z]{3,}(?:\s+(?:st|ave|rd|blvd|street|avenue|road))?"
     r"|" + LOWER_NOT_STREET + r"[a-z]{3,}\s+(?:and|&)\s+\K(?:[0-9]{1,3}(?:st|nd|rd|th)|" + ORDLOW + r")(?:\s+(?:st|ave|street|avenue))?)(?![A-Za-z])",
     0.7, "The second street of a lower-case intersection with a numbered street.")
rule("location.corner-right", "LOCATION",
     r"(?<![A-Za-z])(?i:corner)\s+of\s+(?:the\s+)?[A-Z0-9][^\n,;()]{1,40}?\s+(?:and|&)\s+\K" + TITLE_STOP
     + r"(?!(?:The|A|An|I|He|She|We|They|It|Then|His|Her|My|Our|Their)\b)\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+)?(?![\p{L}\p{M}])",
     0.75, "The second street after 'the corner of X and': one or two capitalised words, whatever their suffix ('the corner of Dalbraut 99 and Frederikke Coves').")
rule("location.slash-after-street", "LOCATION",
     r"(?<=[A-Za-z] )" + SUFFIX + r"\.?\s*/\s*\K(?!(?:The|A|An|I|He|She|We|They|It)\b)\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+" + SUFFIX_END + r"|\s+\p{Lu}[\p{L}\p{M}'’\-]+)?(?![\p{L}\p{M}])",
     0.7, "The second street or station of a slash pair after a named street ('Lake Street/Midtown', 'Grand Ave/Oak').")
rule("location.slash-intersection", "LOCATION",
     r"(?<![A-Za-z0-9])(?:[NSEW]\s+)?[A-Z][A-Z0-9]+(?:\s+[A-Z0-9]+){0,2}\s*/\s*\K(?:[NSEW]\s+)?[A-Z0-9][A-Z0-9]*(?:\s+[A-Z0-9]+)?\s+(?:ST|AVE|AV|RD|BLVD|DR|LN|CT|PL|PKWY|HWY)(?![A-Za-z])",
     0.7, "Dispatch-log intersections 'KING ST/RUTLEDGE AVE': the street after the slash.")

# ---------------------------------------------------------------- ORG
AGENCY_HEADS = ["Police Department","Police Dept","Police Dept.","Police Division","Police Bureau","Bureau of Police","Division of Police","Department of Police","Police Service","Police Services","Police Force",
                "Police","Sheriff's Office","Sheriff’s Office","Sheriffs Office","Sheriff's Department","Sheriff’s Department","Sheriff's Dept","Sheriff's Dept.","Sheriff Office",
                "Marshal's Office","Marshals Service","Marshal Service","Marshals Office","Game Commission","Wildlife Commission","Conservation Police","Natural Resources Police","Highway Patrol","State Patrol","State Police","State Troopers","Troopers","Department of Public Safety",
                "Public Safety","Public Safety Department","DPS","PD","SO","SD","Constabulary","Department of Corrections","Transit Police","Transit Authority",
                "Transit District","Tribal Police","Nation Police","Police Precinct","Fire Department","Fire Rescue","Regional Communications","Communications Center",
                "Dispatch Center","Emergency Communications","Sheriff","Constable's Office","District Attorney's Office","Attorney's Office","Prosecutor's Office",
                "DA's Office","DA’s Office","Solicitor's Office","Public Defender's Office","Division of Police","Department of Police","Dept. of Police",
                "County Constable","County Constables","Benevolent Association","Officers Association","Officers' Association","Deputies Association",
                "Police Union","Police Guild",
                "Probation Department","Probation","Adult Probation","Juvenile Probation","Probation Office","Probation Services","Probation and Parole",
                "Community Corrections","Pretrial Services","Parole Authority","Parole","Corrections","Detention Center","Municipal Court","District Court","Superior Court","Circuit Court","County Court",
                "Justice Court","Drug Task Force","Task Force","Park Police","Park Rangers","Capitol Police","University Police","Campus Police","School Police",
                "Harbor Police","Port Authority Police","Airport Police","Housing Authority","Transit","Metro Police","Metropolitan Police","Regional Police",
                "Sheriff's","Sheriff’s","RCMP","OPP","Garda",
                "Police District","Warden Service","Game Wardens","Wildlife Department","Department of Fish and Wildlife","Game and Fish Department","Department of Fish and Game","Department of Fish & Game","Division of Wildlife",
                "Ambulance Service","Ambulance District","Fire District","Fire Protection District","Rescue Squad","Fire and Rescue","Fire & Rescue",
                "Department of Natural Resources","Parks and Wildlife Department","Fish, Wildlife & Parks","Fish, Wildlife and Parks","Fish and Game","Fish & Game","Fish and Wildlife","Fish & Wildlife","Game and Fish","Game & Fish","Wildlife & Parks","Wildlife and Parks","Parks & Wildlife","Parks and Wildlife","Penitentiary","Correctional Facility","Correctional Center","Correctional Institution","Security Division","Comms","Control Room","Communications Centre","Law Enforcement","Law Enforcement Services","Law Enforcement Department",
                "Regional Dispatch","Consolidated Dispatch","Dispatch Authority","Communications District","Enforcement Services","Public Safety Office"]
# Longest first: PCRE2 takes the first alternative that fits, and "Police Dept" must not win over "Police Dept.".
AGENCY_HEADS.sort(key=len, reverse=True)
# Descriptors that name no particular agency when they are all there is before the head
# ("the Volunteer Fire Department", "our Drug Task Force", "Rural Fire").
GENERIC_AGENCY_STOP = (r"(?!(?:Volunteer|Rural|Drug|Narcotics|Local|Regional|Joint|Multi-Agency|Multijurisdictional|Violent\s+Crimes|Gang)"
                       r"(?:\s+(?:Volunteer|Rural|Drug|Narcotics|Regional|Joint|Violent|Crimes|Gang|Enforcement))*\s+"
                       r"(?:Fire\s+Department|Fire\s+Dept\.?|Task\s+Force|Fire\s+Rescue|Fire\s+District|Fire\s+Protection\s+District|Police\s+Department|Rescue\s+Squad|Ambulance\s+Service)(?![A-Za-z]))")
rule("org.agency", "ORG",
     r"(?<![A-Za-z])" + NOT_ARTICLE + GENERIC_AGENCY_STOP + r"(?!(?:of|and|&)\s)(?:(?:" + SENTENCE_END_WORD_STOP + LOG_WORD_STOP + r"[A-Z][A-Za-z'’ʻ‘.\-–]*(?:\s+[0-9]{1,3}(?![0-9]))?|of|and|&)" + NAME_GAP + r"(?!(?:A|An)\s)){0,5}" + SENTENCE_END_WORD_STOP + LOG_WORD_STOP + r"[A-Z][A-Za-z'’ʻ‘.\-–]*(?:\s+[0-9]{1,3}(?![0-9]))?" + NAME_GAP + both(AGENCY_HEADS) + r"(?![A-Za-z0-9])(?:\s+(?:Post|Troop|District|Precinct|Pct\.?|Zone|Division|POST|TROOP|DISTRICT|PCT\.?)\s+[A-Z0-9]{1,3}(?![A-Za-z0-9]))?"
     r"(?:(?<=['’]s)\s+(?:[A-Z][a-z]+\s+)?(?:Unit|Division|Bureau|Section|Squad|Team|Detail))?",
     0.9, "A place name before an agency head word is the writer's agency: Mesa Police Department, Cook County Sheriff's Office, Texas DPS, Lowell PD; a numbered command inside stays (Harris County Pct. 4 Constable's Office); the name does not run back across a sentence end.")
FIRE_KIND = ["Structure","Brush","House","Grass","Wild","Wildland","Forest","Car","Vehicle","Kitchen","Working","Chimney","Trash","Dumpster","Electrical","Grease","Camp",
             "Cross","Friendly","Open","Hold","Cease","Return","Apartment","Residential","Commercial","Attic","Garage","Barn","Field","Mobile","Trailer","Cooking",
             "Arson","Fatal","Fully","First","Second","Third","Multiple","Big","Small","Large","Major","Then","When","And","But","So","Once","After","Until","Before","Call",
             "Called","Get","Got","Notify","Notified","Tell","Told","Page","Paged","Wait","Waiting","Local","Volunteer","Rural","Both","Police","EMS","PD","Cover","Under",
             "Open","Live","Return","Suppressive","Covering","Hold","Ceasing","Heavy","Direct","Crossfire","Rescue","Engine","Ladder","Medic"]
rule("org.fire-agency", "ORG",
     r"(?<![A-Za-z])" + NOT_ARTICLE + TITLE_STOP + r"(?:(?!(?:" + "|".join(FIRE_KIND) + r")\s)[A-Z][a-z]+\s+){1,3}Fire(?![A-Za-z])(?!\s+(?:Department|Dept|Rescue|District|Marshal|Chief|Station|Academy|Hall)\b)",
     0.75, "A place name before a bare 'Fire' is the fire department (Fishers Fire, Rapid City Fire got there); kinds of fire and sentence words before it (Structure Fire, Return Fire, Then Fire) are not.")
rule("badge.apparatus", "BADGE",
     r"(?<![A-Za-z])(?:Engine|Ladder|Truck|Rescue|Battalion|Squad|Tower|Quint|Tanker|Ambulance|ENGINE|LADDER|TRUCK|RESCUE|BATTALION|SQUAD|AMBULANCE)\s*#?\s*\K[0-9]{1,3}[A-Z]?(?![A-Za-z0-9.,:/\-]|\s*(?:percent|feet|yards|miles|minutes|hours|mph)\b)",
     0.7, "Fire and rescue apparatus are named by number like patrol cars (Engine 93, Ladder 7, Rescue 4); the word stays outside.")
rule("org.union-local", "ORG",
     r"(?<![A-Za-z])" + NOT_ARTICLE + r"(?:(?:[A-Z][A-Za-z'’&.\-]*|of|and|&)\s+){0,5}(?:[A-Z][A-Za-z'’&.\-]*)\s+(?:Local|LOCAL|Lodge|LODGE|Chapter|CHAPTER)\s+(?:No\.\s*|#\s*)?[0-9]{1,4}[A-Z]?(?![A-Za-z0-9])",
     0.85, "A union local or lodge named by its number (Teamsters Local 745, FOP Lodge 7, IBEW Local 3) is the writer's or a party's employer organisation.")
COMPANY_HEADS = ["LLC", "L.L.C.", "Inc.", "Inc", "Incorporated", "Corp.", "Corp", "Corporation", "Co.", "Company", "Ltd", "Ltd.", "LLP", "PLLC",
                 "Hauling", "Trucking", "Freight", "Freightways", "Logistics", "Transport", "Transportation", "Carriers",
                 "Construction", "Contractors", "Contracting", "Roofing", "Plumbing", "Electric", "Landscaping", "Excavating", "Paving", "Welding",
                 "Industries", "Enterprises", "Holdings", "Manufacturing", "Supply", "Drilling", "Energy", "Mining", "Minerals", "Oilfield"]
# Trade words before "Service(s)" make an employer (Acme Tree Service, Midwest Linen Services);
# "Secret Service", "Park Service" and other public services have no trade word.
TRADES = ["Tree", "Lawn", "Towing", "Wrecker", "Cleaning", "Janitorial", "Pest", "Security", "Delivery", "Courier", "Moving", "Septic", "Pool",
          "Taxi", "Cab", "Limo", "Limousine", "Tire", "Oil", "Linen", "Waste", "Disposal", "Roofing", "Plumbing", "Electrical", "Heating", "HVAC",
          "Landscape", "Auto", "Ambulance", "Food", "Staffing", "Laundry", "Maintenance", "Trucking", "Freight", "Appliance", "Glass", "Fence",
          "Well", "Oilfield", "Wireline", "Energy", "Pumping", "Hot Shot", "Water Hauling", "Crane", "Rig"]
COMPANY_HEADS += [t + " " + w for t in TRADES for w in ("Service", "Services")]
COMPANY_HEADS.sort(key=len, reverse=True)
rule("org.trade-company", "ORG",
     r"(?<![A-Za-z])" + NOT_ARTICLE + TITLE_STOP + r"(?!(?:Child|Protective|Social|Human|Emergency|Medical|Animal|Family|Health|Secret|Marshals|Fire|Park|Forest|Postal|Public|Legal|Victim|Community|Youth|Adult|Senior|Veterans|Mental|Behavioral|Crisis|Support|Patrol|Police|Court|Probation|Parole|Correctional|Pretrial|Protective|Rescue|Tactical|Investigative|Forensic|Technical|Field|Special|The|A|An|Our|My|Their)\s)"
     r"(?:[A-Z][A-Za-z'’&.\-]*[ \t]+|&[ \t]+){1,4}(?:" + "|".join(re.escape(w) for w in COMPANY_HEADS) + r")(?![A-Za-z0-9])",
     0.75, "A capitalised name before a company suffix or trade word (LLC, Inc., Hauling, Freight, Roofing, Drilling, Energy, Well Services) is a private employer named in the story; public services (Child Protective Services) are not.")
AGENCY_ENDS = ["Department", "Dept.", "Office", "PD", "SO", "Police", "Patrol", "Service", "Bureau"]
rule("org.unit-after-agency", "ORG",
     r"(?<=" + "|".join(re.escape(w) + j for w in AGENCY_ENDS for j in ("'s", "’s", ",")) + r")\s+(?:the\s+)?\K(?!(?:The|A|An)\s)(?:[A-Z][a-z]+\s+){1,3}(?:Unit|Division|Bureau|Section|Squad|Team|Detail|Task\s+Force)(?![A-Za-z])",
     0.8, "A unit named right after its agency, by a possessive or a comma (Chicago Police Department's Public Transportation Section; Lubbock Police Department, Traffic Investigation Unit), narrows the writer's agency to a unit.")
rule("org.employer-cue", "ORG",
     r"(?<![A-Za-z])(?:[Ww]ork(?:s|ed|ing)?[ \t]+(?:for|at)|[Ee]mployed[ \t]+(?:by|at|with)|[Ee]mployee[ \t]+of)[ \t]+\K"
     r"(?!(?:The|A|An|My|Our|His|Her|Their|This|That|Home|Patrol|Dispatch|Records|Narcotics|Traffic|Corrections|Internal|Investigations|Night|Nights|Days|"
     r"Sergeant|Sgt|Officer|Deputy|Detective|Lieutenant|Captain|Chief|Sheriff|Judge|Mr|Mrs|Ms|Dr)\b)"
     r"[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][A-Za-z]+){1,3}(?![A-Za-z])",
     0.7, "Two to four capitalised words right after 'works for', 'employed by' or 'an employee of' name the employer (Bright Harbor Analytics, Northgate Home Services), a private organisation that narrows who the person is; ranks, articles and in-house units (Patrol, Dispatch) are not.")
rule("org.numbered-division", "ORG",
     r"(?<![A-Za-z0-9.,])[0-9]{1,3}\s+(?:Division|District|Precinct|DIVISION|DISTRICT|PRECINCT)(?![A-Za-z])",
     0.8, "Commands named by a number before the word, as Toronto and Peel do (22 Division, 14 District).")
MILITARY_BRANCHES = ["Military Police", "MP", "Security Forces", "Infantry", "Armored", "Armor", "Airborne", "Air Assault", "Cavalry", "Marine",
                     "Marines", "Signal", "Engineer", "Engineers", "Sustainment", "Support", "Aviation", "Field Artillery", "Artillery", "Special Forces",
                     "Ranger", "Medical", "Transportation", "Logistics", "Expeditionary", "Fighter", "Airlift", "Air Refueling", "Missile", "Combat",
                     "Stryker", "Mountain", "Coast Guard", "Naval", "Construction", "Intelligence", "Police", "Provost"]
MILITARY_UNITS = ["Brigade", "Battalion", "Regiment", "Division", "Company", "Detachment", "Squadron", "Wing", "Group", "Battery", "Brigade Combat Team"]
rule("org.military-unit", "ORG",
     r"(?<![A-Za-z0-9])[0-9]{1,3}(?:st|nd|rd|th)\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in MILITARY_BRANCHES) + r")(?:\s+(?:"
     + "|".join(w.replace(" ", r"\s+") for w in MILITARY_BRANCHES) + r"))?\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(MILITARY_UNITS, key=len, reverse=True))
     + r")(?![A-Za-z])|(?<![A-Za-z0-9])[0-9]{1,3}(?:st|nd|rd|th)\s+Airborne(?:\s+Division)?(?![A-Za-z])",
     0.85, "A numbered military unit with its branch (89th Military Police Brigade, 377th Security Forces Squadron, the 101st Airborne) is the writer's unit, as a precinct is an officer's.")
rule("org.precinct", "ORG",
     r"(?<![A-Za-z0-9])[0-9]{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)\s+(?:Precinct|District|Division|Zone|Ward|Battalion|Squad|Platoon|Area|PRECINCT|DISTRICT|DIVISION|DIST|PCT|precinct|district|division)(?![A-Za-z])",
     0.9, "Numbered precincts, districts and divisions locate the writer's command (75th Precinct, 4TH DISTRICT).")
rule("org.command", "ORG",
     r"(?<![A-Za-z])(?:(?:Transit|Housing|Traffic|Harbor|Harbour|Airport|Port|Marine|Highway|Metro|Central|North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western)\s+)?(?:Troop|Zone|District|Precinct|Post|Division|Sector|Area|Region|Barracks|Detachment|Substation|Station|TROOP|ZONE|DISTRICT|PRECINCT|POST|DIVISION|SECTOR)\s+(?:[0-9]{1,3}|[A-Z](?:-?[0-9]{1,2})?|(?:II|III|IV|VI|VII|VIII|IX|XI|XII))(?![A-Za-z0-9])(?!\s*(?:rounds|mm))",
     0.75, "Troop, zone, district, post and sector designators name a command (Troop T, Zone 3, Post 11, District B-2, District II, Transit District 33).")
ORDINAL_WORDS = ["First","Second","Third","Fourth","Fifth","Sixth","Seventh","Eighth","Ninth","Tenth","Eleventh","Twelfth","Thirteenth","Fourteenth","Fifteenth"]
NUMBER_WORDS = ["One","Two","Three","Four","Five","Six","Seven","Eight","Nine","Ten","Eleven","Twelve","Thirteen","Fourteen","Fifteen"]
GENERIC_UNITS = ["Patrol","Traffic","Homicide","Narcotics","Investigations","Investigative","Detective","Detectives","Criminal","Operations","Support","Training",
                 "Communications","Records","Juvenile","Vice","Gang","Intelligence","Internal","Professional","Field","Services","Administrative","Tactical",
                 "Special","Uniform","Motor","Canine","Aviation","Marine","Crimes","Property","Robbery","Burglary","Fugitive","Warrant","Warrants","Civil",
                 "Corrections","Detention","Court","Jail","Youth","Family","Domestic","Victim","Evidence","Forensic","Crime","Technical","Planning","Personnel",
                 "School","Water","Fire","Judicial","Congressional","Business","Historic","Sanitation","Financial","Entertainment","Warehouse","Arts",
                 "Garment","Theater","Theatre","Improvement","Utility","Irrigation","Conservation","Library","Park","Parks","Hospital","Health","Election",
                 "Legislative","Senate","House","Federal","Police","Sheriff","Transit","Housing","Regional","Emergency","Security","The","A","An","This","That",
                 "Each","Every","Our","My","His","Her","Their","Your","Its","Which","What","Another","Other","Same","Whole","Entire","Rural","Urban","Residential",
                 "Commercial","Industrial","Shopping","Medical","Red","Light","Voting","Central\s+Business","Downtown\s+Business","Lower","Upper"]
rule("org.named-command", "ORG",
     r"(?<![A-Za-z])(?:(?:[A-Z]{2,6}|[a-z]{1,6}pd|[a-z]{1,4}so)\s+)?(?!(?:" + "|".join(both(GENERIC_UNITS)[3:-1].split("|")) + r")\s)"
     r"(?:[A-Z][a-z]+(?:\s+(?:and|&)\s+(?!(?:" + "|".join(both(GENERIC_UNITS)[3:-1].split("|")) + r")\s)[A-Z][a-z]+)?|[A-Z]{4,}|(?i:north|south|east|west|northeast|northwest|southeast|southwest|central|" + "|".join(w.lower() for w in ORDINAL_WORDS) + r"))"
     r"\s+(?:Division|Div|District|Precinct|Sector|Detachment|DIVISION|DIV|DISTRICT|DIST|PRECINCT|PCT|SECTOR|DETACHMENT|(?<=[a-z]\s|[a-z]\s\s)(?:division|district|precinct))(?![A-Za-z])",
     0.75, "A named division, district or precinct of an agency (Hollenbeck Division, Northern District, MPD Third District, KPD east district, Tucson Sector, SPRINGLAKE DIV), also two names joined by 'and' as regions and counties are (Highlands and Islands Division, Lennox and Addington Detachment); functional units (Patrol Division) are not places.")
rule("org.compass-command", "ORG",
     r"(?<![A-Za-z])(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|NORTH|SOUTH|EAST|WEST|CENTRAL)(?:\s+(?:Patrol|Area|Field|PATROL|AREA))?\s+(?:Division|District|Precinct|Bureau|Command|Substation|DIVISION|DISTRICT|PRECINCT)(?![A-Za-z])",
     0.75, "Compass-named commands, with or without a functional word (Southwest Patrol Division, North Precinct, Central Area Command).")
rule("org.field-office", "ORG",
     r"(?<![A-Za-z])(?:(?:ATF|DEA|FBI|HSI|USMS|CBP|ICE|DHS|IRS|USSS|OIG|NCIS|DCIS|USPIS)\s+)?" + NOT_ARTICLE + r"(?:[A-Z][a-z]+\s+){1,3}(?:Field\s+(?:Division|Office)|Resident\s+(?:Agency|Office)|Port\s+of\s+Entry|Border\s+Patrol\s+Station)(?![A-Za-z])",
     0.8, "Federal field offices and ports are named by their city (ATF Phoenix Field Division, DEA Miami Field Division, Tucson Resident Agency, San Ysidro Port of Entry).")
rule("org.numbered-command-words", "ORG",
     r"(?<![A-Za-z])(?:District|Precinct|Division|Zone|Sector|Troop|DISTRICT|PRECINCT|DIVISION|ZONE)\s+" + both(NUMBER_WORDS) + r"(?![A-Za-z])",
     0.75, "Commands numbered in words (District Four, Zone Two).")
rule("org.national-force", "ORG",
     r"(?<![A-Za-z])(?:Police\s+Scotland|POLICE\s+SCOTLAND|PSNI|(?:An\s+)?Garda\s+S[ií]och[aá]na|SAPS|PNP|PDRM)(?:\s+" + TITLE_STOP + r"(?!(?:Officer|Officers|Station|Constable|Member|Members|Sergeant|Warrant|Captain)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?![A-Za-z])",
     0.85, "National forces named without a head word, with the station or area after them (Police Scotland, PSNI North Belfast, SAPS Hillbrow).")
rule("org.acronym", "ORG", r"(?<![A-Za-z0-9])(?!(?:SUSP|DISP|ASAP|GPS|VPSO|CHP\b(?=\s+(?:code|Code)))\b)[A-Z]{1,5}(?:PD|SO|SD|DPS|SP|HP|PS|DOC)(?![A-Za-z0-9])", 0.8,
     "Agency acronyms ending in PD, SO, SD, DPS, SP, HP (LAPD, MCSO, WPD, CHP).")
rule("org.provincial-acronym", "ORG", r"(?<![A-Za-z0-9])(?:OPP|SQ|RNC|SPVM|SPVQ)(?![A-Za-z0-9])(?!\s*#?\s*[0-9])", 0.75,
     "Acronyms of provincial and city forces that locate the writer (the OPP, the SQ, the RNC, the SPVM); 'SQ 12' in a log is a squad.")
rule("org.metro-short", "ORG",
     r"(?<![A-Za-z\-])(?:Metro|METRO)(?=(?:['’]s)?\s+(?:dispatch|Dispatch|officers?|Officers?|police|Police|units?|detectives?|Detectives?|deputies|"
     r"cops|SWAT|K9|K-9|radio|sergeants?|patrol|homicide|Homicide|gang|narcotics|vice|traffic|air|helicopter|academy|policy)(?![A-Za-z]))"
     r"|(?<![A-Za-z])(?:for|with|joined|joining)\s+\K(?:Metro|METRO)(?=\s*[.,;]|\s+(?:and|for|as|since|until|in)\s)",
     0.75, "A metropolitan force by its short name before its own people or services (Metro dispatch, Metro officers, Metro's SWAT team) or as an employer at a phrase's end (I work for Metro, nine years with Metro); the transit 'Metro' is not followed by these.")
rule("org.caps-agency", "ORG",
     r"(?<![A-Za-z])(?:" + LOG_WORD_STOP + r"(?!TRANSFERRED\s|REFERRED\s|NOTIFIED\s|CONTACTED\s|ADVISED\s)[A-Z]{2,}\s+){1,4}(?:POLICE DEPARTMENT|POLICE|SHERIFF'S OFFICE|SHERIFFS OFFICE|STATE TROOPERS|STATE POLICE|HIGHWAY PATROL|STATE PATROL|PD|SO)(?![A-Za-z])",
     0.9, "Agency names written in capitals (ALASKA STATE TROOPERS); log words before them (TRANSFERRED TO, ADV) are not part of the name.")

rule("org.caps-county-jail", "ORG", r"(?<![A-Za-z])[A-Z]{3,}\s+(?:CO|COUNTY|CNTY)\s+(?:DETENTION|JAIL)(?![A-Za-z])", 0.85,
     "A county detention centre or jail written in capitals in a log (CHATHAM CO DETENTION): one name word before the county.")
rule("org.bia", "ORG", r"(?<![A-Za-z])BIA(?![A-Za-z0-9\-])(?!\s+(?:(?:Route|Rte|Road|Rd|Hwy|Highway|RTE|RD|HWY)\.?\s*)?[0-9])", 0.8,
     "The Bureau of Indian Affairs police named by its initials is the agency of tribal officers and their backup.")
COMPANY_DESIGNATORS = ["Inc", "Inc.", "Incorporated", "LLC", "L.L.C.", "Ltd", "Ltd.", "Limited", "Corp", "Corp.", "Corporation", "Co.", "Company", "LLP", "PLC",
                       "GmbH", "Holdings", "Associates", "Partners", "Group", "Enterprises", "Industries", "Technologies", "& Sons", "and Sons",
                       "Solutions", "Investments", "Logistics", "Consulting", "Software", "Insurance", "Motors", "Bros.", "Brothers"]
COMPANY_DESIGNATORS.sort(key=len, reverse=True)
rule("org.company", "ORG",
     r"(?<![\p{L}0-9])" + NOT_ARTICLE + TITLE_STOP + r"(?!(?:" + "|".join(GENERIC_UNITS + ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Headquarters", "Task", "Strike", "Response", "Rescue", "Engine", "Ladder", "Truck", "Squad", "Battalion", "Army", "Navy", "Air",
                                                    "Auto", "Car", "Home", "Life", "Travel", "Pet", "Renters", "Flood", "Title", "Liability", "Accident", "Dental", "Vision"]) + r")[ \t])(?:\p{Lu}[\p{L}'’&.\-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,3}\p{Lu}[\p{L}'’&.\-]*,?[ \t]+(?:"
     + "|".join(re.escape(d).replace("\\ ", "[ \\t]+") for d in COMPANY_DESIGNATORS) + r")(?![\p{L}0-9])",
     0.8, "A capitalised name before a company designator is a private employer or business (Civic Impulse LLC, Rand Corporation, Abt Associates, Jim's Towing Inc.); functional and military units (Special Operations Group, Charlie Company) are not.")
rule("org.french-police", "ORG",
     r"(?<![\p{L}])(?:(?:Service|Régie(?:\s+intermunicipale)?|Corps)\s+de\s+police\s+(?:(?:de\s+la|de|du|des|la|le|l['’])\s*){0,2}(?:Ville\s+de\s+|MRC\s+de\s+)?\p{Lu}[\p{L}\p{M}'’\-]*(?:[\s\-]+(?:(?:de|du|des|la|le)[\s\-]+)?\p{Lu}[\p{L}\p{M}'’\-]*){0,3}|Sûreté\s+du\s+Québec|SPVM|SPVQ)(?![\p{L}])",
     0.85, "French-language police services name their town after 'de police' (Service de police de la Ville de Montréal, Régie intermunicipale de police Thérèse-De Blainville, Sûreté du Québec).")
rule("org.lowercase-county-agency", "ORG",
     r"(?<![A-Za-z])(?!(?:the|a|an|our|their|his|her|my|that|this|local|next|neighbou?ring|other|same|nearby|adjacent|every|each|whole)\s)(?:(?:san|santa|st\.?|saint|fort|ft\.?|el|la|los|las|new|east|west|north|south|prince|de|du|lake|palm|green|grand|red|baton)\s+)?[a-z][a-z'’\-]+\s+(?:county|city|parish|township|twp|co\.?)\s+(?:pd|p\.d\.|so|s\.o\.|sheriff['’]?s?(?:\s+(?:office|department|dept\.?))?|police(?:\s+(?:department|dept\.?))?)(?![A-Za-z])"
     r"|(?<![A-Za-z])(?!(?:the|a|an|our|their|his|her|my|that|this|local|next|neighbou?ring|other|same|nearby|adjacent|every|each|whole|city|county|state|town|village|tribal|campus|school|university|college|transit|metro|housing|military|federal|airport|port|park|capitol|railroad|rail|hospital|reserve|auxiliary|off-duty|on-duty|real|fake|no|any|some|called|call|dialed|notified|contacted|alerted|told|and|or|with|from|by|for|to|at|in|on|work|works|worked|working|join|joined|retired|left|quit)\s)[a-z][a-z'’\-]{2,}\s+(?:(?:transit|metro|university|campus|housing|port|airport|park)\s+police|pd|p\.d\.)(?![A-Za-z])",
     0.7, "An agency typed in lower case by hurried writers (montgomery county pd, harris county so, syracuse pd, septa transit police): the place word before county, city, pd or transit police names the agency.")
rule("person.handle", "PERSON", r"(?<![A-Za-z0-9_@./\-{])(?=[A-Za-z0-9_]*[0-9])[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9](?![A-Za-z0-9_@}]|\.[A-Za-z0-9])", 0.7,
     "Words joined by underscores with a digit are user names and handles (kowalski_k9, jsmith_77): each stands for one person; "
     "snake_case words without digits are field names (client_ip, {street_name}).")
rule("person.at-handle", "PERSON", r"(?<![A-Za-z0-9._%+\-@/])@[A-Za-z_][A-Za-z0-9_.]{1,29}(?<![.])(?![A-Za-z0-9_@])", 0.8,
     "A social-media handle written with its @ (@dana_w, @tay.brooks) names one person; an e-mail address has letters before its @ and is its own rule.")
rule("person.platform-handle", "PERSON",
     r"(?<![A-Za-z])(?i:instagram|insta|ig|snapchat|snap|tiktok|twitter|facebook|fb|xbox|psn|discord|telegram|kik|whatsapp|user\s*name|screen\s*name|gamertag|gamer\s+tag|handle)(?:\s+(?i:name|account|handle|id))?(?:\s+(?i:was|is|of|reads|read)|\s*:)?\s+\K(?!(?i:the|a|an|his|her|their|my|was|is|and|or|under|with|on)\b)(?=[A-Za-z0-9._]*(?:[0-9_]|\.[A-Za-z0-9]))[A-Za-z][A-Za-z0-9._]{2,29}(?<![.])(?![A-Za-z0-9_@])",
     0.75, "A user name after the platform it lives on (his Snapchat name was trey.b44, Instagram: dana_w88) names one person; plain words after the platform are left alone.")
rule("location.bia-route", "LOCATION", r"(?<![A-Za-z])BIA\s+(?:(?:Route|Rte|Road|Rd|Hwy|Highway|RTE|RD|HWY)\.?\s*)?[0-9]{1,4}(?![0-9A-Za-z])", 0.85,
     "BIA roads on reservations are named by number (BIA 7, BIA Route 2).")
rule("location.national-road", "LOCATION", r"(?<![A-Za-z])(?:the|on|onto|along|off|via|The)\s+\K[NR][0-9]{1,3}(?![A-Za-z0-9\-])", 0.75,
     "Irish national and regional roads and similar one-letter routes written without a dash (the N81, on the R445).")
rule("location.numbered-avenue", "LOCATION", r"(?<![A-Za-z])(?:and|&|on|at|onto|along|off|of)\s+\K[0-9]{1,3}\s+(?:Ave|Avenue|St|Street|AVE|ST)\.?(?![A-Za-z])", 0.75,
     "Numbered avenues and streets written without an ordinal, as in western Canada (King George Blvd and 88 Ave).")
rule("location.ordinal-street-after-motion", "LOCATION",
     r"(?<![A-Za-z])(?i:down|up|onto|along|on|off|from|westbound|eastbound|northbound|southbound|wb|eb|nb|sb)\s+\K[0-9]{1,3}(?:st|nd|rd|th)(?![A-Za-z0-9])(?!\s+(?:to|through|thru)\s+[0-9]{1,3}(?:st|nd|rd|th)\s+(?i:base|place|grade|floor|period|quarter|shift|round|inning))"
     r"(?!\s+(?i:floor|fl|time|times|shift|watch|grade|period|quarter|round|attempt|try|day|week|month|year|birthday|place|precinct|district|division|street|st|ave|avenue|rd|road|of|century|amendment|inning|base|level|story|storey|offense|offence|step|row|lap|hole|platoon|squad|unit|percentile|" + MONTH[3:-1] + r")\b)",
     0.7, "A bare numbered street after a motion word (rolled down 43rd, wb on 12th): 'the' before it makes a date, so it is not written.")
rule("location.unit-after-place", "LOCATION", r"(?:,|(?i:bldg|building)\.?\s*[0-9A-Z]{1,4},?)\s*\K(?i:unit)\s*#?\s*[0-9]{1,4}(?:-?[A-Z])?(?![A-Za-z0-9])|(?i:bldg|building)\.?\s*[0-9A-Z]{1,4},?\s*\K#\s*[0-9]{1,4}[A-Z]?(?![A-Za-z0-9])", 0.6,
     "A unit number after a named complex and a comma, or after a building number, is a dwelling (Sunset Ridge Townhomes, unit 14C).")
def country_names():
    """Country names and demonyms from the gazetteer, title-cased (Haiti, Italy, Armenian)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "Redaction", "Resources", "gazetteer", "countries.txt")
    with open(path, encoding="utf-8") as f:
        names = {" ".join(w[:1].upper() + w[1:] for w in line.split()) for line in f if line.strip() and re.fullmatch(r"[a-z ]+", line.strip())}
    return sorted(names, key=lambda w: (-len(w), w))
rule("location.little-country", "LOCATION", r"(?<![A-Za-z])(?:Little|LITTLE)\s+(?:" + "|".join(country_names()) + r")(?![A-Za-z])", 0.8,
     "An enclave named 'Little' and a country (Little Haiti, Little Italy, Little Armenia) is a neighbourhood.")
rule("location.named-highway", "LOCATION", r"(?<![A-Za-z])(?:Trans-?Canada|TransCanada|Yellowhead|Coquihalla|Sea-to-Sky|TRANS-CANADA)(?:\s+(?:Highway|Hwy|HWY|HIGHWAY))?(?![A-Za-z\-])", 0.8,
     "Canadian highways known by their names alone (the Trans-Canada, the Yellowhead, the Coquihalla, the Sea-to-Sky).")
rule("location.the-road", "LOCATION", r"(?<=the\s|The\s|THE\s)(?:Turnpike|Thruway|Tollway|Beltway|Parkway|Causeway|Pike|TURNPIKE|THRUWAY|TOLLWAY|BELTWAY|PARKWAY)(?![A-Za-z])", 0.7,
     "A capitalised road type alone after 'the' names the one road of that kind a region has (the Turnpike, the Beltway, the Thruway).")
rule("location.complex-at", "LOCATION",
     r"(?<![A-Za-z])(?:The\s+)?(?:Villas|Residences|Reserve|Lofts|Townhomes|Apartments|Commons|Gardens|Enclave|Estates|Preserve|Landing|Flats|Pointe|Shops|Shoppes|Terraces|Cottages|Suites|Oaks|Pines|Retreat|Overlook|Meadows|Woods|Heights|Highlands|Crossing)\s+(?:at|on)\s+(?:the\s+)?" + TITLE_STOP + r"[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,3}"
     r"|(?<![A-Za-z])(?:THE\s+)?(?:VILLAS|RESIDENCES|RESERVE|LOFTS|TOWNHOMES|APARTMENTS|COMMONS|GARDENS|ENCLAVE|ESTATES|PRESERVE|LANDING|FLATS|POINTE|SHOPPES|TERRACES|COTTAGES|OAKS|PINES|RETREAT|OVERLOOK|MEADOWS|WOODS|HEIGHTS|HIGHLANDS|CROSSING)\s+(?:AT|ON)\s+(?:THE\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2}(?![A-Za-z])",
     0.75, "Complexes named with 'at' or 'on' after their kind, in any case (Villas at Bear Creek, The Reserve at Sugar Hill, Shoppes on Main, THE MEADOWS AT ...).")
rule("location.slash-intersection-title", "LOCATION",
     r"(?:(?<![A-Za-z])(?i:at|on|of|near|onto|to|from|off|corner\s+of)|(?<![A-Za-z0-9.])@)\s*(?<=\s|@)\K" + TITLE_STOP + r"(?!(?:Police|Fire|Medical|Patrol|Dispatch|Male|Female|Black|White|Yes|No|And|Or|He|She|His|Her|Him|Them|They|Either|Neither|Both)\b)"
     r"(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))\s?/\s?(?!(?:Police|Fire|Medical|Patrol|Dispatch|Male|Female|Black|White|Yes|No|And|Or|He|She|His|Her|Him|Them|They|Either|Neither|Both)\b)(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))(?![A-Za-z0-9/])",
     0.7, "Intersections written with a slash in ordinary case after a place preposition or an at sign (at Vine/14th, on Ocean/Plymouth, @ Rural/University).")
rule("location.direction-street", "LOCATION",
     r"(?<![A-Za-z])(?:on|off|onto|along|down|up|to|from|at|near|via|of|across)\s+\K(?:N|S|E|W|NE|NW|SE|SW)\.?\s+" + TITLE_STOP + r"(?!(?:The|A|An|I|He|She|We|They|It|Then|Street|Avenue|Road)\b)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?(?![A-Za-z])",
     0.7, "A compass abbreviation and a capitalised name after a travel preposition is a street written without its suffix (on W. Exchange, off N Lamar).")
rule("location.possessive-pub", "LOCATION", r"(?<![A-Za-z])[A-Z][a-z]+['’]s(?=\s+(?:public\s+house|pub|bar|tavern|saloon|lounge|taproom|chipper|takeaway)(?![A-Za-z]))", 0.75,
     "A possessive name before a lower-case pub or bar word is the venue's name (Dolan's public house).")
# Capitalised nouns that take a possessive after "the" without being a business's name.
NOT_BUSINESS_POSSESSIVE = ["Sheriff", "Chief", "Captain", "Capt", "Sergeant", "Sgt", "Lieutenant", "Lt", "Officer", "Deputy", "Detective", "Trooper", "Corporal",
                           "Major", "Colonel", "Commander", "Marshal", "Agent", "Constable", "Inspector", "Superintendent", "Commissioner", "Mayor", "Governor",
                           "President", "Judge", "Justice", "Clerk", "Coroner", "Attorney", "Prosecutor", "Director", "Administrator", "Assessor", "Treasurer",
                           "Recorder", "Warden", "Principal", "Dean", "Pastor", "Father", "Mother", "Lord", "God", "King", "Queen", "Department", "Agency",
                           "Bureau", "Office", "Court", "County", "City", "State", "Nation", "Government", "Board", "Council", "Union", "Association",
                           "Children", "Women", "Men", "People", "Veteran", "Driver", "Owner", "Victim", "Suspect", "Subject", "Complainant", "Caller",
                           "Defendant", "Plaintiff", "Witness", "Employee", "Manager", "Team", "Unit", "Squad", "Academy", "Army", "Navy", "Marine", "Company",
                           "Valentine", "Year", "Today", "Yesterday", "Tomorrow", "Week", "Month", "It", "He", "She", "That", "This", "Who", "What", "Everyone", "Nobody"]
# Vehicle and weapon models ("the Charger's door", "the Ranger's bed") from the allow-lists.
ALLOWLIST_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "Redaction", "Resources", "allowlist")
MODEL_WORDS = sorted({w.strip().capitalize() for f in ("vehicles.txt", "weapons.txt")
                      for w in open(os.path.join(ALLOWLIST_DIR, f), encoding="utf-8") if re.fullmatch(r"[a-z]{3,}", w.strip())})
assert "Charger" in MODEL_WORDS and "Ranger" in MODEL_WORDS
rule("location.determiner-possessive", "LOCATION",
     r"(?<![A-Za-z])(?:(?<the>[Tt]he)|[Aa]t|to|from|outside|inside|behind|near|into)[ \t]+\K(?!(?:" + "|".join(NOT_BUSINESS_POSSESSIVE + MODEL_WORDS) + r")['’]s)(?:Mc|Mac|O['’])?[A-Z][a-z]+['’]s(?![A-Za-z])(?:[ \t]+(?:&[ \t]+)?[A-Z][a-z]+){0,3}(?<![ \t])"
     # After a preposition a lower-case noun makes it a person's possessive ("at Grant's head", "from Kowalski's car").
     r"(?(the)|(?![ \t]+(?!(?:on|in|at|and|or|to|for|by|near|off|with|across|over|where|when|after|before|because|but|so|parking|lot|store)\b)[a-z]))",
     0.75, "A capitalised possessive after 'the', 'at' or a preposition of place names a business or a home (the Lowe's on Troy Road, the Dillard's robbery, at O'Malley's, went to Kohl's): a person's possessive takes no article.")

# ---------------------------------------------------------------- ALLOW (regions that are not identifying)
STATE_ALT = "|".join(STATES[:50])
rule("allow.case-law-state", "ALLOW", r"(?<![A-Za-z])(?:" + STATE_ALT + r"|United\s+States|U\.S\.)\s+v(?:s)?\.\s+[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?", 1.0,
     "Published case law is cited as 'State v. Surname' (Michigan v. Long, Kentucky v. King); captions with a private party on the left stay annotated.")
STATE_ABBR = r"(?:D\.C|Cal|Calif|Minn|Fla|Tex|Ariz|Colo|Wash|Mich|Ill|Mass|Pa|Penn|N\.J|N\.Y|Ga|Va|Md|Wis|Ky|Tenn|La|Or|Ore|Nev|Okla|Kan|Neb|Mo|Ark|Miss|Ala|Conn|Del|Vt|N\.H|R\.I|S\.C|N\.C|Mont|Wyo|N\.M|S\.D|N\.D|Haw|W\.Va|Ind)\."
rule("allow.statute", "ALLOW",
     r"(?<![A-Za-z])(?:(?:" + STATE_ALT + r"|" + STATE_ABBR + r")\s+){0,1}(?:(?:Penal|Vehicle|Rev\.|Revised|Admin\.|Crim\.|Criminal|Gen\.|General|Comp\.|Ann\.|Health\s+and\s+Safety|Welfare\s+and\s+Institutions|Transportation|Traffic)\s+){0,2}"
     r"(?:Stat\.|Statutes?|Code|U\.S\.C\.?|C\.F\.R\.?|N\.J\.S\.A\.?|A\.R\.S\.?|ARS|RCW|ORS|MCL|KRS|O\.C\.G\.A\.?|PC(?!\s+[0-9]{3,6}\s+\p{Lu}\p{Ll})|VC|HSC|CVC|WIC|HS|Sec\.|Section|§)\s*§?\s*(?:[0-9]+[A-Za-z]{0,2}[.:\-][0-9A-Za-z.:()\-]*|[0-9]{3,}[0-9A-Za-z.:()\-]*)"
     r"|(?<![A-Za-z0-9])[0-9]{1,4}\s+ILCS\s+[0-9]{1,4}/[0-9A-Za-z.:()\-]+",
     1.0, "Statute citations are not identifying even when they name a state (Utah Code 41-6a-502, Minn. Stat. § 609.2231, PC 245(a)(1), 720 ILCS 5/12-3.05); 'PC 5590 Wanjiru' is a constable's collar number, not the Penal Code.")
rule("allow.act-name", "ALLOW",
     r"(?<![A-Za-z])(?:the\s+)?(?:(?:[A-Z][a-z]+|of|and|the|for)\s+){0,6}[A-Z][a-z]+\s+Act(?![A-Za-z])", 1.0,
     "Named statutes (the Mental Health Act, the Offences Against the Person Act) are law, not places or people; a year after one stays a date.")
rule("allow.radio-code", "ALLOW", r"(?<![A-Za-z0-9\-])(?:(?:10|11)-[0-9]{1,3}|(?:Code|CODE|code|Signal|SIGNAL|signal|Priority|PRIORITY|Level|Tier|Phase|Channel)\s+[0-9]{1,3}[A-Z]?)(?![0-9\-])", 1.0,
     "Radio ten-codes, 'Code 3', 'Signal 7', priorities and channels are jargon, not identifiers.")
rule("allow.redaction-tag", "ALLOW", r"\[[A-Z]{2,12}(?:-[0-9A-Za-z]{1,16})?\]", 1.0,
     "Tags this library writes ([PERSON], [PERSON-2], [PERSON-3f9a1c]) are already redacted; redacting redacted text changes nothing.")
rule("allow.caliber", "ALLOW", r"(?<![A-Za-z0-9])(?:\.[0-9]{2,3}(?:\s*(?:cal(?:iber)?|ACP|Magnum|S&W|Special|mm))?|[0-9]{1,2}(?:\.[0-9]{1,2})?\s*mm|[0-9]{1,2}-gauge|[0-9]{2}\s*gauge|5\.56|7\.62(?:x[0-9]{2})?|\.223)(?![0-9])", 1.0,
     "Calibers and gauges (.40 caliber, 9mm, 5.56, 12-gauge) are counts of equipment.")

FIREARM_MAKES = (r"(?:Glock|GLOCK|Sig(?:\s+Sauer)?|SIG(?:\s+Sauer)?|Ruger|Smith\s*&\s*Wesson|S&W|Beretta|Colt|Remington|Mossberg|Taurus|Hi-Point|Kimber|Walther|"
                 r"Heckler\s*&\s*Koch|H&K|HK|CZ|FN|Savage|Marlin|Kel-Tec|Browning|Benelli|Bersa|Kahr|Canik|Bushmaster|Norinco|Zastava|Taser|TASER)")
rule("allow.firearm-model", "ALLOW",
     r"(?<![A-Za-z])" + FIREARM_MAKES + r"\s?(?:Model\s+)?[A-Z]{0,4}-?[0-9]{1,4}[A-Za-z]{0,2}(?:/[0-9]{1,3})?(?:\s+(?:Gen|GEN|Mk|MK|Mark)\s?[0-9IVX]{1,3})?(?:\s+[A-Z]{1,3}-[0-9]{1,3})?(?![A-Za-z0-9/])", 1.0,
     "A firearm or conducted-energy make and its model number (Ruger 10/22, Glock 19 Gen 5, CZ75 SP-01, Taser X26P) is equipment, not a date, address or call sign.")
VEHICLE_MAKES = (r"(?:Audi|BMW|Mercedes(?:-Benz)?|Mazda|Kia|Hyundai|Volvo|Lexus|Infiniti|Acura|Peugeot|Citro[eë]n|Renault|[SŠ]koda|SEAT|Nissan|Toyota|Honda|Ford|Chevy|"
                 r"Chevrolet|Dodge|Ram|GMC|Jeep|Subaru|Mitsubishi|Holden|Vauxhall|Opel|VW|Volkswagen|Porsche|Jaguar|Tesla|Cadillac|Buick|Chrysler|Fiat|Suzuki|Isuzu|Freightliner|Kenworth|Peterbilt)")
rule("allow.vehicle-model", "ALLOW",
     r"(?<![A-Za-z])" + VEHICLE_MAKES + r"\s+(?:[A-Z]{1,3}-?[0-9]{1,3}[a-z]?|[0-9]{1,4}[a-z]{0,2})(?![A-Za-z0-9])", 1.0,
     "A vehicle make and an alphanumeric model (Audi A4, BMW M3, Mazda CX-5, Ford F-150, Ram 2500) is a car, not a road or a call sign; plates (CW54HL) have more letters.")
# ---------------------------------------------------------------- triggers
# Where each rule can match: a rule runs only in windows that start up to `before` bytes
# before one of its triggers (a token with digits, a listed word, a character). This is
# what keeps ~100 rules fast: most never run on a given narrative.
# ---------------------------------------------------------------- SPOKEN AND SPELLED FORMS
# Dictated, radioed and read-back identifiers: numbers in words, the phonetic alphabet,
# names spelled letter by letter.
DW = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|niner)"
TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUMW = r"(?:" + TENS + r"(?:[\s\-]" + DW + r")?|" + TEENS + r"|" + DW + r"|hundred)"
rule("badge.spelled", "BADGE",
     r"(?<![A-Za-z\-])" + DW + r"(?:[\s\-]+" + DW + r"){2,5}(?![A-Za-z\-])",
     0.75, "A badge, unit or employee number read out digit by digit in words (badge four four one seven, my partner's is two zero four).",
     caseless=True,
     context={"words": ["badge", "shield", "star", "serial", "employee", "unit", "car", "badges", "number", "id"], "before": 12, "required": True, "boost": 0.1})
SPOKEN_CALL = r"(?:Adam|Boy|Baker|Charles|Charlie|David|Edward|Frank|George|Henry|Ida|John|King|Lincoln|Mary|Nora|Ocean|Paul|Queen|Robert|Sam|Tom|Union|Victor|William|Zebra)"
rule("badge.callsign-number-words", "BADGE",
     r"(?<![A-Za-z\-])(?:(?i:" + DW + r"|" + TEENS + r")[\s\-]" + SPOKEN_CALL + r"[\s\-](?i:" + NUMW + r")(?:[\s\-](?i:" + DW + r"))?"
     r"|" + SPOKEN_CALL + r"[\s\-](?i:" + TENS + r"|" + TEENS + r")(?:[\s\-](?i:" + DW + r"))?)(?![A-Za-z\-])",
     0.75, "Call signs spoken whole in words: a number, an APCO word and a number (Two David fourteen), or an APCO word and a tens number (Lincoln twenty-two).")
NATO = (r"(?:Alpha|Alfa|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Juliett|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-ray|Xray|Yankee|Zulu"
        r"|ALPHA|BRAVO|CHARLIE|DELTA|ECHO|FOXTROT|GOLF|HOTEL|INDIA|JULIET|KILO|LIMA|MIKE|NOVEMBER|OSCAR|PAPA|QUEBEC|ROMEO|SIERRA|TANGO|UNIFORM|VICTOR|WHISKEY|X-RAY|XRAY|YANKEE|ZULU)")
DIGIT_TOKEN = r"(?:[0-9]|(?i:" + DW + r"))"
rule("plate.phonetic", "PLATE",
     r"(?<![A-Za-z\-])" + NATO + r"(?:[\s,\-]+" + NATO + r"){1,5}(?:[\s,\-]+" + DIGIT_TOKEN + r"){2,6}(?:[\s,\-]+" + NATO + r"){0,3}(?![A-Za-z0-9\-])",
     0.8, "A plate read out in the phonetic alphabet: two or more phonetic words then two or more digits (Sierra Mike India four two seven, Hotel Lima X-ray 9 9 0 3).")
rule("person.spelled", "PERSON",
     r"(?<![A-Za-z0-9\-])[A-Z](?:-[A-Z]){3,}(?:\s+(?i:hyphen|dash)\s+[A-Z](?:-[A-Z]){2,})?(?![A-Za-z0-9\-])",
     0.75, "A name spelled out letter by letter for the record (S-M-I-T-H, N-W-O-S-U hyphen H-A-R-T-L-E-Y); acronyms are not spelled with dashes.")
rule("phone.vanity", "PHONE",
     r"(?<![0-9A-Za-z\-])(?:1[\s.\-])?\(?[2-9][0-9]{2}\)?[\s.\-](?=(?:[0-9A-Z]-?){7}(?![0-9A-Za-z]))(?=[0-9\-]*[A-Z]{3})[0-9A-Z]{2,7}(?:-[0-9A-Z]{1,5}){0,2}(?![0-9A-Za-z\-])",
     0.8, "Numbers with letters for digits (1-800-FLOWERS, 845-55-ROSES): an area or toll-free code then seven letters and digits, three letters at least.")
YEAR_WORDS = (r"(?:(?:nineteen|twenty)[\s\-](?:hundred|oh[\s\-]" + DW + r"|" + TEENS + r"|" + TENS + r"(?:[\s\-]" + DW + r")?)"
              r"|two\s+thousand(?:\s+and)?(?:[\s\-](?:" + TEENS + r"|" + TENS + r"(?:[\s\-]" + DW + r")?|" + DW + r"))?)")
rule("date.spelled-ordinal-year", "DATE",
     r"(?<![A-Za-z\-])(?:" + ORDWORD + r"\s+(?:day\s+)?of\s+" + MONTH + r"|" + MONTH_DOT + r"\s+(?:the\s+)?" + ORDWORD + r"|" + MONTH_DOT + r"\s+[0-9]{1,2}" + ORD + r"?)(?:,?\s+(?:of\s+)?" + YEAR_WORDS + r")(?![A-Za-z\-])",
     0.85, "A day with the year in words (the twelfth of June twenty nineteen, March 3rd two thousand and four).", caseless=True)
rule("date.ordinal-word-day", "DATE",
     r"(?<![A-Za-z])(?i:on|until|till|since|by|before|after|from)\s+the\s+\K(?i:" + ORDWORD + r")(?=\s*[,.;]|\s+(?i:at|around|about|approx|approximately|in\s+the\s+(?:morning|afternoon|evening)|of\s+(?:this|that|last|next)\s+month)\b)",
     0.75, "A day of the month in words standing for a date (on the fourteenth at 1940, until the twenty-first.).")
HOURW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
MINW = r"(?:oh[\s\-]" + DW + r"|" + TEENS + r"|(?:twenty|thirty|forty|fifty)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?)"
rule("time.words-ampm", "TIME",
     r"(?<![A-Za-z\-])" + HOURW + r"(?:[\s\-]" + MINW + r")?\s*(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)",
     0.85, "Clock times in words with am or pm (two fifteen am, seven thirty p.m.).", caseless=True)
rule("time.spoken-24h", "TIME",
     r"(?<![A-Za-z\-])(?:oh[\s\-]" + DW + r"|" + TEENS + r"|twenty(?:[\s\-](?:one|two|three))?)[\s\-](?:oh[\s\-]" + DW + r"|" + TEENS + r"|(?:twenty|thirty|forty|fifty)(?:[\s\-]" + DW + r")?)\s+(?:hours|hrs\b\.?|hundred\s+hours)",
     0.85, "Twenty-four-hour times spoken in words before 'hours' (nineteen forty hrs, oh six thirty hours).", caseless=True)
rule("time.spanish", "TIME",
     r"(?<![\p{L}])(?:(?:a\s+)?(?:las|la)\s+)\K(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|[0-9]{1,2}(?::[0-9]{2})?)(?:\s+y\s+(?:media|cuarto|diez|quince|veinte|treinta|cuarenta|cinco))?\s+de\s+la\s+(?:mañana|manana|tarde|noche|madrugada)(?![\p{L}])",
     0.85, "Clock times in Spanish (las once de la noche, a las 3 de la madrugada); the article stays outside.", caseless=True)
rule("location.route-words", "LOCATION",
     r"(?<![A-Za-z\-])(?:(?i:highway|hwy|route|rte|rt|interstate|state\s+road|state\s+route|county\s+road|farm\s+road|exit)\.?[\s\-]+(?i:" + NUMW + r")(?:[\s\-]+(?i:" + NUMW + r")){0,3}"
     r"|(?:I|i)[\s\-](?i:" + TENS + r")(?:[\s\-](?i:" + DW + r"))?)(?![A-Za-z\-])",
     0.8, "Highways, routes, interstates and exits numbered in words, as dictated (Highway Twenty Five, Route One Twenty Eight, i sixty five, exit one twelve).")
STOP = r"(?!(?:the|a|an|of|to|on|in|at|and|or|down|up|into|from|across|off|feet|foot|yards|miles|blocks|cars|officers|people|times|minutes|my|his|her|their|our)\s)"
rule("location.address-words", "LOCATION",
     r"(?<![A-Za-z\-])(?:" + NUMW + r"[\s\-]+){1,4}" + NUMW + r"\s+(?:(?:north|south|east|west)\s+)?(?:" + STOP + r"[a-z][a-z'\-]+\s+){1,3}(?:street|avenue|road|drive|lane|boulevard|highway|parkway|court|place|terrace|circle|way)(?![A-Za-z])",
     0.8, "A house number dictated in words before a street (twenty two eleven north maple avenue, ninety one ninety one kamehameha highway).", caseless=True)
rule("location.block-lowercase", "LOCATION",
     r"(?<![A-Za-z0-9])[0-9]{1,6}\s+(?i:block|blk)\s+(?:of\s+)?(?:(?:n|s|e|w|north|south|east|west)\.?\s+)?(?:[a-z][a-z'\-]+\s+){1,3}(?:st|ave|rd|dr|ln|blvd|ct|pl|hwy|pkwy|street|avenue|road|drive|lane|boulevard|court|place|highway|parkway|way|circle|trail)\b\.?",
     0.85, "A block number before a street typed in lower case (2400 blk of old mill rd).")
rule("location.direction-ordinal", "LOCATION",
     r"(?<![A-Za-z0-9])(?:[NSEW]|North|South|East|West)\.?\s+[0-9]{1,3}(?:st|nd|rd|th)(?![A-Za-z0-9])(?!\s+(?:floor|grade|precinct|district|division|time|place))",
     0.8, "A numbered street after a compass letter, without its suffix (E 73rd & 1st Ave, W 4th).")
ORDCAP = (r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth"
          r"|Thirtieth|Fortieth|Fiftieth|Sixtieth|Seventieth|Eightieth|Ninetieth)")
rule("location.ordinal-word-street", "LOCATION",
     r"(?<![A-Za-z])(?:on|at|onto|off|and|of|from)\s+\K" + ORDCAP + r"(?=\s+(?:at|and|near|by)\s|\s*,?[.;:)'\"’”]|\s*,\s+(?!I\s))",
     0.75, "A street named by a capitalised ordinal word without its suffix after a place preposition (on Fiftieth at Avenue Q, the Shell on Ninth).")
rule("org.precinct-abbrev", "ORG",
     r"(?<![A-Za-z0-9])(?:PCT|Pct\.?|pct\.?)\s*#?\s*[0-9]{1,3}(?![0-9A-Za-z])",
     0.8, "A numbered precinct written with the abbreviation first (PCT 19, Pct. 6).")

# ---------------------------------------------------------------- RADIO AND DISPATCH FORMS
# Identifiers as they are spoken on the air or typed into a CAD screen: call signs that are
# bare numbers or number words, plates in the APCO alphabet, addresses and times read out.
NUMCAP_UNIT = "One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Niner|Zero"
NUMCAP = "(?:" + NUMCAP_UNIT + "|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)"
NOT_COUNTED = r"(?!\s+(?i:minutes?|mins?|seconds?|hours?|hrs?|years?|days?|weeks?|months?|miles?|feet|foot|yards?|rounds?|shots?|people|persons|officers|men|women|times|percent|mph|degrees|dollars|cents|pounds)\b)"
rule("badge.callsign-number-compound", "BADGE",
     r"(?:(?<=, |\"|“|and |or |I'm |I’m | am | was | is | as | to | for | me |sent |with |from )" + NUMCAP + r"-" + NUMCAP + r"(?:-(?:" + NUMCAP_UNIT + r"))?"
     r"|(?<![A-Za-z\-])" + NUMCAP + r"-" + NUMCAP + r"(?=,\s+(?:Officer|Deputy|Trooper|Sgt\.?|Sergeant|Cpl\.?|Corporal|Det\.?|Detective|Ofc\.?|Dep\.?|Tpr\.?)\s))(?![A-Za-z\-])" + NOT_COUNTED,
     0.8, "A number written as capitalised words joined by a hyphen in the middle of a sentence is a spoken call sign (I'm Two-Seven; my backup, Two-Two, was forty minutes out; Eight-Twelve and Eight-Fourteen headed there); counts are written in lower case.")
rule("badge.radio-opening", "BADGE",
     r"(?<=[\"“])(?:[0-9]{1,4}[A-Z]?|[0-9]{1,2}[A-Z][0-9]{1,3}|[A-Z]{1,2}-?[0-9]{1,3}[A-Z]?)(?=\s+to\s+(?i:dispatch|radio|control|central|county|command|base|comms|all\s+units|[0-9]{1,4}[\s,])"
     r"|,\s+(?i:copy|go\s+ahead|stand\s+by|standby|10-4|ten-four|roger|affirmative|negative|be\s+advised|can\s+you|you|your|what|I'm|I|we|he|she|show|respond|start|check|advise|disregard)\b)",
     0.85, "A radio transmission quoted in a narrative opens with the caller's or the called unit's call sign (\"412 to dispatch\", \"412, copy\", \"412, he's showing a warrant\").")
rule("badge.dispatched-units", "BADGE",
     r"(?<![0-9A-Za-z\-#.:/$])[0-9]{3,4}(?=\s+(?:and|AND)\s+[0-9]{3,4}(?![0-9A-Za-z]))|(?<=[0-9] and |[0-9] AND )[0-9]{3,4}(?![0-9A-Za-z])",
     0.8, "Two numbers joined by 'and' after a dispatching word are the units sent (I sent 1022 and 1024; the units were 311 and 316).",
     context={"words": ["sent", "dispatched", "assigned", "units", "toned", "started"], "before": 4, "required": True, "boost": 0.05})
APCO = "Adam|Boy|Baker|Charles|David|Edward|Frank|George|Henry|Ida|John|King|Lincoln|Mary|Nora|Ocean|Paul|Queen|Robert|Sam|Tom|Union|Victor|William|Young|Zebra"
LETTER_WORD = (r"(?:" + APCO + r"|" + APCO.upper() + r"|" + NATO[3:])
DIGIT_SPOKEN = r"(?:[0-9]|(?i:" + DW + r"))"
rule("plate.phonetic-apco", "PLATE",
     r"(?<![A-Za-z\-])(?:" + DIGIT_SPOKEN + r"[\s\-]+)?" + LETTER_WORD + r"(?:[\s,\-]+" + LETTER_WORD + r"){1,5}(?:[\s,\-]+" + DIGIT_SPOKEN + r"){2,6}(?:[\s,\-]+" + LETTER_WORD + r"){0,3}(?![A-Za-z0-9\-])",
     0.85, "A plate read out in the APCO alphabet police radio uses, or in a mix of APCO and NATO words, with digits or digit words (Adam Boy Charles four-four-one, 8 Tom Ocean Henry 5 1 2, Henry-Charlie-Queen, one-niner-zero-six).")
rule("plate.partial", "PLATE",
     r"(?<![A-Za-z])(?i:partial\s+(?:plate|tag|registration)|(?:plate|tag)\s+(?:starting|beginning|ending|that\s+(?:starts|started|began|begins|ends|ended)))\s+(?i:(?:starting|beginning|ending|starts|begins|ends)\s+)?(?i:(?:with|in)\s+)?\K(?=[A-Z]{0,5}[0-9]|[0-9]{0,5}[A-Z])[A-Z0-9]{2,6}(?![A-Za-z0-9])",
     0.8, "The characters of a partial plate (a partial plate starting 7KX, tag ending in 442) narrow a vehicle as much as a whole one.")
rule("location.state-after-plate", "LOCATION",
     r"(?<=[0-9], |one, |two, |six, |ten, |oh, |three, |seven, |eight, |niner, |zero, |four, |five, |nine, )(?:" + "|".join(STATES) + r")(?=\s*[,.;]|\s+(?i:plates?|tags?|registration)\b)",
     0.8, "A state named right after a plate read out is the state of issue (… niner one four, Georgia, blue pickup).")
rule("location.block-words", "LOCATION",
     r"(?<![A-Za-z\-])(?i:(?:" + NUMW + r")[\s\-]+){1,3}(?i:hundred|thousand)\s+(?i:block|blk)\s+(?i:of\s+)?" + DIRECTION + r"?(?:" + NAMEWORD + r"[ \t]?){1,3}(?:" + SUFFIX_END + r")?",
     0.85, "A block number read out in words before a street (the twenty-one hundred block of Elm).")
rule("location.spelled-number-direction", "LOCATION",
     r"(?<![A-Za-z\-])(?i:" + NUMW + r")(?:[\s\-]+(?i:" + NUMW + r")){1,4}\s+(?:North|South|East|West|N\.?|S\.?|E\.?|W\.?)\s+" + TITLE_STOP + r"(?!(?:The|A|An|I|He|She|We|They|It|Then)\b)\p{Lu}[\p{Ll}'’\-]{2,}(?:\s+\p{Lu}[\p{Ll}'’\-]{2,})?(?:\s+" + SUFFIX_END + r")?",
     0.8, "A house number read out digit by digit, a compass word and a street name without its suffix, as addresses are read on the radio (nine-oh-two South Kedzie, one-six-one-two West Tamarack).")
ORDCOMPOUND = r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)"
BARE_STREET = (TITLE_STOP + r"(?!(?:The|A|An|I|He|She|We|They|It|Then|Interstate|Highway|Route|Amtrak|Greyhound|" + MONTH[3:-1] + r"|" + WEEKDAY[3:-1] + r")\b)(?!" + VEHICLE_MAKES + r"\b)"
               r"(?:\p{Lu}[\p{Ll}'’\-]{2,}|" + ORDCOMPOUND + r"|[0-9]{1,3}(?:st|nd|rd|th))")
rule("location.direction-bare-street", "LOCATION",
     r"(?<![A-Za-z])(?i:northbound|southbound|eastbound|westbound)\s+(?:on\s+)?\K" + BARE_STREET + r"(?=\s+(?:from|at|to|toward|towards|near|past|approaching)\s)"
     r"|(?<![A-Za-z])(?i:north|south|east|west)(?i:bound)?\s+on\s+\K" + BARE_STREET + r"(?=\s+(?:from|at|to|toward|towards|near|past|and|approaching|into)\s|\s*[,.;])",
     0.75, "A capitalised name after a travel direction is the street travelled on, written without its suffix as radio calls do (northbound Memorial from 31st, east on Market, south on Route 11); a make of car is a vehicle (a westbound Ford).")
rule("location.ordinal-compound-street", "LOCATION",
     r"(?<![A-Za-z])(?:on|at|onto|off|and|of|from|to)\s+\K" + ORDCOMPOUND + r"(?=\s+(?:at|and|near|by)\s|\s*,?[.;:)'\"’”]|\s*,\s+(?!I\s))",
     0.75, "A street named by a compound ordinal in words after a place preposition (Fairlane and Ninety-Fourth).")
rule("location.marker-words", "LOCATION",
     r"(?<![A-Za-z])(?i:the\s+)\K(?i:" + NUMW + r")(?:[\s\-](?i:" + NUMW + r")){0,3}\s+(?i:mile\s+marker|mile\s*post|marker)(?![A-Za-z])"
     r"|(?<![A-Za-z])(?i:mile\s+marker|mile\s*post|marker|exit)\s+(?i:" + NUMW + r")(?:[\s\-](?i:" + NUMW + r")){0,3}(?![A-Za-z\-])",
     0.8, "A mile marker read out in words (at the one-twelve marker, mile marker one fourteen).")
HOUR24W = r"(?:oh[\s\-]" + DW + r"|zero[\s\-]" + DW + r"|" + TEENS + r"|twenty(?:[\s\-](?:one|two|three))?)"
MIN_TENS = r"(?:oh[\s\-]" + DW + r"|" + TEENS + r"|(?:twenty|thirty|forty|fifty)(?:[\s\-]" + DW + r")?)"
rule("time.spoken-24h-bare", "TIME",
     r"(?<![A-Za-z\-])(?:oh|zero)[\s\-]" + DW + r"[\s\-](?:" + MIN_TENS + r"|hundred)(?![A-Za-z\-])"
     r"|(?<![A-Za-z])(?i:at|around|about|approximately|approx|by|until|till|before|after|since|just\s+before|just\s+after)\s+\K" + HOUR24W + r"-" + MIN_TENS + r"(?![A-Za-z\-])(?!\s+(?i:minutes|mins|seconds|feet|miles|yards|people|rounds|times))",
     0.8, "Twenty-four-hour times spoken without 'hours': a leading 'oh' makes one anywhere (just before oh-two-thirty), a hyphenated pair after a time preposition (at eighteen-forty).", caseless=True)
rule("time.words-day-part", "TIME",
     r"(?<![A-Za-z\-])" + HOURW + r"[\s\-]" + MINW + r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![A-Za-z])",
     0.85, "Clock times in words with the part of the day (four forty-five in the afternoon, ten forty-five in the morning).", caseless=True)
rule("time.after-weekday", "TIME",
     r"(?<![A-Za-z])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),\s+(?:at\s+)?\K(?:[01][0-9]|2[0-3])[0-5][0-9](?![0-9:\-/])(?!\s*(?:block|rounds|feet|miles|yards|dollars|people|calls|officers))",
     0.8, "A four-digit time right after a weekday and a comma (Saturday, 0312).")
MONTHNUM_W = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|oh[\s\-](?:one|two|three|four|five|six|seven|eight|nine))"
DAYNUM_W = r"(?:" + TEENS + r"|(?:twenty)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[\s\-]one)?|one|two|three|four|five|six|seven|eight|nine|oh[\s\-](?:one|two|three|four|five|six|seven|eight|nine))"
YEAR2_W = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-]" + DW + r")?|oh[\s\-]" + DW + r"|" + TEENS + r")"
rule("date.spoken-numeric", "DATE",
     r"(?<![A-Za-z])(?i:dob|d\.o\.b\.?|date\s+of\s+birth|born(?:\s+on)?|birthday\s+(?:is|was))[\s:,]+\K(?i:" + MONTHNUM_W + r")[\s,\-/]+(?i:" + DAYNUM_W + r")[\s,\-/]+(?i:" + YEAR_WORDS + r"|" + YEAR2_W + r")(?![A-Za-z])",
     0.85, "A date of birth read out as three numbers in words (DOB four, seventeen, ninety-two).")
rule("date.holiday-year-words", "DATE",
     r"(?<!every\s)(?<!each\s)(?<!Every\s)(?<!Each\s)(?<![A-Za-z])(?:" + "|".join(HOLIDAYS) + r"),?\s+(?i:" + YEAR_WORDS + r")(?![A-Za-z\-])",
     0.9, "A named holiday with its year read out in words pins a date (Valentine's Day, twenty-fifteen; Christmas Eve nineteen ninety-nine).")
rule("allow.spelling-word", "ALLOW",
     r"(?<![A-Za-z])[A-Z]\s+as\s+in\s+\K[A-Z][a-z]+(?![A-Za-z])",
     1.0, "A word after a letter and 'as in' spells the letter (N as in Nancy, B as in boy); it names no one.")
PHONETIC_ONLY = r"(?:Boy|Ocean|Queen|Union|Zebra|X-ray|Xray|Alpha|Bravo|Delta|Echo|Foxtrot|Golf|Hotel|Kilo|Lima|Papa|Quebec|Tango|Uniform|Whiskey|Yankee|Zulu)"
rule("allow.phonetic-alphabet-list", "ALLOW",
     r"(?<![A-Za-z\-])(?=(?:" + LETTER_WORD + r",\s+){0,3}" + PHONETIC_ONLY + r"\b)" + LETTER_WORD + r"(?:,\s+" + LETTER_WORD + r"){2,}(?![A-Za-z\-])",
     1.0, "The phonetic alphabet recited as a list (Adam, Boy, Charles, David) names no one.")

def words_of(phrases):
    out = set()
    for p in phrases:
        for w in re.split(r"[\s/]+", p.lower()):
            w = w.strip(".,:;()")
            if w and not re.search(r"[\\?*+\[\]{}|]", w) and w not in ("of", "the", "and", "&", "de", "la"): out.add(w)
    return sorted(out)

MONTH_WORDS = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
               "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"]
WEEKDAY_WORDS = ["mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
                 "sat", "saturday", "sun", "sunday"]
D = {"digits": True}
TRIGGERS = {
    "person.at-handle": {"characters": "@"},
    "location.unit-door": {"words": ["unit"], "before": 40},
    "location.n-business": {"words": ["n"], "before": 30},
    "location.vessel": {"words": ["f", "m", "s", "r", "mv", "fv", "sv", "rv", "uscgc", "usns", "uss", "hms", "hmcs", "hmas", "hmnzs"], "before": 0},
    "location.transit-line": {"words": ["line", "route", "bus", "streetcar", "trolley", "express", "train"], "before": 48},
    "date.year-heading": D, "plate.quoted-partial": {"words": ["plate", "plates", "tag", "tags"]},
    "org.unit-after-agency": {"words": ["unit", "division", "bureau", "section", "squad", "team", "detail", "force"], "before": 60},
    "badge.spelled": {"words": ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "niner"]},
    "badge.callsign-number-words": {"words": ["adam", "boy", "baker", "charles", "charlie", "david", "edward", "frank", "george", "henry", "ida", "john", "king", "lincoln", "mary", "nora", "ocean", "paul", "queen", "robert", "sam", "tom", "union", "victor", "william", "zebra"], "before": 10},
    "plate.phonetic": {"words": ["alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "x-ray", "xray", "yankee", "zulu"]},
    "person.spelled": {"characters": "-", "before": 1},
    "phone.vanity": dict(D, before=6),
    "date.spelled-ordinal-year": {"words": MONTH_WORDS, "before": 40},
    "date.ordinal-word-day": {"words": ["on", "until", "till", "since", "by", "before", "after", "from"]},
    "time.words-ampm": {"words": ["am", "pm", "a.m", "p.m"], "before": 40},
    "time.spoken-24h": {"words": ["hours", "hrs"], "before": 40},
    "time.spanish": {"words": ["las", "la"]},
    "location.route-words": {"words": ["highway", "hwy", "route", "rte", "rt", "interstate", "state", "county", "farm", "exit", "i"]},
    "location.address-words": {"words": ["street", "avenue", "road", "drive", "lane", "boulevard", "highway", "parkway", "court", "place", "terrace", "circle", "way"], "before": 100},
    "location.block-lowercase": {"words": ["block", "blk"], "before": 32},
    "location.direction-ordinal": {"words": ["n", "s", "e", "w", "north", "south", "east", "west"]},
    "badge.callsign-number-compound": {"words": words_of(NUMCAP[3:-1].split("|")), "before": 8},
    "badge.radio-opening": dict(D, before=3),
    "badge.dispatched-units": dict(D, before=2),
    "plate.phonetic-apco": {"words": words_of(LETTER_WORD[3:-1].split("|")), "before": 12},
    "plate.partial": {"words": ["partial", "plate", "tag"]},
    "location.state-after-plate": {"characters": ",", "before": 8},
    "location.block-words": {"words": ["block", "blk"], "before": 60},
    "location.spelled-number-direction": {"words": ["north", "south", "east", "west", "n", "s", "e", "w"], "before": 60},
    "location.direction-bare-street": {"words": ["northbound", "southbound", "eastbound", "westbound", "north", "south", "east", "west"]},
    "location.ordinal-compound-street": {"words": ["on", "at", "onto", "off", "and", "of", "from", "to"]},
    "location.marker-words": {"words": ["marker", "milepost", "post", "exit"], "before": 40},
    "time.spoken-24h-bare": {"words": ["oh", "zero", "at", "around", "about", "approximately", "approx", "by", "until", "till", "before", "after", "since"], "before": 14},
    "time.words-day-part": {"words": ["morning", "afternoon", "evening", "night"], "before": 40},
    "time.after-weekday": {"words": WEEKDAY_WORDS},
    "date.holiday-year-words": {"words": ["nineteen", "twenty", "two"], "before": 40},
    "date.spoken-numeric": {"words": ["dob", "d.o.b", "birth", "born", "birthday", "d"]},
    "allow.spelling-word": {"words": ["as"], "before": 3},
    "allow.phonetic-alphabet-list": {"characters": ",", "before": 12},
    "location.ordinal-word-street": {"words": ["on", "at", "onto", "off", "and", "of", "from"]},
    "org.precinct-abbrev": {"words": ["pct"]},
    "org.employer-cue": {"words": ["work", "works", "worked", "working", "employed", "employee"], "before": 0},
    "phone.nanp": dict(D, before=4), "phone.local7": D, "phone.international": dict(D, before=2), "phone.au-nz-landline": dict(D, before=2),
    "phone.trunk-prefix": D, "phone.international-bracketed": dict(D, before=2), "phone.digit-groups": dict(D, before=2),
    "phone.labelled": dict(D, before=2), "phone.extension": {"words": ["ext", "extension"]},
    "phone.context-digits": {"words": ["phone", "cell", "mobile", "landline", "tel", "fax", "callback", "cb", "ph", "number"]},
    "email": {"characters": "@", "before": 64},
    "url.scheme": {"characters": "/", "before": 8}, "url.path": {"characters": "/", "before": 80},
    "date.numeric": dict(D, before=12), "date.numeric-short": dict(D, before=12), "date.cad": D, "date.ordinal-day": dict(D, before=4), "date.year-in-context": D, "date.year-attributive": D,
    "date.month-day": {"words": MONTH_WORDS + WEEKDAY_WORDS}, "date.month-year": {"words": MONTH_WORDS},
    "date.iso-timestamp": D, "date.month-dash": {"words": MONTH_WORDS, "before": 3}, "date.month-year-numeric": D,
    "date.day-month": dict(D, words=WEEKDAY_WORDS, before=4),
    "date.spelled-ordinal": {"words": MONTH_WORDS, "before": 40},
    "date.weekday-ordinal": {"words": WEEKDAY_WORDS},
    "date.year-apostrophe": dict(D, before=3), "date.year-range": D, "date.romance": {"words": words_of(MONTH_ROMANCE[3:-1].split("|")), "before": 40},
    "date.holiday": dict(before=10, words=words_of(["christmas", "new", "thanksgiving", "independence", "fourth", "july", "halloween", "easter", "memorial",
                          "labor", "labour", "veterans", "veterans'", "veteran's", "mother's", "mothers", "father's", "fathers", "valentine's", "valentines",
                          "st", "super", "anzac", "boxing", "canada", "australia", "waitangi", "cinco", "juneteenth", "martin", "mlk", "presidents",
                          "presidents'", "president's", "columbus", "good", "black", "mardi", "remembrance", "victoria", "guy", "bonfire", "hogmanay",
                          "diwali", "eid", "yom", "rosh", "hanukkah"])),
    "time.clock": D, "time.zero-led": D, "time.bare-hour-range": dict(D, before=16), "time.dotted-ampm": D, "time.hour-ampm": D, "time.military": D, "time.military-bare": D, "time.after-date": D, "time.before-day": D,
    "time.log-line": dict(D, before=8), "time.range": D, "org.military-unit": D, "time.dotted-24h": D, "time.h-separated": D,
    "time.hour-of-day": {"words": ["morning", "afternoon", "evening", "night"], "before": 40},
    "time.after-month-day": {"words": MONTH_WORDS}, "time.after-day-month": {"digits": True, "words": MONTH_WORDS, "before": 8}, "time.half-hour-british": {"words": ["half"], "before": 16}, "time.ish": D, "time.bare-hour-day-part": dict(D, before=40), "time.bullet": {"characters": "-*•–·", "before": 8},
    "location.state-dash-route": {"characters": "-", "before": 3},
    "time.words": {"digits": True, "before": 4, "words": ["quarter", "half", "ten", "five", "twenty", "twenty-five", "one", "two", "three", "four", "six", "seven", "eight", "nine", "eleven", "twelve"]},
    "badge.keyword": {"words": ["badge", "matricule", "shield", "star", "serial", "employee", "emp", "empl", "personnel", "payroll", "psn", "dsn", "ein", "officer", "member", "collar", "buckle", "shoulder", "regimental", "regt", "staff", "warrant", "registered", "i.d", "id", "p.o", "po", "p", "i"]},
    "badge.unit": {"words": ["unit", "car", "units", "cars", "call", "callsign", "patrol", "squad", "sq", "sqd", "cruiser", "vehicle", "beat"]},
    "badge.callsign": D, "badge.callsign-keyword": {"words": ["call", "callsign"]}, "badge.unit-apposition": {"words": ["unit", "car", "crew", "call", "callsign", "sign"]}, "badge.shape": D, "badge.cad-unit": D, "badge.log-line": dict(D, before=12),
    "badge.callsign-spoken": {"words": words_of(CALL_WORDS.split("|"))},
    "badge.callsign-word": {"words": words_of(PHONETIC.split("|")) + ["k9", "k-9", "k"]},
    "badge.parenthesised": {"characters": "("},
    "badge.after-ranked-name": {"words": ["pc", "pcso", "dc", "ps", "ds", "cst", "const", "constable", "officer", "ofc", "sgt", "sergeant", "deputy", "dep", "tpr", "trooper", "cpl", "corporal", "det", "detective", "ptl", "patrolman"], "before": 0},
    "badge.rank-number-name": {"words": ["pc", "pcso", "dc", "ps", "ds", "cst", "const", "constable", "sgt", "sergeant", "insp", "garda"]},
    "badge.before-status": dict(D, before=3), "badge.hash": {"characters": "#"},
    "id.keyword": {"words": words_of(re.sub(r"\\s\+", " ", ID_KEYS).strip("(?:)").split("|")) + ["dept", "corrections"]},
    "id.ssn": D, "id.long-digits": D, "id.bare-digits": D, "id.court-file": dict(D, before=12), "id.letter-long-digits": D, "id.ssn-context": {"words": ["ssn", "social", "ss"]},
    "id.driver-licence": {"words": ["dl", "d.l", "oln", "driver's", "drivers", "driver", "driving", "license", "licence", "id", "state", "passport", "green", "alien"]},
    "id.slashed-reference": dict(D, before=5), "id.vin": D, "id.card": D, "id.iban": D, "id.ip": D, "id.long-number": dict(D, before=6),
    "plate.keyword": {"words": ["plate", "plates", "plated", "tag", "tags", "registration", "rego", "reg", "license", "licence", "temporary", "paper"]},
    "plate.state": {"words": words_of(STATES) + [c.lower() for c in CODES.split("|")]},
    "plate.shape": dict(D, before=5), "plate.quoted": {"words": ["plate", "plates", "tag", "tags", "vanity"]},
    "location.street-address": dict(D, before=10), "location.street-address-caps": D, "location.block": {"words": ["block", "blk"], "before": 32},
    "location.street-name": {"words": words_of(SUFFIX_WORDS), "before": 100},
    "location.street-caps": {"words": ["st", "ave", "av", "rd", "blvd", "dr", "ln", "ct", "pl", "pkwy", "hwy", "cir", "ter", "trl"], "before": 60},
    "location.number-route": {"words": ["route", "rte", "highway", "hwy", "state", "county", "farm"], "before": 32}, "location.rural-route": dict(D, before=20), "location.grid": dict(D, before=8),
    "location.street-lowercase": {"words": ["st", "ave", "rd", "blvd", "dr", "ln", "ct", "pl", "hwy", "pkwy", "street", "avenue", "road", "boulevard", "drive", "lane", "court", "highway", "parkway", "pike", "way"], "before": 60},
    "location.street-lowercase-full": {"words": ["street", "avenue", "boulevard", "drive", "lane", "parkway", "road", "terrace", "circle", "trail", "highway", "expressway", "freeway", "turnpike", "bypass"], "before": 48},
    "location.interstate-lowercase": {"characters": "-", "before": 1},
    "location.county-lowercase": {"words": ["county", "parish"], "before": 48},
    "location.facility-lowercase": {"words": ["apartments", "stadium", "arena", "mall", "motel", "casino", "cemetery", "school", "center", "courthouse"], "before": 64},
    "org.lowercase-agency": {"words": ["department", "dept", "office", "police", "patrol", "dps", "safety", "commission", "fish", "wildlife"], "before": 80},
    "location.ordinal-street-lowercase": {"words": ["st", "ave", "street", "avenue", "rd", "road", "pl", "place", "dr", "drive"], "before": 32},
    "location.highway": dict(D, before=20), "location.named-road-number": dict(D, before=32), "location.mile-road": {"words": ["mile"], "before": 32},
    "location.saint-possessive": {"words": ["st", "saint"]}, "location.broadway": {"words": ["broadway"], "before": 8}, "location.main": {"words": ["main"], "before": 24}, "location.mile-marker": dict(D, before=20), "location.grid-address": D, "location.section-line-road": dict(D, before=4),
    "location.lettered-road": {"words": ["county", "co", "state", "route", "rte", "highway", "hwy", "cr"]},
    "location.mile-numbered-road": {"words": ["mile"]}, "location.numbered-ward": {"words": ["ward"]},
    "location.hollow-name": {"words": ["branch", "fork", "holler"], "before": 60},
    "location.zip": D, "location.zip-after-state": dict(D, before=24), "location.postcode-ca": dict(D, before=3), "location.postcode-uk": dict(D, before=3),
    "location.po-box": {"words": ["p.o", "po", "p", "box", "post"], "before": 8},
    "location.letter-designator": {"words": ["pier", "gate", "berth", "terminal", "concourse", "dock", "hangar", "platform", "building", "bldg", "section", "wing", "tier", "pod", "camp", "cell", "block", "cellblock", "dorm"]},
    "org.fire-agency": {"words": ["fire"], "before": 60},
    "badge.apparatus": {"words": ["engine", "ladder", "truck", "rescue", "battalion", "squad", "tower", "quint", "tanker", "ambulance"], "before": 2},
    "location.unit-after-complex": {"words": ["apartments", "apts", "condominiums", "condos", "townhomes", "townhouses", "villas", "lofts"], "before": 2},
    "location.store-number": {"words": ["store"]},
    "location.unit": {"words": ["apartment", "department", "apt", "suite", "ste", "room", "rm", "quarters", "theater", "theatre", "auditorium", "lot", "space", "campsite", "site", "trailer", "cell", "cellblock", "complex", "bldg", "building", "dorm", "flat", "courtroom", "quad", "bay", "dept", "pod", "bunk", "stall", "slip", "pier", "gate", "dock", "platform", "hangar", "terminal", "berth", "concourse", "tier"]},
    "location.facility": {"words": words_of(FACILITY), "before": 100},
    "location.hospital-short": {"words": ["er", "e.r", "ed", "emergency", "hospital", "trauma", "taken", "transported", "rushed", "admitted", "airlifted", "flown", "brought", "driven", "transferred"]},
    "location.bare-house-number": dict(D, before=10),
    "location.named-station": {"words": ["station"], "before": 60},
    "location.hospital-lowercase": {"words": ["hospital", "medical", "med", "er"], "before": 40},
    "location.childrens-hospital": {"words": ["children's", "children’s", "children"]},
    "location.opponent-school": {"words": ["against", "vs", "vs.", "versus", "v"], "before": 80},
    "location.facility-head-first": {"words": ["lake", "mount", "mt", "fort", "ft", "camp", "port", "cape", "point", "isla", "lago", "rancho", "villa", "hotel", "motel", "club", "bar", "casino", "hospital", "rio", "bayou", "glacier", "lac",
                                             "mall", "museum", "university", "bank", "shops", "village", "church", "cathedral", "basilica", "isle",
                                              "pueblo", "town", "city", "borough", "township"]},
    "location.neighbourhood": {"words": ["neighborhood", "neighbourhood", "area", "section", "subdivision", "district", "projects", "complex", "housing", "side", "development",
                                         "trailer", "mobile", "apartments", "apartment", "bridge", "trailhead", "campground"], "before": 80},
    "location.compass-quarter": {"words": ["end", "side", "campus"], "before": 12}, "location.county": {"words": ["county", "parish", "borough", "township", "twp"], "before": 60},
    "location.intersection-left": {"words": ["and"], "characters": "@&", "before": 40}, "location.intersection-right": {"words": ["and"], "characters": "@&", "before": 40},
    "location.slash-intersection": {"characters": "/", "before": 40}, "location.slash-after-street": {"characters": "/", "before": 40},
    "location.corner-right": {"words": ["corner"], "before": 2},
    "location.intersection-at": {"words": ["at"], "before": 24},
    "location.intersection-ordinal-lowercase": {"words": ["and"], "before": 40}, "location.intersection-ordinal-lowercase-right": {"words": ["and"], "before": 40},
    "location.address-international": D, "location.street-number-eu": dict(D, before=60),
    "location.street-prefix": dict(D, words=["via", "viale", "vicolo", "piazza", "corso", "rue", "avenue", "avenida", "avda", "av", "c", "calle", "pod", "nad", "carrer", "carretera", "rua", "praça", "plaza", "paseo", "camino", "chemin", "allée", "boulevard", "ul", "ulica", "strada", "calea", "aleja", "al", "cite", "cité", "quartier", "rruga", "odos", "jalan", "jl"], before=14),
    "location.city-state-postcode": dict(D, before=60),
    "location.street-prefix-lowercase": dict(D, words=["via", "viale", "piazza", "corso", "rue", "avenue", "avenida", "avda", "calle", "carrer", "rua", "praça", "paseo", "camino", "chemin", "ul", "ulica", "strada", "calea", "aleja", "trg", "odos", "jalan"], before=14), "location.postcode-keyword": {"words": ["zip", "zipcode", "postal", "postcode", "post", "plz", "cp"]},
    "location.address-tail-line": dict(D, before=60), "location.postcode-line": dict(D, before=8),
    "location.place-postcode": dict(D, before=40), "location.address-place-postcode": dict(D, before=40), "location.region-code-line": {"characters": ",", "before": 8},
    "location.military-address": {"words": ["psc", "cmr", "unit", "apo", "fpo", "dpo"]},
    "location.state-highway": dict(D, before=16), "location.state-highway-lowercase": dict(D, before=16), "location.dc": {"words": ["washington", "d.c", "d"]},
    "location.state-before-keyword": {"words": words_of(STATES)},
    "org.agency": {"words": words_of(AGENCY_HEADS), "before": 120}, "org.union-local": {"words": ["local", "lodge", "chapter"], "before": 80},
    "org.trade-company": {"words": words_of(COMPANY_HEADS), "before": 80}, "org.precinct": {"words": ["precinct", "district", "division", "zone", "ward", "battalion", "squad", "platoon", "area", "dist", "pct"], "before": 32},
    "org.numbered-division": {"words": ["division", "district", "precinct"], "before": 32},
    "org.command": {"words": ["troop", "zone", "district", "precinct", "post", "division", "sector", "area", "region", "barracks", "detachment", "substation", "station"], "before": 12},
    "org.metro-short": {"words": ["metro"], "before": 10},
    "location.court-department": {"words": ["department"], "before": 12},
    "org.acronym": {"capitals": True}, "org.provincial-acronym": {"words": ["opp", "sq", "rnc", "spvm", "spvq"]},
    "org.national-force": {"words": ["scotland", "psni", "garda", "saps", "pnp", "pdrm"], "before": 8},
    "org.named-command": {"words": ["division", "div", "district", "precinct", "dist", "pct", "sector", "detachment"], "before": 48},
    "org.compass-command": {"words": ["division", "district", "precinct", "bureau", "command", "substation"], "before": 40},
    "org.field-office": {"words": ["field", "resident", "port", "border"], "before": 80}, "org.numbered-command-words": {"words": ["district", "precinct", "division", "zone", "sector", "troop"]}, "org.caps-agency": {"words": ["police", "sheriff's", "sheriffs", "troopers", "patrol", "pd", "so"], "before": 80},
    "org.caps-county-jail": {"words": ["detention", "jail"], "before": 24},
    "org.french-police": {"words": ["police", "sûreté", "spvm", "spvq"], "before": 40},
    "org.company": {"words": words_of(d.replace("&", "") for d in COMPANY_DESIGNATORS), "before": 100},
    "org.lowercase-county-agency": {"words": ["pd", "so", "sheriff", "sheriff's", "sheriffs", "police", "p.d"], "before": 60},
    "person.handle": {"characters": "_", "before": 40},
    "person.platform-handle": {"words": ["instagram", "insta", "ig", "snapchat", "snap", "tiktok", "twitter", "facebook", "fb", "xbox", "psn", "discord", "telegram", "kik", "whatsapp", "username", "user", "screen", "screenname", "gamertag", "gamer", "handle"], "before": 0}, "org.bia": {"words": ["bia"]}, "location.bia-route": {"words": ["bia"]},
    "location.national-road": dict(D, before=8), "location.numbered-avenue": dict(D, before=8),
    "location.unit-after-place": {"words": ["unit"], "characters": "#", "before": 16},
    "location.ordinal-street-after-motion": dict(D, before=12),
    "location.little-country": {"words": ["little"]}, "location.named-highway": {"words": ["trans", "trans-canada", "transcanada", "canada", "yellowhead", "coquihalla", "sea", "sea-to-sky"], "before": 8},
    "location.named-site-lowercase": {"words": ["rest", "stop", "truck", "travel", "campground", "trailhead", "boat", "ramp", "marina", "rv", "fairgrounds", "rodeo", "reservoir"], "before": 24},
    "location.feature-road-lowercase": {"words": ["road", "rd", "highway", "trail", "lane", "loop", "cutoff", "turnoff"], "before": 60},
    "location.regional-hospital": {"words": ["regional"], "before": 40},
    "location.map-coordinates": dict(D, before=4), "location.eircode-any": dict(D, before=3), "location.junction-number": dict(D, before=16), "location.numbered-freeway": dict(D, before=4),
    "location.well-name": {"words": ["pad", "well", "wellsite", "lease", "battery", "location", "rig", "site", "tank"], "before": 40},
    "location.family-landmark": {"words": ["place", "farm", "ranch", "homestead", "property", "flats", "acreage", "dairy", "farmstead", "estate", "scheme", "colony"], "before": 40},
    "location.street-prefix-number": {"words": ["calle", "carrera", "avenida", "rua", "carretera", "ruta", "camino", "callejón"]},
    "id.keyword-copula": {"words": ["is", "was", "were", "are", "reads", "read", "ended", "ends"], "before": 40},
    "id.compact-year-series": dict(D, before=2),
    "id.number-of-date": {"words": ["serial", "incident", "log", "cad", "ref", "reference", "occurrence", "call", "job", "message", "msg"]},
    "plate.shape-gb": D, "plate.shape-seven": D, "plate.apposition": {"characters": ",", "before": 20},
    "location.coordinates": dict(D, before=2), "location.eircode": D, "location.compass-address": D,
    "location.motorway-junction": {"words": ["near", "at", "between", "from", "to", "off", "past", "leaving", "approaching", "and", "by", "after", "before"]},
    "time.half-hour": {"words": ["half"], "before": 24}, "time.noon": {"words": ["noon", "midnight"], "before": 10},
    "badge.crew-callsign": {"words": ["were", "was", "as", "for", "requested"], "before": 10}, "id.year-slash": {"characters": "/", "before": 4},
    "plate.state-slash": {"characters": "/", "before": 3},
    "plate.keyword-lowercase": {"words": ["plate", "plates", "tag", "tags", "license", "licence"]},
    "location.named-projects-lowercase": {"words": ["projects", "subdivision", "park", "project"], "before": 40},
    "location.number-before-marker": {"words": ["exit", "marker", "mm", "milepost", "post"], "before": 24},
    "time.spoken-military": {"words": ["hundred"], "before": 40},
    "id.ssn-last-four": {"words": ["last", "final", "ssn", "social"], "before": 0},
    "location.the-road": {"words": ["turnpike", "thruway", "tollway", "beltway", "parkway", "causeway", "pike"], "before": 0},
    "location.complex-at": {"words": ["villas", "residences", "reserve", "lofts", "townhomes", "apartments", "commons", "gardens", "enclave", "estates", "preserve", "landing", "flats", "pointe", "shops", "shoppes", "terraces", "cottages", "suites", "oaks", "pines", "retreat", "overlook", "meadows", "woods", "heights", "highlands", "crossing"], "before": 4},
    "location.slash-intersection-title": {"characters": "/", "before": 40},
    "location.direction-street": {"words": ["n", "s", "e", "w", "ne", "nw", "se", "sw"], "before": 10},
    "id.lettered-number": {"characters": "-", "before": 6},
    "location.determiner-possessive": {"characters": "'’", "before": 40},
    "location.possessive-pub": {"words": ["pub", "bar", "tavern", "saloon", "lounge", "taproom", "chipper", "takeaway", "public"], "before": 24},
    "allow.case-law-state": {"words": ["v", "vs"], "before": 40},
    "allow.statute": {"words": ["ilcs", "stat", "statute", "statutes", "code", "u.s.c", "c.f.r", "n.j.s.a", "a.r.s", "ars", "rcw", "ors", "mcl", "krs", "o.c.g.a", "pc", "vc", "hsc", "cvc", "wic", "hs", "sec", "section"], "characters": "§", "before": 48},
    "allow.radio-code": dict(D, before=10), "allow.redaction-tag": {"characters": "["}, "allow.caliber": dict(D, before=2),
    "allow.act-name": {"words": ["act"], "before": 100},
    "allow.firearm-model": {"words": ["glock", "sig", "ruger", "smith", "s&w", "beretta", "colt", "remington", "mossberg", "taurus", "hi-point", "hi", "kimber", "walther", "heckler", "h&k", "hk", "cz", "cz75", "fn", "savage", "marlin", "kel-tec", "kel", "browning", "benelli", "bersa", "kahr", "canik", "bushmaster", "norinco", "zastava", "taser"]},
    "allow.vehicle-model": {"words": ["audi", "bmw", "mercedes", "mercedes-benz", "mazda", "kia", "hyundai", "volvo", "lexus", "infiniti", "acura", "peugeot", "citroen", "citroën", "renault", "skoda", "škoda", "seat", "nissan", "toyota", "honda", "ford", "chevy", "chevrolet", "dodge", "ram", "gmc", "jeep", "subaru", "mitsubishi", "holden", "vauxhall", "opel", "vw", "volkswagen", "porsche", "jaguar", "tesla", "cadillac", "buick", "chrysler", "fiat", "suzuki", "isuzu", "freightliner", "kenworth", "peterbilt"]},
}
# Rules whose keywords are spelled only Capitalised or in CAPITALS in the pattern (it is
# case-sensitive): a trigger word written in lower case ("went home", "the police") cannot
# be part of a match, so it opens no window. Each entry names the phrases the rule's
# keyword group is built from; the check below keeps the claim true as the lists change.
CAPITALISED_KEYWORDS = {
    "location.facility": FACILITY,
    "location.street-name": SUFFIX_WORDS,
    "org.agency": AGENCY_HEADS,
    "org.fire-agency": ["Fire"],
    "location.hollow-name": ["Branch", "Fork", "Holler"],
    "org.unit-after-agency": ["Unit", "Division", "Bureau", "Section", "Squad", "Team", "Detail", "Task Force"],
    "badge.apparatus": ["Engine", "Ladder", "Truck", "Rescue", "Battalion", "Squad", "Tower", "Quint", "Tanker", "Ambulance"],
    "location.unit-after-complex": ["Apartments", "Apts", "Condominiums", "Condos", "Townhomes", "Townhouses", "Villas", "Lofts"],
    "location.county": ["County", "Parish", "Borough", "Township", "Twp", "COUNTY", "PARISH"],
    "org.command": ["Troop", "Zone", "District", "Precinct", "Post", "Division", "Sector", "Area", "Region", "Barracks", "Detachment", "Substation", "Station"],
    "org.caps-agency": ["POLICE DEPARTMENT", "POLICE", "SHERIFF'S OFFICE", "SHERIFFS OFFICE", "STATE TROOPERS", "STATE POLICE", "HIGHWAY PATROL", "STATE PATROL", "PD", "SO"],
}
for rule_id, phrases in CAPITALISED_KEYWORDS.items():
    r = next(r for r in rules if r["id"] == rule_id)
    assert not r.get("caseless"), rule_id + " is caseless: its keywords can be lower case"
    for phrase in phrases:
        for word in re.split(r"[\s/]+", phrase):
            if word.lower().strip(".,:;()") in ("of", "the", "and", "&", "de", "la", ""): continue
            assert word[0].isupper(), "%s: keyword %r is not capitalised" % (rule_id, word)
            literal = word.replace(".", "\\.")
            assert any(w in r["pattern"] for w in (word, word.upper(), literal, literal.upper())), "%s: keyword %r not in the pattern" % (rule_id, word)
    assert set(TRIGGERS[rule_id]["words"]) <= set(words_of(phrases)), rule_id + ": a trigger word outside its keywords"
    TRIGGERS[rule_id]["capitalisedWords"] = True

duplicates = sorted({r["id"] for r in rules if sum(1 for q in rules if q["id"] == r["id"]) > 1})
assert not duplicates, "rule ids used twice: %s" % duplicates
missing = [r["id"] for r in rules if r["id"] not in TRIGGERS]
assert not missing, "rules without a trigger: %s" % missing
for r in rules:
    r["trigger"] = TRIGGERS[r["id"]]
    # Long word lists as prefix trees: PCRE2 tries an alternation's branches one by one.
    r["pattern"] = factor(r["pattern"])
    # Principle 4: no regex alternation of a huge word list (a long list belongs in the
    # gazetteer, or in a prefix tree as above).
    assert widest_alternation(r["pattern"]) <= 64, r["id"] + ": an alternation of more than 64 branches"

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "Sources", "Redaction", "Resources", "rules", "core.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump({"name": "core", "version": VERSION, "rules": rules}, f, indent=1, ensure_ascii=False, sort_keys=False)
    f.write("\n")
print(f"wrote {len(rules)} rules to {os.path.normpath(out)}")
