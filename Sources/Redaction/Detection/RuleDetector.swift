/// Runs the compiled PCRE2 rules over the document's UTF-8 bytes.
///
/// A rule with a trigger searches only the windows its triggers open (a token with
/// digits, a listed word, capitals, a character): one pass over the tokens finds every
/// rule's triggers, then each rule runs JIT matching with a start limit per window. A
/// rule without a trigger is one JIT pass over the whole text. Match data is reused.
/// Context words are looked up by token key in a window of non-space tokens around the match. When a rule hits its
/// match limit, the detector fails closed: it re-runs that rule line by line and marks
/// every line it still cannot analyse as `UNANALYSED` (always redacted).
struct RuleDetector: Detector {
    let name = "rules"
    let rules: [CompiledRule]
    /// Whether some rule is triggered by tokens with digits (they share one offset list).
    let hasDigitRules: Bool
    /// Whether some rule is triggered by upper-case tokens (they share one offset list).
    let hasCapitalRules: Bool
    /// Token key → the rules it triggers in any case, packed as `start << 32 | count` into
    /// ``wordRuleList``.
    let wordRules: KeyTable<UInt64>
    /// Token key → the rules it triggers only when capitalised (``Rule/Trigger/capitalisedWords``),
    /// packed the same way; not probed for tokens that start in lower case.
    let capitalisedWordRules: KeyTable<UInt64>
    /// The rule lists of ``wordRules``, one after another.
    let wordRuleList: [Int32]
    /// Byte → rules it triggers (256 entries).
    let byteRules: [[Int32]]
    /// Whether any rule has a character trigger.
    let hasByteTriggers: Bool
    /// Which bytes trigger some rule (256 entries), checked before touching `byteRules`.
    let isTriggerByte: [Bool]
    /// Each rule's pattern and trigger window, side by side with ``rules``: the per-rule loop
    /// reads these instead of copying a ``CompiledRule`` (whose strings and arrays a copy
    /// retains and releases, hundreds of times per document).
    private let runs: [Run]

    /// What the window loop needs of one rule.
    private struct Run {
        let pattern: Pattern
        /// How many bytes before a trigger a match may start; nil for a rule without a
        /// trigger (the whole text is one window).
        let before: Int?
        let digits: Bool
        let capitals: Bool
    }

    init(rules: [CompiledRule]) {
        self.rules = rules
        self.runs = rules.map {
            Run(pattern: $0.pattern, before: $0.rule.trigger?.before, digits: $0.rule.trigger?.digits ?? false,
                capitals: $0.rule.trigger?.capitals ?? false)
        }
        var hasDigits = false
        var hasCapitals = false
        var words: [UInt64: [Int32]] = [:]
        var capitalisedWords: [UInt64: [Int32]] = [:]
        var bytes = [[Int32]](repeating: [], count: 256)
        for (index, rule) in rules.enumerated() {
            guard let trigger = rule.rule.trigger else { continue }
            hasDigits = hasDigits || trigger.digits
            hasCapitals = hasCapitals || trigger.capitals
            for key in rule.triggerWords {
                if trigger.capitalisedWords {
                    capitalisedWords[key, default: []].append(Int32(index))
                } else {
                    words[key, default: []].append(Int32(index))
                }
            }
            for byte in Set(rule.triggerBytes) { bytes[Int(byte)].append(Int32(index)) }
        }
        var list: [Int32] = []
        func pack(_ words: [UInt64: [Int32]]) -> KeyTable<UInt64> {
            var table = KeyTable<UInt64>(capacity: max(words.count, 1), filler: 0)
            for (key, triggered) in words {
                let packed = UInt64(list.count) << 32 | UInt64(triggered.count)
                list.append(contentsOf: triggered.sorted())
                table.update(key) { $0 = packed }
            }
            return table
        }
        self.hasDigitRules = hasDigits
        self.hasCapitalRules = hasCapitals
        self.wordRules = pack(words)
        self.capitalisedWordRules = pack(capitalisedWords)
        self.wordRuleList = list
        self.byteRules = bytes
        self.hasByteTriggers = bytes.contains { !$0.isEmpty }
        self.isTriggerByte = bytes.map { !$0.isEmpty }
    }

    /// Trigger offsets, ascending: those shared by every digit rule and every capitals
    /// rule, and each rule's own word and character triggers, flat (rule `r`'s are
    /// `positions[starts[r]..<starts[r + 1]]`).
    struct Triggers {
        var digits: [Int32]
        var capitals: [Int32]
        var starts: [Int]
        var positions: [Int32]
    }

    /// Byte offsets of every trigger of every rule: one pass over the tokens collects the
    /// shared digit and capitals offsets and (rule, offset) pairs for listed words, then a
    /// counting sort groups the pairs by rule.
    private func triggers(in text: Text) -> Triggers {
        var pairs: [UInt64] = []
        var digits: [Int32] = []
        var capitals: [Int32] = []
        let hasDigitRules = self.hasDigitRules
        let hasCapitalRules = self.hasCapitalRules
        /// Appends the rules of a packed word list triggered at `start`.
        func append(_ packed: UInt64, _ start: UInt64) {
            let first = Int(packed >> 32)
            for slot in first..<(first + Int(packed & 0xFFFF_FFFF)) { pairs.append(UInt64(wordRuleList[slot]) << 32 | start) }
        }
        text.tokens.withUnsafeBufferPointer { tokens in
            text.utf8.withUnsafeBufferPointer { bytes in
                for token in tokens where token.kind != .space {
                    let start = UInt64(UInt32(bitPattern: token.start))
                    var hasDigit = hasDigitRules && token.kind == .number
                    if hasDigitRules, !hasDigit, token.kind == .letter {
                        for offset in token.range where bytes[offset] &- 0x30 < 10 {
                            hasDigit = true
                            break
                        }
                    }
                    if hasDigit {
                        digits.append(token.start)
                        // "@1400", ICU's one number token: a rule that starts at the digits
                        // needs a window that reaches them, not only the sign before them.
                        let lead = bytes[Int(token.start)]
                        if lead &- 0x30 >= 10, lead | 0x20 &- 0x61 >= 26, lead < 0x80 {
                            for offset in token.range where bytes[offset] &- 0x30 < 10 {
                                digits.append(Int32(offset))
                                break
                            }
                        }
                    }
                    if hasCapitalRules, token.kind == .letter, token.shape == .allCaps, token.length >= 2 { capitals.append(token.start) }
                    if let listed = wordRules[token.key] { append(listed, start) }
                    // A capital first letter (or a non-ASCII one, which may be a capital).
                    let lead = bytes[Int(token.start)]
                    if lead &- 0x41 < 26 || lead >= 0x80, let listed = capitalisedWordRules[token.key] { append(listed, start) }
                }
                if hasByteTriggers {
                    isTriggerByte.withUnsafeBufferPointer { table in
                        for offset in 0..<bytes.count where table[Int(bytes[offset])] {
                            for rule in byteRules[Int(bytes[offset])] { pairs.append(UInt64(rule) << 32 | UInt64(offset)) }
                        }
                    }
                }
            }
        }
        var starts = [Int](repeating: 0, count: rules.count + 1)
        for pair in pairs { starts[Int(pair >> 32) + 1] += 1 }
        for index in 0..<rules.count { starts[index + 1] += starts[index] }
        var cursor = starts
        var positions = [Int32](repeating: 0, count: pairs.count)
        for pair in pairs {
            let rule = Int(pair >> 32)
            positions[cursor[rule]] = Int32(truncatingIfNeeded: pair)
            cursor[rule] += 1
        }
        if hasByteTriggers {
            // Character triggers were added after the token pass: restore text order.
            for rule in 0..<rules.count where starts[rule + 1] - starts[rule] > 1 {
                positions[starts[rule]..<starts[rule + 1]].sort()
            }
        }
        return Triggers(digits: digits, capitals: capitals, starts: starts, positions: positions)
    }

    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {
        let text = analysis.text
        var found: [Finding] = []
        let scratch = analysis.scratch
        let table = triggers(in: text)
        var windows: [Range<Int>] = []
        var costs = analysis.ruleNanoseconds
        defer { analysis.ruleNanoseconds = costs }
        try text.utf8.withUnsafeBufferPointer { (bytes) throws(DetectionError) in
            for index in runs.indices {
                let run = runs[index]
                let started = costs == nil ? 0 : threadCPUNanoseconds()
                defer { if costs != nil { costs![index] += threadCPUNanoseconds() - started } }
                do throws(PatternError) {
                    guard let before = run.before else {
                        // No trigger: the whole text is one window.
                        try search(index, run.pattern, windows: [0..<bytes.count], bytes: bytes, text: text, scratch: scratch, into: &found)
                        continue
                    }
                    // Merge the start windows [trigger - before, trigger] that touch.
                    windows.removeAll(keepingCapacity: true)
                    let own = table.positions[table.starts[index]..<table.starts[index + 1]]
                    Self.forEachInOrder(run.digits ? table.digits[...] : [], run.capitals ? table.capitals[...] : [], own) { position in
                        var lower = max(0, position - before)
                        // PCRE2 runs without a UTF check: a start must be a character boundary.
                        while lower > 0, UTF8Decoding.isContinuation(bytes[lower]) { lower -= 1 }
                        if let last = windows.last, lower <= last.upperBound + 1 {
                            windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, position)
                        } else {
                            windows.append(lower..<position)
                        }
                    }
                    try search(index, run.pattern, windows: windows, bytes: bytes, text: text, scratch: scratch, into: &found)
                } catch {
                    guard case .limitExceeded(_, let offset) = error else {
                        throw .rule(id: rules[index].rule.id, error: error)
                    }
                    try failClosed(rules[index], from: offset, bytes: bytes, text: text, scratch: scratch, into: &found)
                }
            }
        }
        analysis.findings.append(contentsOf: found)
    }

    /// Calls `body` with the offsets of three ascending lists, merged in ascending order.
    @inline(__always)
    private static func forEachInOrder(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>, _ c: ArraySlice<Int32>, _ body: (Int) -> Void) {
        var i = a.startIndex, j = b.startIndex, k = c.startIndex
        while true {
            var next = Int32.max
            if i < a.endIndex { next = a[i] }
            if j < b.endIndex, b[j] < next { next = b[j] }
            if k < c.endIndex, c[k] < next { next = c[k] }
            if next == Int32.max { return }
            if i < a.endIndex, a[i] == next { i += 1 } else if j < b.endIndex, b[j] == next { j += 1 } else { k += 1 }
            body(Int(next))
        }
    }

    /// Finds the rule's matches that start inside the windows (each window's `upperBound`
    /// is the last allowed start, inclusive): one search per window, from its
    /// `lowerBound` and on after each match. (Sharing one search between nearby windows
    /// was measured slower: a JIT attempt at each position between them costs more than
    /// the calls it saves.)
    private func search(
        _ index: Int, _ pattern: Pattern, windows: [Range<Int>], bytes: UnsafeBufferPointer<UInt8>, text: Text,
        scratch: Pattern.Scratch, into found: inout [Finding]
    ) throws(PatternError) {
        for window in windows {
            try pattern.forEachMatch(in: bytes, range: window.lowerBound..<bytes.count, startLimit: window.upperBound, scratch: scratch) { match in
                accept(rules[index], match, text: text, into: &found)
                return true
            }
        }
    }

    /// Records one match of `compiled` when its span is not empty, its validators pass and
    /// its required context is there.
    private func accept(_ compiled: CompiledRule, _ match: Pattern.Match, text: Text, into found: inout [Finding]) {
        let rule = compiled.rule
        let span: Range<Int>
        if rule.group > 0 {
            guard let group = match.group(rule.group) else { return }
            span = group
        } else {
            span = match.range
        }
        guard !span.isEmpty else { return }
        if !compiled.validators.isEmpty {
            let slice = text.utf8[span]
            for check in compiled.validators where !check(slice) { return }
        }
        var score = rule.score
        var contextWord: String?
        if let context = rule.context {
            contextWord = Self.contextWord(compiled, context, around: match.range, in: text)
            if contextWord == nil, context.required { return }
            if contextWord != nil { score = min(1, score + context.boost) }
        }
        found.append(Finding(label: rule.label, range: span, score: score, detector: name, rule: rule.id, context: contextWord))
    }

    /// Every match of `compiled` in `range` (the fail-closed path's line-by-line re-run).
    private func run(
        _ compiled: CompiledRule, bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, text: Text,
        scratch: Pattern.Scratch, into found: inout [Finding]
    ) throws(PatternError) {
        try compiled.pattern.forEachMatch(in: bytes, range: range, scratch: scratch) { match in
            accept(compiled, match, text: text, into: &found)
            return true
        }
    }

    /// The first context word within the rule's window, if any.
    static func contextWord(_ compiled: CompiledRule, _ context: Rule.Context, around range: Range<Int>, in text: Text) -> String? {
        let tokens = text.tokens
        guard let first = text.tokenIndex(containing: range.lowerBound) else { return nil }
        // Tokens inside the match count too (a keyword matched by the pattern itself).
        var index = first
        while index < tokens.count, Int(tokens[index].start) < range.upperBound {
            if let word = compiled.contextWords[tokens[index].key], tokens[index].kind != .space { return compiled.contextWordList[Int(word) - 1] }
            index += 1
        }
        var seen = 0
        index = first - 1
        while index >= 0, seen < context.before {
            let token = tokens[index]
            if token.kind != .space {
                if let word = compiled.contextWords[token.key] { return compiled.contextWordList[Int(word) - 1] }
                seen += 1
            }
            index -= 1
        }
        seen = 0
        index = text.tokenIndex(containing: max(range.upperBound - 1, range.lowerBound)).map { $0 + 1 } ?? tokens.count
        while index < tokens.count, seen < context.after {
            let token = tokens[index]
            if token.kind != .space {
                if let word = compiled.contextWords[token.key] { return compiled.contextWordList[Int(word) - 1] }
                seen += 1
            }
            index += 1
        }
        return nil
    }

    /// Re-runs a rule that hit its limit one line at a time from `offset`; lines that
    /// still fail become `UNANALYSED` findings.
    private func failClosed(
        _ compiled: CompiledRule, from offset: Int, bytes: UnsafeBufferPointer<UInt8>, text: Text,
        scratch: Pattern.Scratch, into found: inout [Finding]
    ) throws(DetectionError) {
        var lineStart = offset
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            do throws(PatternError) {
                try run(compiled, bytes: bytes, range: lineStart..<lineEnd, text: text, scratch: scratch, into: &found)
            } catch {
                guard case .limitExceeded = error else { throw .rule(id: compiled.rule.id, error: error) }
                found.append(Finding(label: .unanalysed, range: lineStart..<lineEnd, score: 1, detector: "failsafe", rule: compiled.rule.id))
            }
            lineStart = lineEnd + 1
        }
    }
}
