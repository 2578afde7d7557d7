/// Every later (and earlier) mention of a confirmed name, place or number goes too.
///
/// Once "Deputy Dana Whitfield" is found, "Whitfield", "WHITFIELD", "whitfield",
/// "Whitfield's" and "D. Whitfield" anywhere in the document are the same person. Names
/// that are also ordinary words ("Young", "Price") propagate only to capitalised
/// mentions, so "he was young" stays.
struct Propagation: Detector {
    let name = "propagation"
    let gazetteer: Gazetteer

    /// Findings at or above this score are confirmed and propagate.
    static let confirmed = 0.6

    /// Whether `range`, starting in token `first`, holds a single letter token.
    static func isOneWord(_ range: Range<Int>, from first: Int, in text: Text) -> Bool {
        var index = first
        var words = 0
        while index < text.tokens.count, Int(text.tokens[index].start) < range.upperBound {
            if text.tokens[index].kind == .letter { words += 1 }
            index += 1
        }
        return words <= 1
    }

    /// A capital letter standing alone: not glued to a hyphen ("T-Boy", "B-pillar") or to a
    /// period and another letter ("A.M.", "Q.T.").
    static func isStandaloneCapital(_ index: Int, text: Text) -> Bool {
        let tokens = text.tokens
        guard tokens[index].shape == .allCaps else { return false }
        if index >= 1, tokens[index - 1].kind == .punctuation, Int(tokens[index - 1].end) == Int(tokens[index].start) { return false }
        guard index + 1 < tokens.count, tokens[index + 1].kind == .punctuation, Int(tokens[index + 1].start) == Int(tokens[index].end) else { return true }
        let glued = text.utf8[Int(tokens[index + 1].start)]
        if glued == UInt8(ascii: "-") { return false }
        if glued == UInt8(ascii: "."), index + 2 < tokens.count, tokens[index + 2].kind == .letter,
           Int(tokens[index + 2].start) == Int(tokens[index + 1].end) { return false }
        return true
    }

    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {
        let text = analysis.text
        let tokens = text.tokens
        let lexicon = analysis.lexicon(gazetteer)
        // stem key → what it was confirmed as (a key table: probed once per letter token)
        var known = KeyTable<Mention>(capacity: 64, filler: Mention())
        for finding in analysis.findings where finding.score >= Self.confirmed
            && (finding.label == .person || (finding.label == .location && finding.detector == "names")) {
            guard var index = text.tokenIndex(containing: finding.range.lowerBound) else { continue }
            // A common word of a place's name is no place by itself ("Children's National" does
            // not make "Children" a place); a one-word place spreads whole, and so does a word
            // that is also a name ("Ji-hoon Park" read as a park is still Park).
            let wordOfPlace = finding.label == .location && !Self.isOneWord(finding.range, from: index, in: text)
            while index < tokens.count, Int(tokens[index].start) < finding.range.upperBound {
                let token = tokens[index]
                let entry = lexicon.entries[index]
                if wordOfPlace, entry.flags.contains(.englishWord), entry.flags.intersection(.name).isEmpty { index += 1; continue }
                // An ordinary word spreads only from strong evidence (a title, a role, a full name).
                let ordinaryWord = entry.flags.contains(.englishWord)
                if ordinaryWord && finding.score < 0.8 { index += 1; continue }
                // An agency word inside a name-shaped run ("Houston Police") names no one.
                // A one-letter moniker named by a cue ("goes by Q") spreads to the same capital
                // standing alone.
                let letterName = entry.stem.count == 1 && finding.rule == "name.called" && token.shape == .allCaps
                if token.kind == .letter, entry.stem.count >= 2 || letterName, !Cues.particles.contains(entry.stemKey),
                   !Cues.agencyWords.contains(entry.stemKey),
                   // A place's head word ("Colonia Las Lomas", "Lake Ouachita") or a nickname's
                   // adjective opening a longer name ("Big Tone") is no name of its own: "the
                   // colonia", "Big family gatherings" (a surname "Young" still spreads).
                   !Cues.placeHeadsFirst.contains(entry.stemKey),
                   !(Cues.nicknamePrefixes.contains(entry.stemKey) && Int(token.start) == finding.range.lowerBound
                     && Int(token.end) < finding.range.upperBound),
                   !Cues.stopWords.contains(entry.stemKey) || !entry.flags.intersection(.name).isEmpty,
                   // A police dog's name that is a title word ("My dog is Justice") spreads too.
                   !Cues.titles.contains(entry.stemKey) || finding.rule == "name.title-surname" || finding.rule == "name.animal"
                    // "Lonnie Bishop" … "Bishop came out": a title word that is a common surname
                    // spreads when it follows another word of a person's name.
                    || (finding.label == .person && Cues.titleSurnames.contains(entry.stemKey) && Int(token.start) > finding.range.lowerBound) {
                    known.update(entry.stemKey) { $0 = Mention(person: finding.label == .person, ordinary: entry.flags.contains(.englishWord)) }
                }
                index += 1
            }
        }
        propagateNumbers(&analysis)
        guard known.count > 0 else { return }
        // Tokens some detector already claimed keep that finding (a business stays a place).
        var claimed = [Bool](repeating: false, count: text.utf8.count + 1)
        for finding in analysis.findings where finding.score >= Self.confirmed && finding.label != AllowListFilter.allowLabel {
            for offset in finding.range { claimed[offset] = true }
        }
        let allowed = RangeIndex(analysis.allowedRegions)
        var added: [Finding] = []
        for (index, token) in tokens.enumerated() where token.kind == .letter {

            let entry = lexicon.entries[index]
            guard let mention = known[entry.stemKey] else { continue }
            if entry.stem.count == 1, !Self.isStandaloneCapital(index, text: text) { continue }
            let label: Label = mention.person ? .person : .location
            let ordinary = mention.ordinary
            if allowed.contains(Int(token.start)) { continue }
            // A function word ("will", "may") is never a mention in lower case.
            if ordinary, token.shape == .lower, Cues.stopWords.contains(entry.stemKey) { continue }
            if ordinary && entry.casing != .lower {
                // Only capitalised or capitals mentions of a name that is also a word.
                let first = text.utf8[Int(token.start)]
                // In capitalised writing a sentence never opens in lower case, so a person's
                // name there was typed carelessly ("rusty — full name Russell Bishop").
                let carelessOpening = mention.person && token.shape == .lower && (token.isSentenceStart || afterSentenceEnd(index, text: text))
                guard first >= 0x41 && first <= 0x5A || first >= 0xC3 || carelessOpening else { continue }
                if entry.casing == .caps && token.shape == .allCaps && label == .person && !neighbourIsName(index, text: text, known: known, lexicon: lexicon)
                    && !actsOrOwns(index, text: text) {
                    continue
                }
            }
            var start = Int(token.start)
            // An initial right before: "D. Whitfield".
            if index >= 3, tokens[index - 1].kind == .space, tokens[index - 2].kind == .punctuation,
               text.utf8[Int(tokens[index - 2].start)] == UInt8(ascii: "."), tokens[index - 3].kind == .letter,
               tokens[index - 3].shape == .allCaps, tokens[index - 3].length <= 3,
               // A rank or a short word closing the sentence before ("SGT. PRICE", "WENT UP.
               // PRICE WAS CUFFED") is no initial.
               tokens[index - 3].length == 1 || !(Cues.titles.contains(lexicon.entries[index - 3].stemKey)
                                                  || Cues.stopWords.contains(lexicon.entries[index - 3].stemKey)) {
                start = Int(tokens[index - 3].start)
            }
            // A letter glued by a hyphen before it: "T-Boy".
            if index >= 2, tokens[index - 1].kind == .punctuation, tokens[index - 1].length == 1,
               text.utf8[Int(tokens[index - 1].start)] == UInt8(ascii: "-"), Int(tokens[index - 1].end) == Int(token.start),
               tokens[index - 2].kind == .letter, tokens[index - 2].length == 1, tokens[index - 2].shape == .allCaps,
               Int(tokens[index - 2].end) == Int(tokens[index - 1].start) {
                start = Int(tokens[index - 2].start)
            }
            if claimed[start] && claimed[max(start, entry.stem.upperBound - 1)] { continue }
            added.append(Finding(label: label, range: start..<entry.stem.upperBound, score: 0.9, detector: name, rule: "propagation.\(label.rawValue.lowercased())"))
        }
        analysis.findings.append(contentsOf: added)
    }

    /// A badge, plate or case number confirmed once is the same identifier wherever it
    /// recurs in the document ("UNIT 1123 ENRT … 1123 ONSCENE").
    private func propagateNumbers(_ analysis: inout DocumentAnalysis) {
        let bytes = analysis.text.utf8
        var values: [[UInt8]: Label] = [:]
        for finding in analysis.findings where finding.detector == "rules" && finding.score >= 0.8
            && [Label.badge, .plate, .id].contains(finding.label) && finding.range.count >= 3 {
            values[Array(bytes[finding.range])] = finding.label
        }
        // The house number of a street address names the house when it comes back alone
        // ("we walked up to 14815, which was dark"); four digits or more, and no year.
        for finding in analysis.findings where finding.label == .location && Self.addressRules.contains(finding.rule) {
            let digits = bytes[finding.range].prefix { $0 >= 0x30 && $0 <= 0x39 }
            guard digits.count >= 4, digits.count <= 6, !Self.looksLikeYear(digits) else { continue }
            if values[Array(digits)] == nil { values[Array(digits)] = .location }
        }
        guard !values.isEmpty else { return }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
        var labelled: [Label: RangeIndex] = [:]
        for label in Set(values.values) {
            labelled[label] = RangeIndex(analysis.findings.filter { $0.label == label }.map(\.range))
        }
        var added: [Finding] = []
        bytes.withUnsafeBufferPointer { buffer in
            for (value, label) in values {
                guard let first = value.first, value.count <= buffer.count else { continue }
                var offset = 0
                while offset + value.count <= buffer.count {
                    if buffer[offset] == first, offset == 0 || !isAlphanumeric(buffer[offset - 1]),
                       offset + value.count == buffer.count || !isAlphanumeric(buffer[offset + value.count]),
                       buffer[offset..<(offset + value.count)].elementsEqual(value) {
                        let range = offset..<(offset + value.count)
                        // A house number coming back with a unit after it is a count or an
                        // amount ("paid 14815 dollars", "fired 14815 rounds"), not the house.
                        let counted = label == .location && Self.unitFollows(buffer, at: range.upperBound)
                        if !counted, !labelled[label, default: RangeIndex([])].overlaps(range) {
                            added.append(Finding(label: label, range: range, score: 0.85, detector: name,
                                                 rule: "propagation.\(label.rawValue.lowercased())"))
                        }
                        offset += value.count
                    } else {
                        offset += 1
                    }
                }
            }
        }
        analysis.findings.append(contentsOf: added)
    }

    /// Words of measure or amount that make a bare number a count, not a house number.
    private static let unitWords: Set<String> = ["dollars", "bucks", "rounds", "feet", "foot", "ft", "yards", "miles", "meters", "metres",
                                                 "pounds", "lbs", "people", "times", "calls", "cars", "hours", "hrs", "minutes", "volts",
                                                 "acres", "views", "residents", "gallons", "cash", "worth"]

    /// Whether a unit word (``unitWords``) follows the number ending at `end`, after spaces.
    static func unitFollows(_ buffer: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        var index = end
        while index < buffer.count, buffer[index] == 0x20 || buffer[index] == 0x09 { index += 1 }
        guard index > end else { return false }
        var wordEnd = index
        while wordEnd < buffer.count, (buffer[wordEnd] | 0x20) >= 0x61, (buffer[wordEnd] | 0x20) <= 0x7A { wordEnd += 1 }
        guard wordEnd > index, let word = String(bytes: buffer[index..<wordEnd], encoding: .ascii) else { return false }
        return unitWords.contains(word.lowercased())
    }

    /// Rules whose findings open with a house number.
    private static let addressRules: Set<String> = ["location.street-address", "location.street-address-caps", "location.address-block"]

    /// Four digits from 1900 to 2099 read as a year as often as a house number.
    private static func looksLikeYear(_ digits: ArraySlice<UInt8>) -> Bool {
        guard digits.count == 4, let first = digits.first, let second = digits.dropFirst().first else { return false }
        return (first == UInt8(ascii: "1") && second == UInt8(ascii: "9")) || (first == UInt8(ascii: "2") && second == UInt8(ascii: "0"))
    }

    /// Lower-case words that end in an abbreviating period ("approx. long", "dept. page").
    private static let abbreviations = KeySet(["approx", "dept", "apt", "ave", "blvd", "est", "etc", "inc", "ste", "vol", "fig", "cmdr", "const",
                                              "ofc", "dep", "det", "sgt", "cpl", "tpr", "capt", "mrs", "misc", "pcs", "hrs", "min", "mins", "sec", "secs",
                                              "maj", "gen", "col", "rev", "hon", "sen", "rep", "gov", "insp", "supt", "cst", "ptl", "ofcr", "prof", "univ",
                                              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                              "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"].map { TokenKey.key($0) })

    /// A word after a full stop that follows a word of three or more letters, no
    /// abbreviation ("… a swollen eye. rusty …", "… Daniel Deacon. deacon ran"): the
    /// tokenizer starts sentences only at capitals.
    private func afterSentenceEnd(_ index: Int, text: Text) -> Bool {
        let tokens = text.tokens
        guard index >= 3, tokens[index - 1].kind == .space, tokens[index - 2].kind == .punctuation,
              text.utf8[Int(tokens[index - 2].start)] == UInt8(ascii: "."), tokens[index - 2].length == 1 else { return false }
        let word = tokens[index - 3]
        return word.kind == .letter && word.length >= 3 && !Self.abbreviations.contains(word.key)
    }

    /// In capitals, where case says nothing, a word that is also a name is the person when it
    /// owns something or acts ("PRICE'S WRIST", "YOUNG DROPPED HER BIKE", "LONG WAS CUFFED").
    private func actsOrOwns(_ index: Int, text: Text) -> Bool {
        let tokens = text.tokens
        let token = tokens[index]
        let bytes = text.utf8
        // After an article or a demonstrative the word is the noun ("THE PRICE WAS HIGH",
        // "A LONG WAS …"), not the person.
        if index >= 2, tokens[index - 1].kind == .space, tokens[index - 2].kind == .letter,
           Cues.determiners.contains(tokens[index - 2].key) {
            return false
        }
        // The shadow has already turned a typographic apostrophe into "'".
        if token.length > 2, bytes[Int(token.end) - 1] == UInt8(ascii: "S"), bytes[Int(token.end) - 2] == UInt8(ascii: "'") {
            return true
        }
        guard index + 2 < tokens.count, tokens[index + 1].kind == .space, tokens[index + 1].length == 1, tokens[index + 2].kind == .letter else { return false }
        let next = tokens[index + 2].key
        return Cues.actionVerbs.contains(next) && !Self.notActing.contains(next)
    }

    /// Words on the action-verb list that follow adjectives as readily as names.
    private static let notActing = KeySet(["and", "then", "still", "just", "also", "will", "can", "should", "might", "must", "never", "always", "is"].map { TokenKey.key($0) })

    private func neighbourIsName(_ index: Int, text: Text, known: KeyTable<Mention>, lexicon: Lexicon) -> Bool {
        let tokens = text.tokens
        for neighbour in [index - 2, index + 2] where neighbour >= 0 && neighbour < tokens.count {
            if let mention = known[lexicon.entries[neighbour].stemKey], mention.person, !mention.ordinary { return true }
        }
        return false
    }

    /// What a confirmed stem was found as: a person (else a place), and whether it is also
    /// an ordinary English word.
    struct Mention: Sendable {
        var person = false
        var ordinary = false
    }
}
