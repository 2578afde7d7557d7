/// Runs the compiled PCRE2 rules over the document's UTF-8 bytes.
///
/// A rule with a trigger searches only the windows its triggers open (a token with
/// digits, a listed word, capitals, a character): one pass over the tokens finds every
/// rule's triggers, then each rule runs JIT matching with a start limit per window. A
/// rule without a trigger is one JIT pass over the whole text. Match data is reused. Context words are looked up by
/// token key in a window of non-space tokens around the match. When a rule hits its
/// match limit, the detector fails closed: it re-runs that rule line by line and marks
/// every line it still cannot analyse as `UNANALYSED` (always redacted).
struct RuleDetector: Detector {
    let name = "rules"
    let rules: [CompiledRule]
    /// Rules triggered by tokens with digits.
    let digitRules: [Int]
    /// Rules triggered by upper-case tokens.
    let capitalRules: [Int]
    /// Token key → rules it triggers.
    let wordRules: KeyTable<[Int]>
    /// Byte → rules it triggers (256 entries).
    let byteRules: [[Int]]
    /// Whether any rule has a character trigger.
    let hasByteTriggers: Bool
    /// Which bytes trigger some rule (256 entries), checked before touching `byteRules`.
    let isTriggerByte: [Bool]
    /// Rules without a trigger (whole-text search).
    let everywhere: [Int]

    init(rules: [CompiledRule]) {
        self.rules = rules
        var digits: [Int] = []
        var capitals: [Int] = []
        var words = KeyTable<[Int]>(capacity: 512, filler: [])
        var bytes = [[Int]](repeating: [], count: 256)
        var everywhere: [Int] = []
        for (index, rule) in rules.enumerated() {
            guard let trigger = rule.rule.trigger else {
                everywhere.append(index)
                continue
            }
            if trigger.digits { digits.append(index) }
            if trigger.capitals { capitals.append(index) }
            for key in rule.triggerWords { words.update(key) { $0.append(index) } }
            for byte in Set(rule.triggerBytes) { bytes[Int(byte)].append(index) }
        }
        self.digitRules = digits
        self.capitalRules = capitals
        self.wordRules = words
        self.byteRules = bytes
        self.hasByteTriggers = bytes.contains { !$0.isEmpty }
        self.isTriggerByte = bytes.map { !$0.isEmpty }
        self.everywhere = everywhere
    }

    /// Byte offsets of every trigger of every rule, in text order per rule.
    private func triggers(in text: Text) -> [[Int]] {
        var positions = [[Int]](repeating: [], count: rules.count)
        let bytes = text.utf8
        for token in text.tokens where token.kind != .space {
            let start = Int(token.start)
            if token.kind == .number || (token.kind == .letter && bytes[token.range].contains(where: { $0 >= 0x30 && $0 <= 0x39 })) {
                for rule in digitRules { positions[rule].append(start) }
            }
            if !capitalRules.isEmpty, token.kind == .letter, token.shape == .allCaps, token.length >= 2 {
                for rule in capitalRules { positions[rule].append(start) }
            }
            if let triggered = wordRules[token.key] {
                for rule in triggered { positions[rule].append(start) }
            }
        }
        if hasByteTriggers {
            isTriggerByte.withUnsafeBufferPointer { table in
                bytes.withUnsafeBufferPointer { buffer in
                    for offset in 0..<buffer.count where table[Int(buffer[offset])] {
                        for rule in byteRules[Int(buffer[offset])] { positions[rule].append(offset) }
                    }
                }
            }
            for index in positions.indices where positions[index].count > 1 { positions[index].sort() }
        }
        return positions
    }

    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {
        let text = analysis.text
        var found: [Finding] = []
        let scratch = analysis.scratch
        let positions = triggers(in: text)
        try text.utf8.withUnsafeBufferPointer { (bytes) throws(DetectionError) in
            for (index, compiled) in rules.enumerated() {
                do throws(PatternError) {
                    if let trigger = compiled.rule.trigger {
                        // Merge the start windows [trigger - before, trigger] and search each.
                        var windowStart = -1
                        var windowEnd = -1
                        for position in positions[index] {
                            var lower = max(0, position - trigger.before)
                            // PCRE2 runs with PCRE2_NO_UTF_CHECK: a start must be a character boundary.
                            while lower > 0, UTF8Decoding.isContinuation(bytes[lower]) { lower -= 1 }
                            if windowStart >= 0, lower <= windowEnd + 1 {
                                windowEnd = max(windowEnd, position)
                                continue
                            }
                            if windowStart >= 0 {
                                try run(compiled, bytes: bytes, range: windowStart..<bytes.count, startLimit: windowEnd, text: text, scratch: scratch, into: &found)
                            }
                            windowStart = lower
                            windowEnd = position
                        }
                        if windowStart >= 0 {
                            try run(compiled, bytes: bytes, range: windowStart..<bytes.count, startLimit: windowEnd, text: text, scratch: scratch, into: &found)
                        }
                    } else {
                        try run(compiled, bytes: bytes, range: 0..<bytes.count, text: text, scratch: scratch, into: &found)
                    }
                } catch {
                    guard case .limitExceeded(_, let offset) = error else {
                        throw .rule(id: compiled.rule.id, error: error)
                    }
                    try failClosed(compiled, from: offset, bytes: bytes, text: text, scratch: scratch, into: &found)
                }
            }
        }
        analysis.findings.append(contentsOf: found)
    }

    private func run(
        _ compiled: CompiledRule, bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, startLimit: Int? = nil, text: Text,
        scratch: Pattern.Scratch, into found: inout [Finding]
    ) throws(PatternError) {
        let rule = compiled.rule
        try compiled.pattern.forEachMatch(in: bytes, range: range, startLimit: startLimit, scratch: scratch) { match in
            let span: Range<Int>
            if rule.group > 0 {
                guard let group = match.groups[rule.group - 1] else { return true }
                span = group
            } else {
                span = match.range
            }
            guard !span.isEmpty else { return true }
            if !compiled.validators.isEmpty {
                let slice = text.utf8[span]
                for check in compiled.validators where !check(slice) { return true }
            }
            var score = rule.score
            var contextWord: String?
            if let context = rule.context {
                contextWord = Self.contextWord(compiled, context, around: match.range, in: text)
                if contextWord == nil, context.required { return true }
                if contextWord != nil { score = min(1, score + context.boost) }
            }
            found.append(Finding(label: rule.label, range: span, score: score, detector: name, rule: rule.id, context: contextWord))
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
            if let word = compiled.contextWords[tokens[index].key], tokens[index].kind != .space { return word }
            index += 1
        }
        var seen = 0
        index = first - 1
        while index >= 0, seen < context.before {
            let token = tokens[index]
            if token.kind != .space {
                if let word = compiled.contextWords[token.key] { return word }
                seen += 1
            }
            index -= 1
        }
        seen = 0
        index = text.tokenIndex(containing: max(range.upperBound - 1, range.lowerBound)).map { $0 + 1 } ?? tokens.count
        while index < tokens.count, seen < context.after {
            let token = tokens[index]
            if token.kind != .space {
                if let word = compiled.contextWords[token.key] { return word }
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
