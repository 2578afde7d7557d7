/// Runs the compiled PCRE2 rules over the document's UTF-8 bytes.
///
/// Each rule is one JIT pass with reused match data. Context words are looked up by
/// token key in a window of non-space tokens around the match. When a rule hits its
/// match limit, the detector fails closed: it re-runs that rule line by line and marks
/// every line it still cannot analyse as `UNANALYSED` (always redacted).
struct RuleDetector: Detector {
    let name = "rules"
    let rules: [CompiledRule]

    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {
        let text = analysis.text
        var found: [Finding] = []
        let scratch = analysis.scratch
        try text.utf8.withUnsafeBufferPointer { (bytes) throws(DetectionError) in
            for compiled in rules {
                do throws(PatternError) {
                    try run(compiled, bytes: bytes, range: 0..<bytes.count, text: text, scratch: scratch, into: &found)
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
        _ compiled: CompiledRule, bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, text: Text,
        scratch: Pattern.Scratch, into found: inout [Finding]
    ) throws(PatternError) {
        let rule = compiled.rule
        try compiled.pattern.forEachMatch(in: bytes, range: range, scratch: scratch) { match in
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
