/// Groups the mentions of a document into entities, for numbered tags, surrogates and
/// pseudonyms.
///
/// Normalisation: case-folded, white space collapsed, a possessive `'s`/`’s` (or a
/// trailing apostrophe after `s`) removed from names; identifier-like labels (phone,
/// badge, id, plate) keep only their letters and digits, upper-cased. A one-word mention
/// joins a several-word entity of the same label whose first or last word it equals —
/// the most recently mentioned one before it, or else the first one after it.
struct Mention {
    let label: Label
    /// The mention without its possessive suffix.
    let core: String
    /// The possessive suffix (`'s`, `’s`, `'`), kept in surrogates.
    let suffix: String
    /// Normalised words.
    let words: [String]

    var key: String { words.joined(separator: " ") }

    static let identifierLabels: Set<Label> = [.phone, .badge, .id, .plate]
    static let verbatimLabels: Set<Label> = [.phone, .badge, .id, .plate, .date, .time, .email, .url, .unanalysed]

    /// Splits `raw` into core and possessive suffix; with `normalising` false (no operator
    /// needs entities) the words are left empty, which skips the costly case folding.
    init(label: Label, raw: String, normalising: Bool = true) {
        self.label = label
        var core = Substring(raw)
        var suffix = Substring()
        if !Self.verbatimLabels.contains(label) {
            for possessive in ["'s", "’s", "'S", "’S"] where core.hasSuffix(possessive) && core.count > possessive.count {
                suffix = core.suffix(2)
                core = core.dropLast(2)
                break
            }
            if suffix.isEmpty, core.count > 2, core.hasSuffix("s'") || core.hasSuffix("s’") {
                suffix = core.suffix(1)
                core = core.dropLast()
            }
        }
        self.core = String(core)
        self.suffix = String(suffix)
        if !normalising {
            words = []
        } else if Self.identifierLabels.contains(label) {
            let compact = String(core.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }).uppercased()
            words = [compact]
        } else {
            words = core.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        }
    }
}

/// The entity each mention belongs to.
struct EntityAssignment {
    /// Per mention: the canonical key of its entity (the key of its longest form).
    let canonical: [String]
    /// Per mention: its number within its label, from 1, in order of first mention.
    let number: [Int]
    /// Per mention: for a one-word mention of a several-word entity, which word of the
    /// entity it is; nil when the mention is the entity's full form.
    let role: [Int?]
    /// Canonical key → its words.
    let words: [String: [String]]

    /// No grouping: every mention on its own (for operators that need no entities).
    init(unassigned count: Int) {
        canonical = [String](repeating: "", count: count)
        number = [Int](repeating: 1, count: count)
        role = [Int?](repeating: nil, count: count)
        words = [:]
    }

    init(_ mentions: [Mention]) {
        // Several-word entities per label, by first occurrence.
        var firstSeen: [Label: [String: Int]] = [:]
        var wordsOf: [String: [String]] = [:]
        for (index, mention) in mentions.enumerated() where mention.words.count > 1 {
            if firstSeen[mention.label, default: [:]][mention.key] == nil {
                firstSeen[mention.label, default: [:]][mention.key] = index
                wordsOf[mention.key] = mention.words
            }
        }
        var canonical: [String] = []
        var role: [Int?] = []
        var lastSeen: [String: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            var chosen = mention.key
            var chosenRole: Int?
            if mention.words.count == 1, let entities = firstSeen[mention.label] {
                let word = mention.words[0]
                let matching = entities.filter { key, _ in
                    guard let words = wordsOf[key] else { return false }
                    return words.first == word || words.last == word
                }
                let earlier = matching.filter { $0.value < index }
                    .max { (lastSeen[$0.key] ?? $0.value, $0.key) < (lastSeen[$1.key] ?? $1.value, $1.key) }
                let later = matching.filter { $0.value > index }.min { ($0.value, $0.key) < ($1.value, $1.key) }
                if let pick = earlier ?? later, let words = wordsOf[pick.key] {
                    chosen = pick.key
                    chosenRole = words.last == word ? words.count - 1 : 0
                }
            }
            if wordsOf[chosen] == nil { wordsOf[chosen] = mention.words }
            lastSeen[chosen] = index
            canonical.append(chosen)
            role.append(chosenRole)
        }
        var numbers: [Label: [String: Int]] = [:]
        var number: [Int] = []
        for (index, mention) in mentions.enumerated() {
            var table = numbers[mention.label, default: [:]]
            let n = table[canonical[index]] ?? table.count + 1
            table[canonical[index]] = n
            numbers[mention.label] = table
            number.append(n)
        }
        self.canonical = canonical
        self.number = number
        self.role = role
        self.words = wordsOf
    }
}
