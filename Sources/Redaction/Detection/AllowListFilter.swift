/// Removes findings that sit inside text known not to identify anyone: allow-listed
/// phrases (vehicle and weapon makes and models, jargon, public organisations, countries,
/// the caller's own entries) and the regions that `ALLOW` rules mark (case-law captions,
/// statute citations, radio codes).
///
/// Policy: an `ALLOW` rule region removes every finding lying wholly inside it (a statute
/// that names a state is not a location). Gazetteer allow-list phrases remove name and
/// place findings (never rule findings, which carry their own context) that score below
/// 0.9, start inside them and lie at least half inside them — a title ("Deputy Ford",
/// "Officer Young") outweighs the list. It runs before propagation, which then stays
/// out of the allowed regions.
struct AllowListFilter: Detector {
    let name = "allowlist"
    let gazetteer: Gazetteer

    /// The label of rule matches that mark a region as not identifying.
    static let allowLabel: Label = "ALLOW"

    /// The lists whose phrases suppress weak findings.
    static let lists: GazetteerFlags = [.allowVehicle, .allowWeapon, .allowJargon, .allowPublicOrg, .allowLegal, .allowCaller, .country]

    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {
        let text = analysis.text
        var hard: [Range<Int>] = analysis.findings.filter { $0.label == Self.allowLabel }.map(\.range)
        var soft: [Range<Int>] = []
        let tokens = text.tokens
        let lexicon = analysis.lexicon(gazetteer)
        let gate = Self.lists.union(GazetteerFlags.prefixes(leadingTo: Self.lists))
        var index = 0
        var previousEnd: Int?
        var previousKind: GazetteerFlags = []
        while index < tokens.count {
            guard tokens[index].isWord, !lexicon.entries[index].flags.intersection(gate).isEmpty
                    || lexicon.entries[index].hasPossessive,
                  let match = gazetteer.longestMatch(in: text, from: index, wanted: Self.lists) else {
                if tokens[index].kind != .space { previousEnd = nil }
                index += 1
                continue
            }
            let kind = match.flags.intersection(Self.lists)
            var range = Int(tokens[index].start)..<Int(tokens[match.end - 1].end)
            // Caller entries and legal captions are absolute.
            if !kind.intersection([.allowLegal, .allowCaller]).isEmpty {
                hard.append(range)
            } else {
                // A make followed by a model ("Lincoln Navigator") forms one region.
                if let end = previousEnd, !previousKind.intersection(kind).isEmpty, let last = soft.last, last.upperBound == end {
                    soft.removeLast()
                    range = last.lowerBound..<range.upperBound
                }
                soft.append(range)
            }
            previousEnd = range.upperBound
            previousKind = kind
            index = match.end
            // Allow the gap of one space before the next phrase to keep regions joinable.
            if index < tokens.count, tokens[index].kind == .space, !text.utf8[tokens[index].range].contains(0x0A) {
                previousEnd = Int(tokens[index].end)
                if let last = soft.last, last.upperBound == range.upperBound {
                    soft[soft.count - 1] = last.lowerBound..<previousEnd!
                }
                index += 1
            }
        }
        // Propagation stays out of captions, statutes and multi-word phrases ("Ford Explorer");
        // a single listed word ("King", "Young") does not stop a confirmed name from spreading.
        let multiWord = soft.filter { Self.words(in: $0, of: text, atMost: 2).count == 2 }
        analysis.allowedRegions = (hard + multiWord).sorted { $0.lowerBound < $1.lowerBound }
        if hard.isEmpty && soft.isEmpty {
            analysis.findings.removeAll { $0.label == Self.allowLabel }
            return
        }
        let hardIndex = RangeIndex(hard)
        let multiWordIndex = RangeIndex(multiWord)
        let softIndex = RangeIndex(soft)
        analysis.findings.removeAll { finding in
            if finding.label == Self.allowLabel { return true }
            if finding.label == .unanalysed { return false }
            if hardIndex.containsWhole(finding.range) { return true }
            // A rule's own context (a keyword, a shape, a position) outweighs a listed word.
            if finding.detector == "rules" { return false }
            // A phrase of two or more words ("LEO Near Miss", "Crown Victoria") is stronger
            // evidence than one listed word, so it overrides more.
            let inMultiWord = multiWordIndex.containsWhole(finding.range)
            if inMultiWord && finding.score < 0.95 { return true }
            // A title is no evidence when one listed phrase holds it too ("Dr. Pepper" is a
            // drink; "Officer Young" is two listed words, not one phrase).
            if inMultiWord, let title = Self.wordBefore(finding.range.lowerBound, in: text), Cues.titles.contains(text.tokens[title].key),
               let phrase = gazetteer.longestMatch(in: text, from: title, wanted: Self.lists),
               Int(text.tokens[phrase.end - 1].end) >= finding.range.upperBound {
                return true
            }
            if finding.score < 0.9 {
                // Name-like findings mostly inside allow-listed phrases ("Smith & Wesson Model", "Crown Vic's").
                // It must start inside a phrase ("New Jersey" is not the island "Jersey").
                guard softIndex.contains(finding.range.lowerBound) else { return false }
                if Self.isFirstNameAndSurname(finding.range, outside: softIndex, text: text, lexicon: lexicon) { return false }
                // "a man named Maverick Trout", "his name was Tacoma Reyes": after a naming cue a
                // listed word with a second word outside every list phrase is a given name.
                if finding.rule == "name.called", Self.hasWordOutside(finding.range, regions: softIndex, text: text, lexicon: lexicon) { return false }
                if softIndex.coveredCount(finding.range) * 2 >= finding.range.count { return true }
            }
            return false
        }
    }

    /// Whether `span` is two words, a listed word that is also a first name and then a
    /// surname that is not listed: "inmate Marquis Dunlap", "Mercedes Lopez" are people,
    /// where "Toyota Hilux" and "Crown Vic" are cars.
    static func isFirstNameAndSurname(_ span: Range<Int>, outside regions: RangeIndex, text: Text, lexicon: Lexicon) -> Bool {
        let tokens = text.tokens
        let words = Self.words(in: span, of: text, atMost: 3)
        guard words.count == 2 else { return false }
        let (first, second) = (words[0], words[1])
        return lexicon.entries[first].flags.contains(.firstName) && lexicon.entries[second].flags.contains(.surname)
            && tokens[second].shape == .capitalised && !regions.overlaps(tokens[second].range)
    }

    /// Whether `span` holds two or three words and its last one, a listed surname or a word
    /// no dictionary holds ("Trout", "Reyes"; not "Model"), lies outside `regions`.
    static func hasWordOutside(_ span: Range<Int>, regions: RangeIndex, text: Text, lexicon: Lexicon) -> Bool {
        let words = Self.words(in: span, of: text, atMost: 4)
        guard (2...3).contains(words.count), let last = words.last else { return false }
        let flags = lexicon.entries[last].flags
        return text.tokens[last].shape == .capitalised && !regions.overlaps(text.tokens[last].range)
            && (flags.contains(.surname) || !flags.contains(.englishWord))
    }

    /// The indices of the first `limit` word tokens that start inside `range` (the first
    /// token may begin before it).
    static func words(in range: Range<Int>, of text: Text, atMost limit: Int) -> [Int] {
        guard var index = text.tokenIndex(containing: range.lowerBound) else { return [] }
        var words: [Int] = []
        while index < text.tokens.count, Int(text.tokens[index].start) < range.upperBound, words.count < limit {
            if text.tokens[index].isWord { words.append(index) }
            index += 1
        }
        return words
    }

    /// The index of the last word token that ends at or before `offset`.
    static func wordBefore(_ offset: Int, in text: Text) -> Int? {
        guard var index = text.tokenIndex(containing: max(offset - 1, 0)) else { return nil }
        while index >= 0 {
            let token = text.tokens[index]
            if token.isWord, Int(token.end) <= offset { return index }
            index -= 1
        }
        return nil
    }
}
