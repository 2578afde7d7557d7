/// Marks the first word of every sentence as the tokenizer makes the tokens, following
/// ICU's sentence rules where they matter here: a line break starts a sentence; "!" and
/// "?" end one; "." (or "…") ends one when the next word starts with a capital or a digit
/// and the word before the period is neither a listed abbreviation nor a single letter
/// (an initial).
struct SentenceStarts {
    private var pending = true
    private var afterPeriod = false
    /// The last letter or number token seen.
    private var lastWord: Token?

    /// Abbreviations after which a period does not end a sentence ("Sgt. Price", "St. Louis").
    private static let abbreviations = KeySet([
        "mr", "mrs", "ms", "dr", "sgt", "lt", "capt", "cpt", "det", "ofc", "dep", "cpl", "tpr", "insp", "supt", "st", "jr", "sr", "vs", "v",
        "no", "inc", "co", "approx", "ave", "blvd", "rd", "mt", "ft", "gen", "gov", "rep", "sen", "prof", "rev", "hon", "col", "maj", "sgt",
        "cmdr", "const", "p.o", "u.s", "e.g", "i.e", "etc", "a.m", "p.m", "dept", "apt", "ste", "fig", "vol", "est", "ma", "wm",
    ].map { TokenKey.key($0) })

    /// Takes the next token in text order; sets its `isSentenceStart` when it starts one.
    @inline(__always)
    mutating func visit(_ token: inout Token, _ bytes: UnsafeBufferPointer<UInt8>) {
        switch token.kind {
        case .space:
            for offset in token.range where bytes[offset] == 0x0A {
                pending = true
                afterPeriod = false
                break
            }
        case .punctuation:
            let byte = bytes[Int(token.start)]
            if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                pending = true
                afterPeriod = false
            } else if byte == UInt8(ascii: ".") || (byte == 0xE2 && token.length == 3 && bytes[Int(token.start) + 2] == 0xA6) {
                let abbreviation = lastWord.map { $0.kind == .letter && ($0.length == 1 || Self.abbreviations.contains($0.key)) } ?? false
                if !abbreviation || token.length == 3 {
                    afterPeriod = true
                }
            }
        case .letter, .number:
            if afterPeriod {
                let first = bytes[Int(token.start)]
                let lowerInitial = first >= 0x61 && first <= 0x7A
                if !lowerInitial { pending = true }
                afterPeriod = false
            }
            if pending {
                token.isSentenceStart = true
                pending = false
            }
            lastWord = token
        }
    }
}
