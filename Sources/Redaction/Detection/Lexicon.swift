/// Per-document facts about each token that the name, place and propagation detectors
/// share: gazetteer flags, the stem without a possessive, and the casing of its line.
///
/// Built once per document (one hash probe per word token) and kept in
/// ``DocumentAnalysis``.
struct Lexicon {
    /// How a line is written, which decides what counts as a capitalised word.
    enum Casing: UInt8 {
        /// Ordinary mixed-case prose.
        case normal
        /// Mostly capitals (dispatch logs, headings).
        case caps
        /// Mostly lower case (hurried writing).
        case lower
    }

    struct Entry {
        var stemKey: UInt64
        var flags: GazetteerFlags
        private var stemStart: Int32
        private var stemEnd: Int32
        var casing: Casing
        var hasPossessive: Bool
        /// A space token that contains a line break.
        var breaksLine: Bool

        init(flags: GazetteerFlags, stem: Range<Int>, stemKey: UInt64, casing: Casing, hasPossessive: Bool, breaksLine: Bool) {
            self.stemKey = stemKey
            self.flags = flags
            self.stemStart = Int32(truncatingIfNeeded: stem.lowerBound)
            self.stemEnd = Int32(truncatingIfNeeded: stem.upperBound)
            self.casing = casing
            self.hasPossessive = hasPossessive
            self.breaksLine = breaksLine
        }

        /// The token without a trailing possessive ('s, ’s, s'), in UTF-8 bytes (texts are
        /// at most `Int32.max` bytes, so 32-bit bounds suffice: 24 bytes an entry, not 40).
        var stem: Range<Int> { Int(stemStart)..<Int(stemEnd) }
    }

    let entries: [Entry]

    init(text: Text, gazetteer: Gazetteer) {
        self.entries = text.tokens.withUnsafeBufferPointer { tokens in
            text.utf8.withUnsafeBufferPointer { bytes in
                Self.build(tokens, bytes, gazetteer)
            }
        }
    }

    private static func build(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ gazetteer: Gazetteer) -> [Entry] {
        let count = tokens.count
        // Line breaks, then the casing of each line.
        var breaks = [Bool](repeating: false, count: count)
        var casings = [Casing](repeating: .normal, count: count)
        var lineStart = 0
        for index in 0...count {
            let atEnd = index == count
            if !atEnd {
                let token = tokens[index]
                guard token.kind == .space, containsLineFeed(bytes, token) else { continue }
                breaks[index] = true
            }
            let casing = lineCasing(tokens, lineStart..<index)
            if casing != .normal {
                for position in lineStart..<min(index + 1, count) { casings[position] = casing }
            }
            lineStart = index + 1
        }
        // A document written almost without capitals mid-sentence is read in lower case
        // throughout (its few capitals are sentence starts and "I").
        // So is one whose sentences mostly start in lower case: its writer does not capitalise,
        // so capitals cannot be relied on to find names.
        var midCapitals = 0
        var letters = 0
        var starts = 0
        var lowerStarts = 0
        for position in 0..<count where tokens[position].kind == .letter {
            let token = tokens[position]
            letters += 1
            // A redaction tag ("[PERSON]") stands for a capitalised name, most often of two
            // words: counting it as two keeps redacted text from reading as lower case when
            // the original did not, so redacting it again changes nothing.
            if token.shape == .allCaps, position > 0, bytes[Int(tokens[position - 1].start)] == UInt8(ascii: "[") { midCapitals += 2 }
            if token.isSentenceStart {
                starts += 1
                if token.shape == .lower { lowerStarts += 1 }
            } else if token.shape == .lower, position >= 2, tokens[position - 1].kind == .space, tokens[position - 2].kind == .punctuation,
                      tokens[position - 2].length == 1, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[Int(tokens[position - 2].start)]) {
                // ICU does not end a sentence before a lower-case word ("… takes off. tony chases …"):
                // such a word is a lower-case sentence start all the same.
                starts += 1
                lowerStarts += 1
            }
            if !token.isSentenceStart, token.shape == .capitalised || token.shape == .mixed, token.length > 1 { midCapitals += 1 }
        }
        // Few capitals alone is not enough (redacted text and formal prose have few names);
        // the sentences must also start in lower case.
        let fewCapitals = letters >= 40 && Double(midCapitals) < 0.025 * Double(letters) && lowerStarts * 4 >= starts
        let lowerSentences = starts >= 3 && lowerStarts * 2 >= starts
        if fewCapitals || lowerSentences {
            for position in 0..<count where casings[position] == .normal { casings[position] = .lower }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for position in 0..<count {
            let token = tokens[position]
            var stem = token.range
            var key = token.key
            var possessive = false
            if token.kind == .letter, token.length > 2 {
                let end = Int(token.end)
                if bytes[end - 1] | 0x20 == UInt8(ascii: "s"), bytes[end - 2] == UInt8(ascii: "'") {
                    stem = Int(token.start)..<(end - 2)
                    possessive = true
                } else if token.length > 4, bytes[end - 1] | 0x20 == UInt8(ascii: "s"), bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 {
                    stem = Int(token.start)..<(end - 4)
                    possessive = true
                }
                if possessive { key = TokenKey.key(bytes, stem) }
            }
            entries.append(Entry(flags: [], stem: stem, stemKey: key, casing: casings[position], hasPossessive: possessive, breaksLine: breaks[position]))
        }
        // The gazetteer probes in a loop of their own: each is a likely cache miss, and
        // with nothing else in the loop the processor keeps several in flight at once.
        entries.withUnsafeMutableBufferPointer { entries in
            for position in 0..<count where tokens[position].kind == .letter || tokens[position].kind == .number {
                entries[position].flags = gazetteer.flags(key: entries[position].stemKey)
            }
        }
        return entries
    }

    /// Whether a space token holds a line feed.
    @inline(__always)
    private static func containsLineFeed(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        for offset in Int(token.start)..<Int(token.end) where bytes[offset] == 0x0A { return true }
        return false
    }

    /// How the tokens of one line are written.
    private static func lineCasing(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Casing {
        var caps = 0, capitalised = 0, lower = 0
        var opening = true
        for index in range {
            let token = tokens[index]
            // A line opening with a one-letter capital ("• A person in crisis …", "I said")
            // opens a sentence in capitalised writing.
            if opening, token.kind == .letter, token.length == 1, token.shape == .allCaps { capitalised += 1 }
            if token.kind == .letter { opening = false }
            guard token.kind == .letter, token.length >= 2 else { continue }
            switch token.shape {
            case .allCaps: caps += 1
            case .capitalised, .mixed: capitalised += 1
            case .lower: lower += 1
            default: break
            }
        }
        let total = caps + capitalised + lower
        if total >= 2, Double(caps) >= 0.6 * Double(total) { return .caps }
        if total >= 6, capitalised + caps == 0 { return .lower }
        return .normal
    }
}
