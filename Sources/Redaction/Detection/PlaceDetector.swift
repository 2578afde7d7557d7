/// Places the gazetteer knows that the name detector's runs do not settle: named
/// businesses (Circle K, 7-Eleven, Walgreens), places in capitals in dispatch logs
/// (EL PASO), and state or province codes where an address puts them ("Dunlap, IL",
/// "TX 78701", "DC tag").
struct PlaceDetector: Detector {
    let name = "gazetteer"
    let gazetteer: Gazetteer

    /// The lists a place match may come from.
    static let wanted: GazetteerFlags = [.business, .usPlace, .usState, .county, .foreignPlace]
    /// A token that is one of them, or starts one.
    static let gate: GazetteerFlags = wanted.union(GazetteerFlags.prefixes(leadingTo: wanted))
    /// Things a brand names that are not its shop ("a Walmart bag", "a Starbucks cup").
    static let productNouns = KeySet(["bag", "bags", "sack", "receipt", "receipts", "cup", "cups", "card", "cards", "logo", "uniform",
                                      "vest", "shirt", "polo", "hat", "cap", "box", "boxes", "bottle", "bottles", "brand", "coupon",
                                      "coupons", "app", "rewards", "wrapper", "wrappers", "jersey", "hoodie", "lanyard"].map { TokenKey.key($0) })

    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {
        let text = analysis.text
        let tokens = text.tokens
        let lexicon = analysis.lexicon(gazetteer)
        let bytes = text.utf8
        var found: [Finding] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.isWord else {
                index += 1
                continue
            }
            let first = bytes[Int(token.start)]
            let upperInitial = (first >= 0x41 && first <= 0x5A) || first >= 0xC3 || token.kind == .number
            let casing = lexicon.entries[index].casing
            let single = lexicon.entries[index].flags
            // "a fight in north tulsa", "out to pahrump": in ordinary prose a listed US town written
            // in lower case after a place word is still the town, when it is no word and no name.
            if casing == .normal, token.kind == .letter, token.shape == .lower, single.contains(.usPlace),
               single.intersection([.englishWord, .business]).isEmpty, single.intersection(.name).isEmpty, single.intersection(.allow).isEmpty,
               token.length >= 4, prepositionRightBefore(index, text: text, lexicon: lexicon),
               gazetteer.longestMatch(in: text, from: index, wanted: Self.wanted)?.end == index + 1 {
                found.append(Finding(label: .location, range: token.range, score: 0.7, detector: name, rule: "gazetteer:places-lowercase-in-prose"))
                index += 1
                continue
            }
            if upperInitial || casing == .lower, !single.intersection(Self.gate).isEmpty,
               let match = gazetteer.longestMatch(in: text, from: index, wanted: Self.wanted) {
                let range = Int(token.start)..<Int(tokens[match.end - 1].end)
                let words = match.end - index
                if match.flags.contains(.business), upperInitial || words > 1, productAfter(match.end, text: text) {
                    // The brand names a thing ("a Walmart bag"): no place, and no name either —
                    // an ALLOW region, which the allow-list filter clears of every finding.
                    found.append(Finding(label: AllowListFilter.allowLabel, range: range, score: 1, detector: name, rule: "gazetteer:brand-product"))
                } else if match.flags.contains(.business), upperInitial || words > 1,
                   !(words == 1 && sentenceStartWord(index, englishWord: match.flags.contains(.englishWord), text: text, lexicon: lexicon)) {
                    // A whole multi-word brand ("Motel 6", "Super 8") outweighs the jargon word inside it.
                    found.append(Finding(label: .location, range: storeNumberExtended(range, after: match.end, text: text, lexicon: lexicon),
                                         score: words > 1 ? 0.9 : 0.85, detector: name, rule: "gazetteer:businesses"))
                } else if casing == .lower, match.flags.contains(.business), businessArticleBefore(index, englishWord: match.flags.contains(.englishWord),
                                                                                                  text: text, lexicon: lexicon) {
                    found.append(Finding(label: .location, range: range, score: 0.7, detector: name, rule: "gazetteer:businesses-lowercase"))
                } else if casing == .normal, upperInitial, token.kind == .letter, match.flags.intersection([.business, .allow]).isEmpty,
                          !match.flags.intersection([.usPlace, .foreignPlace, .county]).isEmpty, afterHeadAndComma(index, text: text, lexicon: lexicon) {
                    found.append(Finding(label: .location, range: range, score: 0.85, detector: name, rule: "gazetteer:place-after-agency"))
                } else if casing == .normal, upperInitial, token.kind == .letter, words > 2, match.flags.intersection([.business, .allow]).isEmpty,
                          !match.flags.intersection([.usPlace, .foreignPlace, .county]).isEmpty,
                          tokens[match.end - 1].shape == .capitalised, Self.hasLowerWord(in: index..<match.end, of: tokens) {
                    // "near Truth or Consequences", "Lake in the Hills": a lower-case connector
                    // breaks the name detector's capitalised runs, so the listed place is taken whole.
                    found.append(Finding(label: .location, range: range, score: 0.85, detector: name, rule: "gazetteer:place-with-connector"))
                } else if casing == .caps, words > 1, token.shape == .allCaps, match.flags.intersection(.allow).isEmpty {
                    found.append(Finding(label: .location, range: range, score: 0.75, detector: name, rule: "gazetteer:places-caps"))
                } else if casing == .caps, token.shape == .allCaps, !match.flags.contains(.englishWord),
                          match.flags.intersection(.name).isEmpty, match.flags.intersection(.allow).isEmpty, token.length >= 4 {
                    found.append(Finding(label: .location, range: range, score: 0.7, detector: name, rule: "gazetteer:places-caps"))
                } else if casing == .lower, words > 1, !match.flags.intersection([.usPlace, .usState, .county]).isEmpty,
                          !Self.allEnglish(index..<match.end, of: tokens, lexicon: lexicon) || placePrepositionBefore(index, text: text, lexicon: lexicon) {
                    // A town made of ordinary words ("left hand", "long pine") only after a place word.
                    let whole = match.flags.contains(.county) ? facilityExtended(range, after: match.end, text: text, lexicon: lexicon) : range
                    found.append(Finding(label: .location, range: whole, score: 0.65, detector: name, rule: "gazetteer:places-lowercase"))
                } else if casing == .lower, match.flags.contains(.usState) {
                    found.append(Finding(label: .location, range: range, score: 0.7, detector: name, rule: "gazetteer:states-lowercase"))
                } else if casing == .lower, !match.flags.contains(.englishWord), match.flags.intersection(.name).isEmpty,
                          !match.flags.intersection([.usPlace, .foreignPlace, .county]).isEmpty, placePrepositionBefore(index, text: text, lexicon: lexicon) {
                    let whole = compassExtended(range, before: index, text: text, lexicon: lexicon)
                    found.append(Finding(label: .location, range: whole, score: 0.7, detector: name, rule: "gazetteer:places-lowercase"))
                    // The town alone too: the allow-list may clear a span that is half compass word ("north tulsa").
                    if whole != range {
                        found.append(Finding(label: .location, range: range, score: 0.7, detector: name, rule: "gazetteer:places-lowercase"))
                    }
                }
                if words > 1 {
                    index = match.end
                    continue
                }
            }
            // A two-letter state or province code in an address position.
            if token.kind == .letter, token.length == 2, token.shape == .allCaps, lexicon.entries[index].flags.contains(.stateCode) {
                if isBracketedAfterName(index, text: text) {
                    // Strong enough to outweigh the code's other readings ("MS", "OK") on the allow-list.
                    found.append(Finding(label: .location, range: token.range, score: 0.9, detector: name, rule: "gazetteer:state-codes"))
                } else if isAddressPosition(index, text: text) {
                    found.append(Finding(label: .location, range: token.range, score: 0.8, detector: name, rule: "gazetteer:state-codes"))
                }
            }
            index += 1
        }
        found.append(contentsOf: wrappedPlaces(text: text, lexicon: lexicon))
        analysis.findings.append(contentsOf: found)
    }

    /// Whether every word in `range` is an ordinary English word.
    static func allEnglish(_ range: Range<Int>, of tokens: [Token], lexicon: Lexicon) -> Bool {
        range.allSatisfy { tokens[$0].kind != .letter || lexicon.entries[$0].flags.contains(.englishWord) }
    }

    /// Whether a lower-case word (a connector: "or", "of", "in the") lies inside `range`.
    static func hasLowerWord(in range: Range<Int>, of tokens: [Token]) -> Bool {
        tokens[range].contains { $0.kind == .letter && $0.shape == .lower }
    }

    /// "out to Calumet⏎City", "in Fond du⏎Lac": a listed place of several words that a plain
    /// line break (scanned or wrapped text) splits. Only a capitalised word that starts a
    /// listed entry, at a line end, before a capitalised word, is looked up again joined.
    private func wrappedPlaces(text: Text, lexicon: Lexicon) -> [Finding] {
        let tokens = text.tokens
        let bytes = text.utf8
        var found: [Finding] = []
        var index = 0
        while index + 2 < tokens.count {
            defer { index += 1 }
            let break_ = tokens[index + 1]
            guard break_.kind == .space, break_.length == 1, bytes[Int(break_.start)] == 0x0A, tokens[index].kind == .letter,
                  tokens[index].shape == .capitalised || tokens[index].shape == .allCaps,
                  !lexicon.entries[index].flags.intersection(GazetteerFlags.prefixes(leadingTo: Self.wanted)).isEmpty else { continue }
            // The run of words on both sides of the break, at most three each way.
            var first = index
            var steps = 0
            while first >= 2, steps < 2, tokens[first - 1].kind == .space, tokens[first - 1].length == 1, bytes[Int(tokens[first - 1].start)] == 0x20,
                  tokens[first - 2].kind == .letter, bytes[Int(tokens[first - 2].start)] >= 0x41, bytes[Int(tokens[first - 2].start)] <= 0x5A {
                first -= 2
                steps += 1
            }
            let next = tokens[index + 2]
            guard next.kind == .letter, next.shape == .capitalised || next.shape == .allCaps else { continue }
            var last = index + 2
            steps = 0
            while last + 2 < tokens.count, steps < 2, tokens[last + 1].kind == .space, tokens[last + 1].length == 1,
                  bytes[Int(tokens[last + 1].start)] == 0x20, tokens[last + 2].kind == .letter {
                last += 2
                steps += 1
            }
            for start in stride(from: first, through: index, by: 2) {
                let joined = text.slice(Int(tokens[start].start)..<Int(tokens[index].end)) + " "
                    + text.slice(Int(next.start)..<Int(tokens[last].end))
                guard let probe = try? Text(joined),
                      let match = gazetteer.longestMatch(in: probe, from: 0, wanted: [.usPlace, .county, .business, .foreignPlace]),
                      match.flags.intersection(.allow).isEmpty else { continue }
                // The match must cross the break: it ends past the joining space.
                let joinAt = Int(tokens[index].end) - Int(tokens[start].start)
                let matchEnd = Int(probe.tokens[match.end - 1].end)
                guard matchEnd > joinAt + 1 else { continue }
                let end = Int(next.start) + (matchEnd - joinAt - 1)
                found.append(Finding(label: .location, range: Int(tokens[start].start)..<end, score: 0.75, detector: name,
                                     rule: "gazetteer:wrapped-place"))
                break
            }
        }
        return found
    }

    /// Extends a county over the facility written right after it in lower case
    /// ("niobrara county jail", "polk county detention center"): the facility is the place.
    private func facilityExtended(_ range: Range<Int>, after end: Int, text: Text, lexicon: Lexicon) -> Range<Int> {
        let tokens = text.tokens
        guard end + 1 < tokens.count, tokens[end].kind == .space, tokens[end].length == 1, tokens[end + 1].kind == .letter,
              tokens[end + 1].shape == .lower, Cues.countyFacilities.contains(lexicon.entries[end + 1].stemKey) else { return range }
        var upper = Int(tokens[end + 1].end)
        if end + 3 < tokens.count, tokens[end + 2].kind == .space, tokens[end + 2].length == 1, tokens[end + 3].kind == .letter,
           tokens[end + 3].shape == .lower, Cues.facilityTails.contains(lexicon.entries[end + 3].stemKey) {
            upper = Int(tokens[end + 3].end)
        }
        return range.lowerBound..<upper
    }

    /// Extends a business over its store number ("QuikTrip #417", "Family Dollar store #8841",
    /// "Walgreens No. 2291"): the number says which of a chain's stores it was.
    func storeNumberExtended(_ range: Range<Int>, after end: Int, text: Text, lexicon: Lexicon) -> Range<Int> {
        let tokens = text.tokens
        var sawStoreWord = false
        /// The token after the one space at `space`, if it is there.
        func step(_ space: Int) -> Int? {
            guard space + 1 < tokens.count, tokens[space].kind == .space, tokens[space].length == 1, !lexicon.entries[space].breaksLine else { return nil }
            return space + 1
        }
        guard var next = step(end) else { return range }
        if tokens[next].kind == .letter, Cues.storeWords.contains(lexicon.entries[next].stemKey) {
            sawStoreWord = true
            guard let after = step(next + 1) else { return range }
            next = after
        }
        if tokens[next].kind == .letter, lexicon.entries[next].stemKey == Cues.numberAbbreviationKey, next + 1 < tokens.count,
           text.isPunctuation(next + 1, UInt8(ascii: ".")) {
            next += 2
            if next < tokens.count, tokens[next].kind == .space, tokens[next].length == 1 { next += 1 }
        } else if text.isPunctuation(next, UInt8(ascii: "#")) {
            next += 1
            // "QuikTrip # 417": one space after the sign.
            if next + 1 < tokens.count, tokens[next].kind == .space, tokens[next].length == 1, tokens[next + 1].kind == .number { next += 1 }
        } else if !sawStoreWord {
            return range
        }
        guard next < tokens.count, tokens[next].kind == .number, (2...6).contains(tokens[next].length) else { return range }
        return range.lowerBound..<Int(tokens[next].end)
    }

    /// Extends a place over a compass word written right before it ("south knoxville").
    private func compassExtended(_ range: Range<Int>, before index: Int, text: Text, lexicon: Lexicon) -> Range<Int> {
        let tokens = text.tokens
        guard index >= 2, tokens[index - 1].kind == .space, tokens[index - 1].length == 1, tokens[index - 2].kind == .letter else { return range }
        guard Cues.compassWords.contains(lexicon.entries[index - 2].stemKey) else { return range }
        return Int(tokens[index - 2].start)..<range.upperBound
    }

    /// A brand that is also an English word, capitalised only because it opens a sentence
    /// and followed by a lower-case word that is not a place preposition or by a colon:
    /// "Holiday weekends are …", "Shell casings were …", "Target was …", "Target: Dequan
    /// Tillery" — but not "Chevron on Main was robbed".
    private func sentenceStartWord(_ index: Int, englishWord: Bool, text: Text, lexicon: Lexicon) -> Bool {
        let tokens = text.tokens
        guard englishWord, tokens[index].isSentenceStart, tokens[index].shape == .capitalised, lexicon.entries[index].casing == .normal,
              !lexicon.entries[index].hasPossessive else { return false }
        var after = index + 1
        while after < tokens.count, tokens[after].kind == .space, !lexicon.entries[after].breaksLine { after += 1 }
        guard after < tokens.count else { return false }
        // "Target: Dequan Tillery" — a heading label, not the store.
        if tokens[after].kind == .punctuation, text.utf8[Int(tokens[after].start)] == UInt8(ascii: ":") { return true }
        guard tokens[after].kind == .letter, tokens[after].shape == .lower else { return false }
        return !Cues.placePrepositions.contains(lexicon.entries[after].stemKey)
    }

    /// A product noun right after a brand, one space on ("a Walmart bag"): the brand names a thing, not a place.
    private func productAfter(_ end: Int, text: Text) -> Bool {
        let tokens = text.tokens
        guard end + 1 < tokens.count, tokens[end].kind == .space, tokens[end].length == 1 else { return false }
        return tokens[end + 1].kind == .letter && Self.productNouns.contains(tokens[end + 1].key)
    }

    /// "the" right before a one-word business in lower-case writing ("the wawa"); a brand
    /// that is also an English word ("the shell") needs a place preposition before "the"
    /// as well ("sent to the shell", "at the shell").
    private func businessArticleBefore(_ index: Int, englishWord: Bool, text: Text, lexicon: Lexicon) -> Bool {
        let tokens = text.tokens
        guard index >= 2, tokens[index - 1].kind == .space, tokens[index - 2].kind == .letter,
              lexicon.entries[index - 2].stemKey == Cues.theKey else { return false }
        guard englishWord else { return true }
        guard index >= 4, tokens[index - 3].kind == .space, tokens[index - 4].kind == .letter else { return false }
        return Cues.placePrepositions.contains(lexicon.entries[index - 4].stemKey)
    }

    /// "Coconino County Detention Facility, Flagstaff", "Jackson Police Department, Jackson":
    /// a listed place right after an agency's or a facility's head word and a comma is where
    /// it is, even when the place is also a word.
    private func afterHeadAndComma(_ index: Int, text: Text, lexicon: Lexicon) -> Bool {
        let tokens = text.tokens
        guard index >= 3, tokens[index - 1].kind == .space, tokens[index - 2].kind == .punctuation,
              text.utf8[Int(tokens[index - 2].start)] == UInt8(ascii: ","), tokens[index - 3].kind == .letter else { return false }
        let head = lexicon.entries[index - 3].stemKey
        return Cues.orgHeads.contains(head) || Cues.placeHeads.contains(head) || head == Cues.facilityKey
    }

    /// A place preposition right before the token, or before a compass word right before it
    /// ("to pahrump", "in north tulsa"; not "to the centre").
    private func prepositionRightBefore(_ index: Int, text: Text, lexicon: Lexicon) -> Bool {
        let tokens = text.tokens
        var position = index - 2
        guard position >= 0, tokens[index - 1].kind == .space, tokens[position].kind == .letter else { return false }
        if Cues.compassWords.contains(lexicon.entries[position].stemKey) {
            guard position >= 2, tokens[position - 1].kind == .space, tokens[position - 2].kind == .letter else { return false }
            position -= 2
        }
        return tokens[position].shape == .lower && Cues.placePrepositions.contains(lexicon.entries[position].stemKey)
            && !Cues.compassWords.contains(lexicon.entries[position].stemKey)
    }

    /// A place preposition, possibly with a compass word, before the token ("in south knoxville", "north of willard").
    private func placePrepositionBefore(_ index: Int, text: Text, lexicon: Lexicon) -> Bool {
        var steps = 0
        var position = index - 1
        while position >= 0, steps < 3 {
            let token = text.tokens[position]
            if token.kind == .space { position -= 1; continue }
            guard token.kind == .letter else { return false }
            let key = lexicon.entries[position].stemKey
            if Cues.placePrepositions.contains(key) { return true }
            steps += 1
            position -= 1
        }
        return false
    }

    /// "Jackson Police Department (MS)": a code alone in brackets right after a capitalised word.
    private func isBracketedAfterName(_ index: Int, text: Text) -> Bool {
        let tokens = text.tokens
        let bytes = text.utf8
        let open = index - 1, close = index + 1
        guard open >= 2, close < tokens.count, tokens[open].kind == .punctuation, bytes[Int(tokens[open].start)] == UInt8(ascii: "("),
              tokens[close].kind == .punctuation, bytes[Int(tokens[close].start)] == UInt8(ascii: ")") else { return false }
        var word = open - 1
        while word >= 0, tokens[word].kind == .space { word -= 1 }
        guard word >= 0, tokens[word].kind == .letter else { return false }
        let first = bytes[Int(tokens[word].start)]
        return first >= 0x41 && first <= 0x5A
    }

    /// After "City," or before a ZIP code or a plate keyword.
    private func isAddressPosition(_ index: Int, text: Text) -> Bool {
        let tokens = text.tokens
        let bytes = text.utf8
        var before = index - 1
        while before >= 0, tokens[before].kind == .space { before -= 1 }
        if before >= 1, tokens[before].kind == .punctuation, bytes[Int(tokens[before].start)] == UInt8(ascii: ","),
           tokens[before - 1].kind == .letter || (before >= 2 && tokens[before - 2].kind == .letter) {
            return true
        }
        var after = index + 1
        while after < tokens.count, tokens[after].kind == .space { after += 1 }
        guard after < tokens.count else { return before >= 0 && bytes[Int(tokens[before].start)] == UInt8(ascii: ",") }
        let next = tokens[after]
        if next.kind == .number, next.length == 5 { return true }
        // Before a plate in a capitals line ("RAM WA CBX4417"): letters and digits mixed.
        if next.kind == .letter, next.shape == .allCaps || next.shape == .mixed, (5...8).contains(next.length),
           bytes[Int(next.start)..<Int(next.end)].contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
           bytes[Int(next.start)..<Int(next.end)].contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            return true
        }
        let word = text.slice(next.range).lowercased()
        return ["tag", "plate", "plates", "reg", "registration", "dl", "license", "licence", "tags"].contains(word)
    }
}
