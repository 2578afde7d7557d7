/// A rule ready to run: its pattern compiled, its context words folded to token keys and
/// its validators resolved. Immutable and shared.
struct CompiledRule: Sendable {
    let rule: Rule
    let pattern: Pattern
    /// Folded key of each context word → its index in ``contextWordList`` plus one
    /// (0: not a context word); a probe never hashes a `String` or retains anything.
    let contextWords: KeyTable<Int32>
    /// The context words as written in the pack.
    let contextWordList: [String]
    let validators: [Validators.Check]
    /// Folded keys of the trigger words.
    let triggerWords: Set<UInt64>
    /// Trigger characters as UTF-8 lead bytes (ASCII only).
    let triggerBytes: [UInt8]

    /// Compiles `rule`, rejecting bad patterns, unknown validators and bad groups.
    init(_ rule: Rule, limits: Pattern.Limits) throws(RulePackError) {
        do {
            pattern = try Pattern(rule.pattern, options: rule.caseless ? [.caseless] : [], limits: limits)
        } catch {
            switch error {
            case .compile(let message, let offset): throw .badPattern(rule: rule.id, offset: offset, message: message)
            default: throw .badPattern(rule: rule.id, offset: 0, message: error.description)
            }
        }
        guard rule.group >= 0, rule.group <= pattern.captureCount else {
            throw .invalidRule(rule: rule.id, reason: "group \(rule.group) but the pattern has \(pattern.captureCount)")
        }
        guard pattern.captureCount <= Pattern.maximumCaptures else {
            throw .invalidRule(rule: rule.id, reason: "\(pattern.captureCount) capture groups (at most \(Pattern.maximumCaptures))")
        }
        if let trigger = rule.trigger, !(0...4096).contains(trigger.before) {
            throw .invalidRule(rule: rule.id, reason: "trigger window \(trigger.before) is outside 0...4096")
        }
        guard (0...1).contains(rule.score) else {
            throw .invalidRule(rule: rule.id, reason: "score \(rule.score) is outside 0...1")
        }
        var checks: [Validators.Check] = []
        for name in rule.validators {
            guard let check = Validators.all[name] else { throw .unknownValidator(rule: rule.id, validator: name) }
            checks.append(check)
        }
        let list = rule.context?.words ?? []
        var words = KeyTable<Int32>(capacity: max(list.count, 1), filler: 0)
        for (index, word) in list.enumerated() {
            words.update(TokenKey.key(word)) { if $0 == 0 { $0 = Int32(index + 1) } }
        }
        self.rule = rule
        self.contextWords = words
        self.contextWordList = list
        self.validators = checks
        self.triggerWords = Set((rule.trigger?.words ?? []).map { TokenKey.key($0) })
        self.triggerBytes = (rule.trigger?.characters ?? "").unicodeScalars.compactMap { UTF8.encode($0)?.first }
    }
}
