/// Writes the redacted text and the audit's changes for a sorted, non-overlapping list of
/// findings. Deterministic: the same text, findings, configuration and key always give
/// the same output, which is what lets an audit be re-applied.
struct Renderer: Sendable {
    let configuration: RedactorConfiguration
    let hash: KeyedHash
    /// The day offset every date of every document moves by (never zero).
    let dateShiftDays: Int

    init(configuration: RedactorConfiguration, hash: KeyedHash) {
        self.configuration = configuration
        self.hash = hash
        let bytes = hash.digest("date-shift:", [UInt8]())
        let raw = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
        let bucket = raw % 730
        self.dateShiftDays = bucket < 365 ? -(bucket + 1) : bucket - 364
    }

    struct Item {
        let finding: Finding
        let status: RedactionChange.Status
    }

    struct Output {
        let text: String
        let changes: [RedactionChange]
        let inputLength: TextLength
        let outputLength: TextLength
    }

    /// Per-document memory of the surrogates chosen so far, so every mention of an entity
    /// gets the same stand-in and two entities never share one.
    private struct SurrogateState {
        var attempt: [String: Int] = [:]
        var person: [String: [String]] = [:]
        var taken: [String: String] = [:]
    }

    func render(_ text: Text, _ items: [Item]) throws(TextError) -> Output {
        let raws = items.map { text.slice($0.finding.range) }
        // Tags and masks need no entities; numbering, pseudonyms and surrogates do.
        let needsEntities = items.contains { item in
            guard item.finding.label != .unanalysed else { return false }
            switch configuration.operator(for: item.finding.label) {
            case .numbered, .pseudonym, .surrogate: return true
            case .tag, .mask: return false
            }
        }
        let mentions = zip(items, raws).map { Mention(label: $0.finding.label, raw: $1, normalising: needsEntities) }
        let entities = needsEntities ? EntityAssignment(mentions) : EntityAssignment(unassigned: mentions.count)
        var state = SurrogateState()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var changes: [RedactionChange] = []
        var cursor = 0
        var outScalars = 0
        var outUTF16 = 0
        for (index, item) in items.enumerated() {
            let finding = item.finding
            let range = finding.range
            // Unchanged text before the finding.
            let gapScalars = try text.offsets.convert(range.lowerBound, from: .utf8, to: .unicodeScalars)
                - text.offsets.convert(cursor, from: .utf8, to: .unicodeScalars)
            let gapUTF16 = try text.offsets.convert(range.lowerBound, from: .utf8, to: .utf16)
                - text.offsets.convert(cursor, from: .utf8, to: .utf16)
            bytes.append(contentsOf: text.utf8[cursor..<range.lowerBound])
            outScalars += gapScalars
            outUTF16 += gapUTF16
            let (op, base) = replace(index, mentions[index], raw: raws[index], entities: entities, state: &state)
            // A possessive ending reveals nothing; keep it so the sentence still reads ("[PERSON-1]'s car").
            // Surrogates already carry it.
            let replacement = op == .surrogate ? base : base + mentions[index].suffix
            let start = (bytes.count, outScalars, outUTF16)
            bytes.append(contentsOf: replacement.utf8)
            outScalars += replacement.unicodeScalars.count
            outUTF16 += replacement.utf16.count
            changes.append(RedactionChange(
                status: item.status, label: finding.label, detector: finding.detector, rule: finding.rule, score: finding.score,
                context: finding.context, input: try TextSpan(utf8: range, in: text),
                output: TextSpan(utf8: start.0..<bytes.count, unicodeScalars: start.1..<outScalars, utf16: start.2..<outUTF16),
                operator: op, replacement: replacement, fingerprint: hash.fingerprint(text.utf8[range]),
                failClosed: finding.label == .unanalysed,
                original: configuration.includeOriginalText ? raws[index] : nil))
            cursor = range.upperBound
        }
        let tailScalars = text.offsets.scalarCount - (try text.offsets.convert(cursor, from: .utf8, to: .unicodeScalars))
        let tailUTF16 = text.offsets.utf16Count - (try text.offsets.convert(cursor, from: .utf8, to: .utf16))
        bytes.append(contentsOf: text.utf8[cursor...])
        outScalars += tailScalars
        outUTF16 += tailUTF16
        return Output(
            text: String(decoding: bytes, as: UTF8.self), changes: changes,
            inputLength: TextLength(utf8: text.offsets.utf8Count, unicodeScalars: text.offsets.scalarCount, utf16: text.offsets.utf16Count),
            outputLength: TextLength(utf8: bytes.count, unicodeScalars: outScalars, utf16: outUTF16))
    }

    private func tag(_ label: Label) -> String { "[\(label.rawValue)]" }

    private func replace(_ index: Int, _ mention: Mention, raw: String, entities: EntityAssignment,
                         state: inout SurrogateState) -> (RedactionOperator, String) {
        let label = mention.label
        if label == .unanalysed { return (.tag, tag(label)) }
        let canonical = entities.canonical[index]
        switch configuration.operator(for: label) {
        case .tag:
            return (.tag, tag(label))
        case .numbered:
            return (.numbered, "[\(label.rawValue)-\(entities.number[index])]")
        case .mask:
            return (.mask, String(repeating: configuration.maskCharacter, count: configuration.maskLength))
        case .pseudonym:
            let digest = KeyedHash.hex(hash.digest(label.rawValue + ":", Array(canonical.utf8)))
            return (.pseudonym, "\(label.rawValue)-\(digest.prefix(configuration.pseudonymLength))")
        case .surrogate:
            guard Surrogates.hasGenerator(label) else { return (.tag, tag(label)) }
            if label == .date {
                guard let shifted = DateShift.shift(raw, days: dateShiftDays) else { return (.tag, tag(label)) }
                return (.surrogate, shifted)
            }
            let surrogate = label == .person
                ? person(mention, canonical: canonical, role: entities.role[index], words: entities.words[canonical] ?? mention.words, state: &state)
                : generic(mention, canonical: canonical, state: &state)
            // Fail closed: when no stand-in different from the original exists (a one-digit
            // id, say), write the tag instead.
            guard let surrogate else { return (.tag, tag(label)) }
            return (.surrogate, surrogate)
        }
    }

    private func person(_ mention: Mention, canonical: String, role: Int?, words: [String], state: inout SurrogateState) -> String? {
        let surrogate: [String]
        if let known = state.person[canonical] {
            surrogate = known
        } else {
            var attempt = 0
            var chosen: [String] = []
            var found = false
            repeat {
                var stream = hash.stream("surrogate:PERSON:\(attempt):\(canonical)")
                chosen = Surrogates.personWords(count: max(words.count, 1), stream: &stream)
                attempt += 1
                let lowered = chosen.map { $0.lowercased() }
                let reusesOriginal = lowered.contains { words.contains($0) }
                let owner = state.taken["PERSON:" + lowered.joined(separator: " ")]
                if !reusesOriginal, owner == nil || owner == canonical {
                    found = true
                    break
                }
            } while attempt < 64
            guard found else { return nil }
            state.taken["PERSON:" + chosen.map { $0.lowercased() }.joined(separator: " ")] = canonical
            state.person[canonical] = chosen
            surrogate = chosen
        }
        let used = role.map { [surrogate[min($0, surrogate.count - 1)]] } ?? surrogate
        return Surrogates.personMention(mention.core, surrogate: used) + mention.suffix
    }

    private func generic(_ mention: Mention, canonical: String, state: inout SurrogateState) -> String? {
        let label = mention.label
        let make = { (attempt: Int) -> String in
            var stream = hash.stream("surrogate:\(label.rawValue):\(attempt):\(canonical)")
            return label == .phone ? Surrogates.phone(mention.core, stream: &stream)
                : Surrogates.characterForCharacter(mention.core, stream: &stream)
        }
        let entity = "\(label.rawValue):\(canonical)"
        if let attempt = state.attempt[entity] { return make(attempt) + mention.suffix }
        for attempt in 0..<64 {
            let candidate = make(attempt)
            let key = Mention(label: label, raw: candidate).key
            let owner = state.taken["\(label.rawValue):" + key]
            guard key != canonical, owner == nil || owner == canonical else { continue }
            state.attempt[entity] = attempt
            state.taken["\(label.rawValue):" + key] = canonical
            return candidate + mention.suffix
        }
        return nil
    }
}
