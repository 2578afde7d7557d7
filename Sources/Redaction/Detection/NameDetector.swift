/// Finds people's names (and places that look like names) beyond any list, by evidence.
///
/// Philter's bet, refined by context: a capitalised word that is not an ordinary English
/// word and not allow-listed is a candidate; ranks and titles ("Deputy", "Sgt."), roles
/// ("my partner", "the suspect,"), an age after the name ("Ly, 34,"), a first name beside
/// it, or an action verb after it confirm it. Words that are also names ("Will", "Rose",
/// "Hunter", "Young") need such evidence. Lines written in capitals or in lower case are
/// read token by token, leaning on the lists and on titles.
struct NameDetector: Detector {
    let name = "names"
    let gazetteer: Gazetteer

    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {
        let text = analysis.text
        let lexicon = analysis.lexicon(gazetteer)
        var scan = NameScan(text: text, lexicon: lexicon, gazetteer: gazetteer)
        scan.run()
        analysis.findings.append(contentsOf: scan.findings)
    }
}

/// The working state of one name scan over a document.
struct NameScan {
    let text: Text
    let tokens: [Token]
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    var findings: [Finding] = []

    init(text: Text, lexicon: Lexicon, gazetteer: Gazetteer) {
        self.text = text
        self.tokens = text.tokens
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    // MARK: Token predicates

    func entry(_ index: Int) -> Lexicon.Entry { lexicon.entries[index] }

    func isUpperInitial(_ index: Int) -> Bool {
        let shape = tokens[index].shape
        if shape == .capitalised || shape == .allCaps { return true }
        if shape == .mixed {
            let first = text.utf8[Int(tokens[index].start)]
            return first >= 0x41 && first <= 0x5A || first >= 0xC3
        }
        return false
    }

    /// Whether the token can start or continue a name in its line's casing.
    func isCandidate(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .letter else { return false }
        if token.length > 3, text.utf8[token.range].contains(UInt8(ascii: ".")), !isInitial(index) { return false }
        switch entry(index).casing {
        case .normal:
            if token.shape == .allCaps { return token.length >= 2 && !entry(index).flags.contains(.englishWord) ? true : token.length == 1 }
            return isUpperInitial(index) || (token.shape == .none && isNonLatinLetter(index))
        case .caps:
            return token.shape == .allCaps || token.shape == .capitalised
        case .lower:
            return token.shape != .digits
        }
    }

    /// "o'brien", "d'souza", "O’Neil": an o or d, an apostrophe and more letters is the
    /// shape of an Irish, Italian or Indian surname in any case.
    func isApostropheName(_ index: Int) -> Bool {
        let start = Int(tokens[index].start)
        guard tokens[index].kind == .letter, tokens[index].length >= 4 else { return false }
        let first = text.utf8[start] | 0x20
        guard first == UInt8(ascii: "o") || first == UInt8(ascii: "d") else { return false }
        let second = text.utf8[start + 1]
        return second == UInt8(ascii: "'") || (second == 0xE2 && text.utf8[start + 2] == 0x80 && text.utf8[start + 3] == 0x99)
    }

    /// Letters without case (Arabic, CJK, Devanagari …) can be names too.
    func isNonLatinLetter(_ index: Int) -> Bool {
        text.utf8[Int(tokens[index].start)] >= 0xD8
    }

    func key(_ index: Int) -> UInt64 { entry(index).stemKey }
    func flags(_ index: Int) -> GazetteerFlags { entry(index).flags }
    func isNameListed(_ index: Int) -> Bool { !flags(index).intersection(.name).isEmpty }
    func isEnglish(_ index: Int) -> Bool { flags(index).contains(.englishWord) }
    func isStop(_ index: Int) -> Bool { Cues.stopWords.contains(key(index)) }
    /// A name particle ("van", "de", "Ó", "al").
    func isParticle(_ index: Int) -> Bool { tokens[index].kind == .letter && Cues.particles.contains(key(index)) }
    func isTitle(_ index: Int) -> Bool { Cues.titles.contains(key(index)) }
    func isPlace(_ index: Int) -> Bool { !flags(index).intersection(.place).isEmpty }
    func isAllowListed(_ index: Int) -> Bool { !flags(index).intersection([.allowJargon, .allowVehicle, .allowWeapon, .allowPublicOrg, .country, .allowCaller]).isEmpty }
    /// A single capital letter, as in an initial ("J. Smith", "R. Okafor").
    func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .letter, token.shape == .allCaps else { return false }
        if token.length == 1 { return true }
        // "T.J" — letters separated by periods.
        var letters = 0
        for byte in text.utf8[token.range] {
            if byte == UInt8(ascii: ".") { continue }
            letters += 1
        }
        return letters <= 3 && text.utf8[token.range].contains(UInt8(ascii: "."))
    }

    /// A middle initial between two listed names in lower-case writing ("derrick l. hairston").
    func isInitialBetweenNames(_ index: Int) -> Bool {
        guard tokens[index].kind == .letter, tokens[index].length == 1, let dot = next(index), isPunctuation(dot, UInt8(ascii: ".")),
              Int(tokens[dot].start) == Int(tokens[index].end), let after = next(dot), let before = previous(index) else { return false }
        let listed = { (i: Int) in self.tokens[i].kind == .letter && self.isNameListed(i) && !self.isStop(i) }
        return listed(before) && listed(after)
    }

    /// A short capitalised abbreviation inside a name ("Ma. Cristina", "Wm. Tate", "St. John").
    func isShortAbbreviation(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .letter && token.length <= 3 && token.shape == .capitalised && !isTitle(index) && !isStop(index)
    }

    /// The closing quote of a quoted nickname within `limit` tokens.
    func closingQuote(after open: Int, limit: Int) -> Int? {
        var i = next(open)
        var steps = 0
        while let current = i, steps < limit {
            if isQuote(current) { return steps > 0 ? current : nil }
            i = next(current)
            steps += 1
        }
        return nil
    }

    /// A strong name token: listed as a name and not an ordinary word, or unknown to every list.
    func isStrongName(_ index: Int) -> Bool {
        let f = flags(index)
        if f.contains(.englishWord) || isStop(index) || isAllowListed(index) || isTitle(index) { return false }
        if tokens[index].length < 2 { return false }
        return true
    }

    /// The nearest non-space token before `index` (skipping nothing else).
    func previous(_ index: Int) -> Int? {
        var i = index - 1
        while i >= 0 {
            if tokens[i].kind != .space { return i }
            if lexicon.entries[i].breaksLine { return nil }
            i -= 1
        }
        return nil
    }

    func next(_ index: Int) -> Int? {
        var i = index + 1
        while i < tokens.count {
            if tokens[i].kind != .space { return i }
            if lexicon.entries[i].breaksLine { return nil }
            i += 1
        }
        return nil
    }

    func isPunctuation(_ index: Int, _ scalar: UInt8) -> Bool { text.isPunctuation(index, scalar) }

    /// "'", "‘" or "’" standing alone.
    func isApostrophe(_ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        let bytes = text.utf8[tokens[index].range]
        return bytes.elementsEqual([0x27]) || bytes.elementsEqual([0xE2, 0x80, 0x98]) || bytes.elementsEqual([0xE2, 0x80, 0x99])
    }

    func isQuote(_ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        let bytes = text.utf8[tokens[index].range]
        return bytes.elementsEqual([0x22]) || bytes.elementsEqual([0xE2, 0x80, 0x9C]) || bytes.elementsEqual([0xE2, 0x80, 0x9D])
            || bytes.elementsEqual([0x27])
    }

    /// The title directly before a token ("Sgt. Lane", "Officer Young", "DEPUTY RUIZ"), skipping a period.
    func titleBefore(_ index: Int, depth: Int = 0) -> Int? {
        guard var p = previous(index) else { return nil }
        if isPunctuation(p, UInt8(ascii: ".")), let q = previous(p) {
            // "a near miss. He", "a resource officer. Early in …": a rank that is a whole
            // word ends the sentence before a new one; abbreviations ("Sgt.", "Cst.") do not.
            if tokens[index].isSentenceStart, isEnglish(q) { return nil }
            p = q
        }
        // Look back over at most three initials ("P/O T. LONG", "Sgt. J. R. Smith"); the
        // bound keeps a line of thousands of initials linear.
        if depth < 3, isInitial(p), p != index, let title = titleBefore(p, depth: depth + 1) { return title }
        // "P/O BROWN": a title written with a slash.
        if tokens[p].kind == .letter, tokens[p].length == 1, let slash = previous(p), isPunctuation(slash, UInt8(ascii: "/")),
           let letter = previous(slash), tokens[letter].kind == .letter, tokens[letter].length == 1 {
            let pair = text.slice(tokens[letter].range).lowercased() + text.slice(tokens[p].range).lowercased()
            if ["po", "ps", "so", "do", "co"].contains(pair) { return letter }
        }
        guard isTitle(p), tokens[p].kind == .letter, !entry(p).hasPossessive else { return nil }
        // "a near miss last week": after "near" or a determiner a lower-case "miss" is the noun.
        if tokens[p].shape == .lower, key(p) == Cues.missKey, let q = previous(p), tokens[q].kind == .letter,
           key(q) == Cues.nearKey || Cues.determiners.contains(key(q)) { return nil }
        return p
    }

    /// A role word within the three tokens before ("my partner Will", "The driver, Rigoberto").
    func roleBefore(_ index: Int) -> Int? {
        var p = previous(index)
        var steps = 0
        while let q = p, steps < 3 {
            if tokens[q].kind == .letter {
                if Cues.strongRoles.contains(key(q)) { return q }
                // "CONTACTING RP BY THE LIGHTHOUSE": a preposition starts a new phrase.
                if !isStop(q) && !isTitle(q) || Cues.roleBarriers.contains(key(q)) { return nil }
            } else if !(isPunctuation(q, UInt8(ascii: ",")) || isPunctuation(q, UInt8(ascii: ":")) || isPunctuation(q, UInt8(ascii: "(")) || isQuote(q)) {
                return nil
            }
            p = previous(q)
            steps += 1
        }
        return nil
    }

    /// The role word right before a run, with at most a comma or colon between
    /// ("The passenger, Sage", "suspect: Kee"), but not across other words ("clerk at Love's").
    func adjacentRole(_ index: Int) -> Int? {
        guard var p = previous(index) else { return nil }
        if isPunctuation(p, UInt8(ascii: ",")) || isPunctuation(p, UInt8(ascii: ":")), let q = previous(p) { p = q }
        return tokens[p].kind == .letter && Cues.strongRoles.contains(key(p)) ? p : nil
    }

    /// A capitalised word that can head a unit's name: a place or a word no list calls
    /// ordinary ("Dundee Response Team"), not a job ("Tactical Team").
    func isProperHead(_ index: Int) -> Bool {
        tokens[index].kind == .letter && isUpperInitial(index) && tokens[index].length >= 3 && !isStop(index) && !isTitle(index)
            && !Cues.functionalUnits.contains(key(index)) && !isAllowListed(index) && (!isEnglish(index) || isPlace(index))
    }

    /// "me and tomasz", "tomasz and i": a word joined to the writer by "and" is a person.
    /// Returns the pronoun.
    func pronounPartner(_ index: Int) -> Int? {
        var before = previous(index)
        if let p = before, tokens[p].kind == .letter, Cues.nicknamePrefixes.contains(key(p)) { before = previous(p) }
        if let and = before, Cues.conjunctions.contains(key(and)), let pronoun = previous(and),
           Cues.writerPronouns.contains(key(pronoun)) {
            return pronoun
        }
        if let and = next(index), Cues.conjunctions.contains(key(and)), let pronoun = next(and),
           Cues.writerPronouns.contains(key(pronoun)), !isNounOrVerbInChain(index) {
            return pronoun
        }
        return nil
    }

    /// "a green caprice and i", "backed off and drew and i": after a determiner (with at most
    /// one ordinary word between) the word is a noun, and after "and" following an ordinary
    /// word that is no name it continues a chain of verbs; neither is the writer's partner
    /// ("tony and drew and i" still is).
    func isNounOrVerbInChain(_ index: Int) -> Bool {
        guard let p = previous(index), tokens[p].kind == .letter, tokens[p].shape == .lower else { return false }
        if Cues.appositiveLeads.contains(key(p)) { return true }
        guard let q = previous(p), tokens[q].kind == .letter, tokens[q].shape == .lower else { return false }
        if Cues.appositiveLeads.contains(key(q)), isEnglish(p) { return true }
        return Cues.conjunctions.contains(key(p)) && (isStop(q) || isEnglish(q) && !isNameListed(q)) && !Cues.writerPronouns.contains(key(q))
    }

    /// ", 34," or " (34)" after a name: an age.
    func ageAfter(_ index: Int) -> Bool {
        guard let c = next(index), isPunctuation(c, UInt8(ascii: ",")) || isPunctuation(c, UInt8(ascii: "(")),
              let n = next(c), tokens[n].kind == .number, tokens[n].length <= 2 else { return false }
        guard let after = next(n) else { return true }
        return isPunctuation(after, UInt8(ascii: ",")) || isPunctuation(after, UInt8(ascii: ")")) || isPunctuation(after, UInt8(ascii: "."))
    }

    /// An action verb (or possessive) right after the run: "Rose called back", "Hunter's radio".
    func actionAfter(_ index: Int) -> Bool {
        if entry(index).hasPossessive { return true }
        guard let n = next(index), tokens[n].kind == .letter else { return false }
        return Cues.actionVerbs.contains(key(n)) && !Cues.weakVerbs.contains(key(n))
    }

    // MARK: Runs

    /// Collects the tokens of a name run starting at `start`: candidates joined by single
    /// spaces, hyphens, inner particles, initials with periods and quoted nicknames.
    func run(from start: Int) -> (tokens: [Int], end: Int) {
        var members = [start]
        var index = start
        while true {
            guard let n = next(index) else { break }
            // Between index and n only plain spaces (next() already stops at newlines).
            let gap = Int(tokens[n].start) - Int(tokens[index].end)
            if gap == 0 {
                // Glued: hyphen or period inside a name ("O'Sullivan-Reyes", "T.J.").
                if isPunctuation(n, UInt8(ascii: "-")) || isPunctuation(n, UInt8(ascii: ".")) && isInitial(index),
                   let m = next(n), Int(tokens[m].start) == Int(tokens[n].end) || isPunctuation(n, UInt8(ascii: ".")),
                   isCandidate(m) || (isPunctuation(n, UInt8(ascii: "-")) && tokens[m].kind == .letter && Int(tokens[m].start) == Int(tokens[n].end)) {
                    if isPunctuation(n, UInt8(ascii: ".")) && Int(tokens[m].start) == Int(tokens[n].end) && !isInitial(m) { break }
                    members.append(m)
                    index = m
                    continue
                }
                if isPunctuation(n, UInt8(ascii: ".")), isInitial(index) || isShortAbbreviation(index), let m = next(n), isCandidate(m), isUpperInitial(m),
                   !isStop(m) {
                    members.append(m)
                    index = m
                    continue
                }
                break
            }
            if gap > 3 { break }
            // A title word that is a common surname ends the run, except right after a listed
            // first name: "Lonnie Bishop", "Ron Major" (but "Sergeant Major" stays a rank).
            if isCandidate(n), !isTitle(n) || entry(n).casing == .caps || isSurnameAfterFirstName(n, after: index) {
                if entry(n).casing == .lower && !isUpperInitial(n) { break }
                members.append(n)
                index = n
                continue
            }
            // "&" inside a business name: Baylor Scott & White.
            if isPunctuation(n, UInt8(ascii: "&")), let m = next(n), isCandidate(m), isUpperInitial(m) {
                members.append(n)
                members.append(m)
                index = m
                continue
            }
            // Particles inside a name: "Abu Bakr al-Siddiqi", "Luis Ramírez de la Cruz", and
            // capitalised ones that are also words or letters ("Ruairí Ó Dálaigh", "Sofia Van Dyke").
            if tokens[n].kind == .letter, Cues.particles.contains(key(n)) {
                var particles = [n]
                var m = next(n)
                while let candidate = m, tokens[candidate].kind == .letter, Cues.particles.contains(key(candidate)), particles.count < 3 {
                    particles.append(candidate)
                    m = next(candidate)
                }
                if let m, isCandidate(m), isUpperInitial(m) {
                    members.append(contentsOf: particles)
                    members.append(m)
                    index = m
                    continue
                }
                break
            }
            // Quoted nickname: Rigoberto "Beto" Salinas, Jermaine "J-Bo" Tillis, Kelvin "K.J." Jacobs.
            if isQuote(n), let close = closingQuote(after: n, limit: 6), let after = next(close), isCandidate(after), isUpperInitial(after) {
                var inner = next(n)
                while let i = inner, i < close {
                    members.append(i)
                    inner = next(i)
                }
                members.append(after)
                index = after
                continue
            }
            break
        }
        return (members, index)
    }

    mutating func emit(_ members: ArraySlice<Int>, label: Label, score: Double, rule: String, context: Int?) {
        guard let first = members.first, let last = members.last else { return }
        var end = entry(last).stem.upperBound
        if isInitial(last) || (tokens[last].length == 1 && tokens[last].kind == .letter), let dot = next(last), Int(tokens[dot].start) == end, isPunctuation(dot, UInt8(ascii: ".")) {
            end = Int(tokens[dot].end)
        }
        // A generational suffix belongs to the name ("Kevin Veitonen II", "Rey Pupo Jr."),
        // with its period when the run already holds it ("Trevor Johnson Jr., 17").
        if label == .person, Cues.generationalSuffixes.contains(key(last)), let dot = next(last), Int(tokens[dot].start) == end,
           isPunctuation(dot, UInt8(ascii: ".")) {
            end = Int(tokens[dot].end)
        } else if label == .person, let after = next(last), tokens[after].kind == .letter,
           Cues.generationalSuffixes.contains(key(after)), Int(tokens[after].start) - end <= 2 {
            end = Int(tokens[after].end)
            if let dot = next(after), Int(tokens[dot].start) == end, isPunctuation(dot, UInt8(ascii: ".")) { end = Int(tokens[dot].end) }
        }
        var start = Int(tokens[first].start)
        // A name glued by hyphens to more letters ("market-frankford", "Pettaway-El") is one word.
        var left = first
        while left >= 2, isPunctuation(left - 1, UInt8(ascii: "-")), tokens[left - 2].kind == .letter,
              Int(tokens[left - 2].end) == Int(tokens[left - 1].start), Int(tokens[left - 1].end) == Int(tokens[left].start) {
            left -= 2
            start = Int(tokens[left].start)
        }
        var right = last
        while right + 2 < tokens.count, Int(tokens[right].end) == end, isPunctuation(right + 1, UInt8(ascii: "-")), tokens[right + 2].kind == .letter,
              Int(tokens[right + 1].end) == Int(tokens[right + 2].start) {
            right += 2
            end = entry(right).stem.upperBound
        }
        // Lower-case particles written before a surname belong to it ("asked van der Kloot").
        if label == .person {
            var steps = 0
            while steps < 3, left >= 2, tokens[left - 1].kind == .space, tokens[left - 1].length == 1,
                  tokens[left - 2].shape == .lower, tokens[left - 2].length >= 2, isParticle(left - 2), key(left - 2) != Cues.saintKey {
                left -= 2
                start = Int(tokens[left].start)
                steps += 1
            }
        }
        // A leading ʻokina or apostrophe written as a quote mark belongs to the name ("'Ofa
        // Tupou", "‘Aukusitino"), unless it opens a quotation closed right after the name.
        if label == .person, left >= 1, tokens[left - 1].kind == .punctuation, Int(tokens[left - 1].end) == start,
           left == 1 || tokens[left - 2].kind == .space, isApostrophe(left - 1), end < text.utf8.count,
           !(text.utf8[end] == 0x27 || text.utf8[end] == 0xE2) {
            start = Int(tokens[left - 1].start)
        }
        // A capitalised "The" in mid-sentence is part of the name that follows, and a name
        // with it is a venue, not a person ("outside The Blue Heron", "at The Copper Kettle");
        // a lone capitalised word found on weak evidence is not stretched ("of The Big Three").
        var label = label
        if score >= 0.8, left >= 2, tokens[left - 1].kind == .space, tokens[left - 1].length == 1, key(left - 2) == Cues.theKey,
           tokens[left - 2].shape == .capitalised, !tokens[left - 2].isSentenceStart, let before = previous(left - 2),
           tokens[before].kind == .letter || isPunctuation(before, UInt8(ascii: ",")) {
            start = Int(tokens[left - 2].start)
            if label == .person { label = .location }
        }
        let range = start..<end
        let contextWord = context.map { text.slice(tokens[$0].range) }
        findings.append(Finding(label: label, range: range, score: score, detector: "names", rule: rule, context: contextWord))
    }

    // MARK: Scan

    /// "olga krylova", "benjamin a seiler": a first name and a surname written in lower
    /// case inside ordinary prose, neither of them an English word.
    /// "my name is borna jerković", "a man named tyler": lower-case words right after a
    /// naming cue in ordinary prose are the name.
    mutating func lowerCaseNamed(at index: Int) -> Int? {
        // A function word after the cue is a phrasal verb or its object ("called in a man",
        // "called an ambulance"), even when a name list holds it ("In", "An").
        guard tokens[index].shape == .lower, !isStop(index) || isNameListed(index), !Cues.functionWords.contains(key(index)),
              !isAllowListed(index), let cue = previous(index) else { return nil }
        let k = key(cue)
        var isCue = Cues.namingWords.contains(k)
        if Cues.copulas.contains(k), let before = previous(cue), key(before) == Cues.nameNoun { isCue = true }
        // "the driver, bogdan petrenko, said": a role noun and a comma before words set off by
        // a closing comma or bracket.
        var appositive = false
        if !isCue, isPunctuation(cue, UInt8(ascii: ",")), let role = previous(cue), tokens[role].shape == .lower, Cues.roles.contains(key(role)) {
            isCue = true
            appositive = true
        }
        guard isCue, !isEnglish(index) || flags(index).contains(.firstName) else { return nil }
        var members = [index]
        var cursor = index
        while members.count < 3, let n = next(cursor), tokens[n].kind == .letter, tokens[n].shape == .lower,
              !isStop(n), !isEnglish(n) || tokens[n].length == 1 || (appositive && isNameListed(n)) {
            members.append(n)
            cursor = n
            if let dot = next(n), isPunctuation(dot, UInt8(ascii: ".")), tokens[n].length == 1 { cursor = dot }
        }
        if appositive {
            // The apposition closes right after the name; otherwise it was a description.
            guard let close = next(cursor), isPunctuation(close, UInt8(ascii: ",")) || isPunctuation(close, UInt8(ascii: "(")) else { return nil }
        }
        emit(members[...], label: .person, score: appositive ? 0.75 : 0.8, rule: appositive ? "name.role-lowercase" : "name.called-lowercase", context: cue)
        return members.last
    }

    mutating func lowerCasePair(at index: Int) -> Int? {
        guard tokens[index].shape == .lower, tokens[index].length >= 3, flags(index).contains(.firstName), !isStop(index),
              !Cues.spanishArticles.contains(key(index)), var next = next(index) else { return nil }
        var members = [index]
        if tokens[next].kind == .letter, tokens[next].length == 1, tokens[next].shape == .lower, let after = self.next(next) {
            members.append(next)
            if isPunctuation(after, UInt8(ascii: ".")), let later = self.next(after) { next = later } else { next = after }
        }
        let surnameLike = flags(next).contains(.surname) || (flags(next).isEmpty && tokens[next].length >= 4)
        guard tokens[next].kind == .letter, tokens[next].shape == .lower, tokens[next].length >= 3, surnameLike,
              !isEnglish(next), !isStop(next), !isAllowListed(next) else { return nil }
        // A first name that is also a word ("marquise dunlap, 19,") counts before an age.
        if isEnglish(index), !ageAfter(next) { return nil }
        members.append(next)
        emit(members[...], label: .person, score: 0.75, rule: "name.lowercase-pair", context: nil)
        return next
    }

    mutating func run() {
        var index = 0
        while index < tokens.count {
            guard isCandidate(index) else {
                if entry(index).casing == .normal, tokens[index].kind == .letter,
                   let end = lowerCaseNamed(at: index) ?? lowerCasePair(at: index) {
                    index = end + 1
                    continue
                }
                if entry(index).casing == .normal, let title = lowerSurnameAfterTitle(index) {
                    emit([index], label: .person, score: 0.85, rule: "name.title", context: title)
                } else if entry(index).casing == .normal, isLowerNameBySpeech(index) {
                    emit([index], label: .person, score: 0.65, rule: "name.lowercase-by-speech", context: nil)
                }
                index += 1
                continue
            }
            let casing = entry(index).casing
            // "guy's name was delroy fairweather" in a document written in lower case.
            if casing == .lower, tokens[index].kind == .letter, let end = lowerCaseNamed(at: index) ?? lowerCasePair(at: index) {
                index = end + 1
                continue
            }
            if casing == .normal || (casing == .lower && isUpperInitial(index)) {
                let (members, end) = run(from: index)
                classifyRun(members)
                index = end + 1
            } else {
                classifyLoose(index)
                index += 1
            }
        }
        speakerLabels()
        coordinate()
        joinRecordNames()
        joinMiddleInitials()
        firmNames()
    }

    /// "Davis, Reynolds and Williamson", "Baker, Moss & Hale": three surnames joined by a
    /// comma and "and" with no first names are a firm (a law office, an agency, a band),
    /// one ORG span with its commas and "and". Not after a rank ("Officers Lane, Ruiz and
    /// Cole") or a colon, at most one of the three an ordinary word (Hall, Brown), and not
    /// all three first names ("Jennifer, Emily and Michael" are three people).
    mutating func firmNames() {
        var index = 0
        while index < tokens.count {
            guard isFirmSurname(index), let comma = next(index), isPunctuation(comma, UInt8(ascii: ",")),
                  let second = next(comma), isFirmSurname(second), var joiner = next(second) else {
                index += 1
                continue
            }
            if isPunctuation(joiner, UInt8(ascii: ",")), let after = next(joiner) { joiner = after }
            let joins = isPunctuation(joiner, UInt8(ascii: "&")) || (tokens[joiner].kind == .letter && text.slice(tokens[joiner].range) == "and")
            guard joins, let third = next(joiner), isFirmSurname(third), !isFirstNameAfter(third), !isRankOrNameBefore(index),
                  !isPeoplePredicate(after: third),
                  [index, second, third].filter({ isEnglish($0) }).count <= 1,
                  [index, second, third].filter({ flags($0).contains(.surname) }).count >= 2,
                  [index, second, third].filter({ flags($0).contains(.firstName) }).count <= 2 else {
                index += 1
                continue
            }
            findings.append(Finding(label: .org, range: Int(tokens[index].start)..<entry(third).stem.upperBound, score: 0.8, detector: "names",
                                    rule: "org.surname-firm", context: nil))
            index = third + 1
        }
    }

    /// "Tran, Okafor and Lindqvist all saw it", "… said he was the man": a quantifier over
    /// people or an action verb right after a list of surnames makes them people, not a firm.
    func isPeoplePredicate(after index: Int) -> Bool {
        guard let n = next(index), tokens[n].kind == .letter, tokens[n].shape == .lower else { return false }
        return Cues.listQuantifiers.contains(key(n)) || (Cues.actionVerbs.contains(key(n)) && !Cues.weakVerbs.contains(key(n)))
    }

    /// A capitalised listed surname, or an unlisted word of four letters or more (Whitcombe).
    func isFirmSurname(_ index: Int) -> Bool {
        guard tokens[index].kind == .letter, tokens[index].shape == .capitalised, !isAllowListed(index) else { return false }
        return flags(index).contains(.surname) || (flags(index).isEmpty && tokens[index].length >= 4)
    }

    /// "and Mary Brown": the third surname is someone's first name.
    func isFirstNameAfter(_ index: Int) -> Bool {
        guard let after = next(index) else { return false }
        return tokens[after].kind == .letter && isUpperInitial(after) && flags(after).contains(.firstName)
    }

    /// A rank, a plural rank or a first name right before the first surname, or a colon
    /// opening a list of people ("our three founders: Lane, Ruiz and Cole").
    func isRankOrNameBefore(_ index: Int) -> Bool {
        guard let before = previous(index) else { return false }
        if isPunctuation(before, UInt8(ascii: ":")) { return true }
        if isPunctuation(before, UInt8(ascii: ".")), let word = previous(before), isTitle(word) { return true }
        guard tokens[before].kind == .letter else { return false }
        if isTitle(before) || Cues.pluralRanks.contains(text.slice(tokens[before].range).lowercased()) { return true }
        return isUpperInitial(before) && flags(before).contains(.firstName)
    }

    /// "Jildau S Bouts", "Marcus T Williams": a found name, one capital letter without a
    /// period and a capitalised word are one name (the word may be an ordinary one: Capon).
    mutating func joinMiddleInitials() {
        var added: [Finding] = []
        for finding in findings where finding.label == .person {
            guard let last = text.tokenIndex(containing: finding.range.upperBound - 1), tokens[last].kind == .letter,
                  entry(last).stem.upperBound == finding.range.upperBound,
                  let initial = next(last), Int(tokens[initial].start) - finding.range.upperBound == 1,
                  tokens[initial].kind == .letter, tokens[initial].length == 1, tokens[initial].shape == .allCaps,
                  let surname = next(initial), Int(tokens[surname].start) - Int(tokens[initial].end) == 1,
                  tokens[surname].kind == .letter, tokens[surname].shape == .capitalised || tokens[surname].shape == .allCaps,
                  tokens[surname].length >= 2, !isTitle(surname), !isStop(surname), !isAllowListed(surname) else { continue }
            // "A" and "I" are also words ("told Sarah I Think so"): then the surname must not be one.
            let letter = text.utf8[Int(tokens[initial].start)]
            if letter == UInt8(ascii: "A") || letter == UInt8(ascii: "I"), isEnglish(surname), !flags(surname).contains(.surname) { continue }
            added.append(Finding(label: .person, range: finding.range.lowerBound..<entry(surname).stem.upperBound, score: 0.8,
                                 detector: "names", rule: "name.middle-initial", context: nil))
        }
        // "Mike D:", "Josh T said": a listed first name and a bare initial, found or not.
        for index in tokens.indices where tokens[index].kind == .letter && tokens[index].length == 1 && tokens[index].shape == .allCaps {
            guard let given = previous(index), Int(tokens[index].start) - Int(tokens[given].end) == 1, tokens[given].kind == .letter,
                  tokens[given].shape == .capitalised, tokens[given].length >= 3, flags(given).contains(.firstName), !isStop(given),
                  !isTitle(given), !isAllowListed(given), !Cues.functionWords.contains(key(given)) else { continue }
            let probe = Finding(label: .person, range: Int(tokens[given].start)..<entry(given).stem.upperBound, score: 0.7,
                                detector: "names", rule: "name.first-and-initial", context: nil)
            if let named = trailingInitial(after: probe) { added.append(named) }
        }
        for finding in findings where finding.label == .person {
            if let trailing = trailingInitial(after: finding) { added.append(trailing) }
            if let continued = surnameOnNextLine(after: finding) { added.append(continued) }
        }
        findings.append(contentsOf: added)
    }

    /// "ronnie says hes outside", "tell gutierrez to wait": in a text written with capitals,
    /// a lower-case listed name that is no English word, right before a speech verb or right
    /// after a verb of telling, is a name typed in a hurry (a text thread).
    func isLowerNameBySpeech(_ index: Int) -> Bool {
        guard tokens[index].kind == .letter, tokens[index].shape == .lower, tokens[index].length >= 4,
              !flags(index).intersection(.name).isEmpty, !isEnglish(index), !isStop(index), !isAllowListed(index),
              !Cues.functionWords.contains(key(index)) else { return false }
        if let n = next(index), tokens[n].kind == .letter, Cues.speechVerbs.contains(key(n)) { return true }
        if let p = previous(index), tokens[p].kind == .letter, Cues.tellingVerbs.contains(key(p)) { return true }
        return false
    }

    /// "Mike D said", "Josh T. was", "ask Tony R.": one capital letter closing a found name,
    /// followed by a lower-case word, punctuation or the line end, is the surname's initial.
    /// "A" and "I" (also words) count only with their period.
    func trailingInitial(after finding: Finding) -> Finding? {
        guard let last = text.tokenIndex(containing: finding.range.upperBound - 1), tokens[last].kind == .letter,
              entry(last).stem.upperBound == finding.range.upperBound, tokens[last].length >= 2,
              let initial = next(last), Int(tokens[initial].start) - finding.range.upperBound == 1,
              tokens[initial].kind == .letter, tokens[initial].length == 1, tokens[initial].shape == .allCaps else { return nil }
        var end = Int(tokens[initial].end)
        var after = next(initial)
        var dotted = false
        if let dot = after, Int(tokens[dot].start) == end, isPunctuation(dot, UInt8(ascii: ".")) {
            end = Int(tokens[dot].end)
            dotted = true
            after = next(dot)
        } else if let glued = after, Int(tokens[glued].start) == end, tokens[glued].kind != .punctuation {
            return nil
        }
        let letter = text.utf8[Int(tokens[initial].start)]
        if letter == UInt8(ascii: "A") || letter == UInt8(ascii: "I"), !dotted { return nil }
        if let after, !dotted {
            // Without a period the initial must end the clause or precede a lower-case word.
            let isLowerWord = tokens[after].kind == .letter && tokens[after].shape == .lower
            let isClosing = tokens[after].kind == .punctuation && Int(tokens[after].start) == end
            guard isLowerWord || isClosing else { return nil }
        } else if let after, dotted, tokens[after].kind == .letter, tokens[after].shape != .lower {
            // "Josh T. Smith" is the run's; "Josh T. The next day" is a sentence end.
            return nil
        }
        return Finding(label: .person, range: finding.range.lowerBound..<end, score: 0.75, detector: "names",
                       rule: "name.trailing-initial", context: nil)
    }

    /// "said Dante⏎Wheeler had left": a found capitalised name that ends a line, and a
    /// listed surname that opens the next, are one name wrapped by the line (a sentence
    /// cannot have ended: the line has no closing punctuation).
    func surnameOnNextLine(after finding: Finding) -> Finding? {
        let bytes = text.utf8
        let end = finding.range.upperBound
        guard end + 1 < bytes.count, bytes[end] == 0x0A, bytes[end + 1] != 0x0A,
              let last = text.tokenIndex(containing: end - 1), tokens[last].kind == .letter, entry(last).stem.upperBound == end,
              tokens[last].shape == .capitalised, flags(last).contains(.firstName),
              let surname = text.tokenIndex(containing: end + 1), Int(tokens[surname].start) == end + 1,
              tokens[surname].kind == .letter, tokens[surname].shape == .capitalised, tokens[surname].length >= 3,
              flags(surname).contains(.surname), !isStop(surname), !isTitle(surname), !isAllowListed(surname),
              !Cues.functionWords.contains(key(surname))
        else { return nil }
        return Finding(label: .person, range: finding.range.lowerBound..<entry(surname).stem.upperBound, score: 0.7, detector: "names",
                       rule: "name.wrapped-surname", context: nil)
    }

    /// Transcripts name each speaker at the start of a line ("Destiny: Remember me?",
    /// "Heather:\"I'm …"): where two or more lines open with a capitalised word and a
    /// colon, each of those words that is a listed first name is a person, even one that is
    /// also a word. One such line alone may be a heading ("Hope: none").
    mutating func speakerLabels() {
        var labels = 0
        var speakers: [Int] = []
        var lineStart = true
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .space {
                if entry(index).breaksLine { lineStart = true }
                continue
            }
            defer { lineStart = false }
            guard lineStart, token.kind == .letter, token.shape == .capitalised, token.length >= 2,
                  index + 1 < tokens.count, isPunctuation(index + 1, UInt8(ascii: ":")) else { continue }
            labels += 1
            if flags(index).contains(.firstName), !isTitle(index) { speakers.append(index) }
        }
        guard labels >= 2 else { return }
        for index in speakers {
            findings.append(Finding(label: .person, range: tokens[index].range, score: 0.8, detector: "names",
                                    rule: "name.speaker", context: nil))
        }
    }

    /// "NGUYEN, VAN THANH", "HOLLOWAY, GRANT T", "O'CONNOR-BAPTISTE, RENÉE M.": a found
    /// surname in capitals, a comma and given names (the record order of logs and forms)
    /// are one name, the comma included. The given name counts when it was found too, or
    /// when it is a listed first name (also an ordinary word: "GRANT", "HOPE").
    mutating func joinRecordNames() {
        var foundEnds: [Int: Int] = [:]
        for finding in findings where finding.label == .person {
            foundEnds[finding.range.lowerBound] = max(foundEnds[finding.range.lowerBound] ?? 0, finding.range.upperBound)
        }
        var added: [Finding] = []
        // A joined name is not joined again ("HALVORSEN, TRAVIS, DOB 03/02/99").
        for finding in findings where finding.label == .person && finding.rule != "name.surname-comma-given" {
            guard let last = text.tokenIndex(containing: finding.range.upperBound - 1), tokens[last].kind == .letter,
                  tokens[last].shape == .allCaps || spokenRecordName(finding, last: last), tokens[last].length >= 2,
                  entry(last).stem.upperBound == finding.range.upperBound,
                  let comma = next(last), isPunctuation(comma, UInt8(ascii: ",")), Int(tokens[comma].start) == finding.range.upperBound,
                  let given = next(comma), tokens[given].kind == .letter, isUpperInitial(given), !isTitle(given) else { continue }
            if tokens[last].shape != .allCaps, !flags(given).contains(.firstName) { continue }
            // A record word after the name ("LUPE, DOB 01/02/90") is the next field, not a given name.
            if flags(given).contains(.allowJargon) { continue }
            var end: Int
            if let foundEnd = foundEnds[Int(tokens[given].start)] {
                end = foundEnd
            } else if flags(given).contains(.firstName), !Cues.functionWords.contains(key(given)), tokens[given].length >= 2 {
                end = entry(given).stem.upperBound
            } else if tokens[given].shape == .allCaps, tokens[given].length >= 3, !isEnglish(given), !isStop(given), !isAllowListed(given),
                      !Cues.functionWords.contains(key(given)) {
                // A given name no list knows, in capitals like the surname ("TUIASOSOPO, FA'AMOANA").
                end = entry(given).stem.upperBound
            } else {
                continue
            }
            // A middle initial closes the name ("GRANT T", "RENÉE M.").
            if let current = text.tokenIndex(containing: end - 1), let initial = next(current), Int(tokens[initial].start) - end == 1,
               tokens[initial].kind == .letter, tokens[initial].length == 1, tokens[initial].shape == .allCaps {
                end = Int(tokens[initial].end)
                if let dot = next(initial), Int(tokens[dot].start) == end, isPunctuation(dot, UInt8(ascii: ".")) { end = Int(tokens[dot].end) }
            }
            guard end > Int(tokens[given].start) else { continue }
            added.append(Finding(label: .person, range: finding.range.lowerBound..<end, score: 0.85, detector: "names",
                                 rule: "name.surname-comma-given", context: nil))
        }
        findings.append(contentsOf: added)
        joinSaintRecordNames()
    }

    /// "your subject Lomax, Shelby Rae", "gave his name as \"Smith, John\"": a capitalised
    /// surname in record order as dispatch reads a return back or a subject gives it, after a
    /// naming cue, a quote or a record word. After a record word, a surname that is itself a
    /// first name starts a list of first names ("the driver Mike, John and Dave"), not a name in record order.
    func spokenRecordName(_ finding: Finding, last: Int) -> Bool {
        guard tokens[last].shape == .capitalised, let first = text.tokenIndex(containing: finding.range.lowerBound), first == last,
              let before = previous(first) else { return false }
        if isQuote(before) || namingCue(before: first) != nil { return true }
        return !flags(last).contains(.firstName) && Cues.recordCueWords.contains(key(before))
    }

    /// "WITNESS: ST. JOHN, MARCUS", "ST CLAIR, DENISE M": in capitals after a record label's
    /// colon, "ST", a surname, a comma and a given name are one name in record order (the
    /// surname alone reads as a place: St. John, St. Clair).
    mutating func joinSaintRecordNames() {
        var added: [Finding] = []
        for index in tokens.indices where tokens[index].kind == .letter && tokens[index].shape == .allCaps && key(index) == Cues.saintKey {
            guard let colon = previous(index), isPunctuation(colon, UInt8(ascii: ":")), var surname = next(index) else { continue }
            if isPunctuation(surname, UInt8(ascii: ".")), let n = next(surname) { surname = n }
            guard tokens[surname].kind == .letter, tokens[surname].shape == .allCaps, tokens[surname].length >= 3,
                  let comma = next(surname), isPunctuation(comma, UInt8(ascii: ",")), Int(tokens[comma].start) == Int(tokens[surname].end),
                  let given = next(comma), tokens[given].kind == .letter, tokens[given].shape == .allCaps, tokens[given].length >= 2,
                  flags(given).contains(.firstName), !Cues.functionWords.contains(key(given)), !isTitle(given) else { continue }
            var end = entry(given).stem.upperBound
            // Further given names and a middle initial on the same line ("BRIDGET ANNE", "DENISE M").
            var cursor = given
            while let n = next(cursor), Int(tokens[n].start) - Int(tokens[cursor].end) == 1, tokens[n].kind == .letter,
                  tokens[n].shape == .allCaps, flags(n).contains(.firstName) || tokens[n].length == 1, !Cues.functionWords.contains(key(n)) {
                end = entry(n).stem.upperBound
                cursor = n
            }
            added.append(Finding(label: .person, range: Int(tokens[index].start)..<end, score: 0.9, detector: "names",
                                 rule: "name.surname-comma-given", context: text.slice(tokens[colon].range)))
        }
        findings.append(contentsOf: added)
    }

    /// "Chase and Dawn ran the plate": a listed name joined by "and" to a found name is a
    /// name too, even where it stands at a sentence start.
    mutating func coordinate() {
        let found = Set(findings.filter { $0.label == .person }.map(\.range.lowerBound))
        var added: [Finding] = []
        for finding in findings where finding.label == .person {
            guard let index = text.tokenIndex(containing: finding.range.lowerBound) else { continue }
            for (conjunction, other) in [(previous(index), previous(index).flatMap { previous($0) }),
                                         (next(index).flatMap { $0 }, next(index).flatMap { next($0) })] {
                guard let conjunction, let other, tokens[conjunction].kind == .letter || isPunctuation(conjunction, UInt8(ascii: "&")),
                      Cues.conjunctions.contains(key(conjunction)) || isPunctuation(conjunction, UInt8(ascii: "&")),
                      isUpperInitial(other), isNameListed(other), !isStop(other) || tokens[other].isSentenceStart,
                      !found.contains(Int(tokens[other].start)) else { continue }
                if other > index, Int(tokens[other].start) < finding.range.upperBound { continue }
                added.append(Finding(label: .person, range: Int(tokens[other].start)..<entry(other).stem.upperBound, score: 0.6,
                                     detector: "names", rule: "name.coordinated", context: text.slice(tokens[conjunction].range)))
            }
        }
        findings.append(contentsOf: added)
    }

    /// Decides what a capitalised run in ordinary prose is.
    mutating func classifyRun(_ all: [Int]) {
        var members = all[...]
        // Leading titles are evidence and stay outside the span.
        var title = members.first.flatMap { titleBefore($0) }
        var strippedTitle = title != nil
        // A title in the possessive names its office ("the Sheriff's Office"), not a person.
        while let first = members.first, isTitle(first), !entry(first).hasPossessive,
              members.count > 1 || next(first).map({ isPunctuation($0, UInt8(ascii: ".")) }) == true {
            // A second title word that is also a given name, before a name, is the given name
            // ("Officer Justice Okeke", "Deputy Major Tillman").
            if strippedTitle, members.count > 1, tokens[first].shape == .capitalised,
               flags(first).contains(.firstName) || (Cues.titleGivenNames.contains(key(first))
                   && !(title.map { Cues.rankCompoundLeads.contains(key($0)) || Cues.majorRankLeads.contains(key($0)) } ?? false)) { break }
            strippedTitle = true
            title = first
            members = members.dropFirst()
            if let n = members.first, let dot = previous(n), isPunctuation(dot, UInt8(ascii: ".")) {}
            // "Sheriff's Office", "Marshal's Department": a possessive rank owns the words after
            // it; ordinary words there are the office, not a name.
            if entry(first).hasPossessive, members.allSatisfy({ tokens[$0].kind != .letter || (isEnglish($0) && !isNameListed($0)) }) { return }
        }
        // "Mom and Dad were home", "I called Mom": a parent or grandparent called by the word
        // for them is no one's name.
        if title == nil, members.count == 1, let only = members.first, Cues.familyAddressTerms.contains(key(only)) { return }
        // "Sgt. Bishop asked", "Ofc. Pastor": a title word that is also a surname, alone
        // after a rank, is that officer's name — unless the two make a rank ("Sergeant Major",
        // "Deputy Marshal", "Chief Judge").
        if let first = members.first, members.count == 1, let title, title != first, isTitleSurname(first, after: title) {
            emit(members, label: .person, score: 0.85, rule: "name.title-surname", context: title)
            return
        }
        // "We had J. Smith there", "K. Lee and R. Diaz", "G. Hollis Jr.": one initial with its period before a
        // capitalised listed name, or a word no list knows, is a person (the tokenizer may
        // have read the period as a sentence end and the surname as a sentence start). A
        // compass letter after a place word or before a word or place is a street's direction
        // ("off E. Harmony", "on N. Sheridan").
        // A plural rank before the initial ("Officers J. Smith (#1234) and K. Lee") is its title word.
        if title == nil, case let core = members.drop(while: { (isStop($0) || Cues.pluralRankKeys.contains(key($0))) && !isInitial($0) }),
           core.count == 2 || (core.count == 3 && core.last.map { Cues.generationalSuffixes.contains(key($0)) } == true),
           let initial = core.first, case let surname = core[core.startIndex + 1], tokens[initial].length == 1, isInitial(initial),
           let dot = next(initial), isPunctuation(dot, UInt8(ascii: ".")), Int(tokens[dot].start) == Int(tokens[initial].end),
           tokens[surname].shape == .capitalised, tokens[surname].length >= 2, !isStop(surname), !isTitle(surname),
           isNameListed(surname) || !isEnglish(surname), !isAllowListed(surname) || isNameListed(surname),
           !(isCompassLetter(initial) && (placeContext(initial) || isEnglish(surname) || isPlace(surname))) {
            emit(core, label: .person, score: 0.85, rule: "name.initial-surname", context: nil)
            return
        }
        // "his partner T-Boy", "a guy called J-Rock": a letter glued by a hyphen to a
        // capitalised word after a role or naming word is a street nickname ("T-Shirt",
        // "U-Turn" and "B-Pillar" have no such cue).
        if title == nil, members.count == 2, let first = members.first, let second = members.last, tokens[first].length == 1, isInitial(first),
           let hyphen = next(first), isPunctuation(hyphen, UInt8(ascii: "-")), Int(tokens[hyphen].start) == Int(tokens[first].end),
           Int(tokens[second].start) == Int(tokens[hyphen].end), tokens[second].shape == .capitalised,
           let cue = roleBefore(first) ?? namingCue(before: first)?.0 {
            emit(members, label: .person, score: 0.85, rule: "name.letter-nickname", context: cue)
            return
        }
        // "my horse is Duchess", "her dog, Biscuit,", "My dog is Justice", "rides Thunder":
        // after an animal noun in lower case or a riding verb an ordinary word (or a title
        // that is also a given name) is the animal's name, which names its handler.
        if title == nil, members.count <= 2, let first = members.first, tokens[first].shape == .capitalised, !isStop(first),
           !tokens[first].isSentenceStart, !isTitle(first) || Cues.titleGivenNames.contains(key(first)),
           !Cues.functionWords.contains(key(first)), !Cues.placeHeads.contains(key(first)), !Cues.orgHeads.contains(key(first)),
           !Cues.unitWords.contains(key(first)), let cue = animalCue(before: first) {
            // Police dogs are often named after firearms and cars ("his dog Ruger"): then the
            // cue outweighs those allow-lists, as a title does; a breed stays a word.
            let namedAfterGear = !flags(first).intersection([.allowWeapon, .allowVehicle]).isEmpty
            emit(members, label: .person, score: namedAfterGear ? 0.9 : 0.85, rule: "name.animal", context: cue)
            return
        }
        if let first = members.first, isTitle(first), members.count == 1 { return }
        // "Office of Justice Services", "Bureau of Justice Statistics": a rank word after
        // "of" names an office, and the ordinary words after it are no one's name.
        if let t = title, let p = previous(t), key(p) == Cues.ofKey, tokens[p].shape == .lower,
           members.allSatisfy({ tokens[$0].kind == .letter && isEnglish($0) && !isNameListed($0) }) { return }
        // "APD Zone 5", "PAPD JFK Command": a run ending in a command word names the
        // writer's command, not a person; its number goes with it. Functional units
        // ("Criminal Investigation Division", "Patrol Division") locate no one.
        // "Dundee Response Team 2", "Patrol Division B-Shift": a team or shift run names a
        // unit when a proper name heads it or a command word sits inside it; a functional
        // team alone ("Tactical Team", "Night Shift") does not.
        if members.count >= 2, let last = members.last, Cues.unitWords.contains(key(last)), let head = members.first,
           case let commanded = members.dropLast().contains(where: { Cues.commandWords.contains(key($0)) }), isProperHead(head) || commanded {
            var unit = Array(members)
            if let n = next(last), tokens[n].kind == .number, tokens[n].length <= 3 { unit.append(n) }
            // A command inside outweighs the allow-listed functional words ("Patrol Division").
            emit(unit[...], label: .org, score: commanded ? 0.9 : 0.8, rule: "org.unit-run", context: last)
            return
        }
        // "the Records Branch", "Patrol Section": a functional unit's subdivision alone is a
        // job ("the Kenmore Patrol Section", "Tri-Valley Narcotics Bureau" name a place's unit).
        if members.count >= 2, let last = members.last, Cues.subdivisionWords.contains(key(last)),
           let before = previous(last), Cues.functionalUnits.contains(key(before)) {
            if members.count > 2 { emit(members, label: .org, score: 0.8, rule: "org.unit-run", context: last) }
            return
        }
        if members.count >= 2, let last = members.last, Cues.commandWords.contains(key(last)),
           let before = previous(last), !Cues.functionalUnits.contains(key(before)) {
            var command = Array(members)
            if let n = next(last), tokens[n].kind == .number, tokens[n].length <= 3 { command.append(n) }
            emit(command[...], label: .org, score: 0.8, rule: "org.command-run", context: last)
            return
        }
        // A known multi-word place at the start of the run ("New Jersey", "Chevy Chase").
        if title == nil, let first = members.first, let place = gazetteer.longestMatch(in: text, from: first, wanted: .place),
           let lastMember = members.last, place.end - 1 <= lastMember, place.end - 1 > first {
            let placeMembers = members.filter { $0 < place.end }
            emit(placeMembers[...], label: .location, score: placeContext(first) ? 0.9 : 0.85, rule: "place.gazetteer", context: nil)
            let rest = members.filter { $0 >= place.end }
            if !rest.isEmpty { classifyRun(rest) }
            return
        }
        // "Christmas Eve", "Easter Sunday": a holiday's name is a date (the date rule's), not a
        // full name made of two listed names, and it spreads to no "Christmas gift".
        if case let words = members.drop(while: { isStop($0) }), words.count == 2, let head = words.first, let tail = words.last,
           Cues.holidayWords.contains(key(head)), Cues.holidayTails.contains(key(tail)) { return }
        // "in Accident, Maryland", "from Why, Arizona", "near Igloo, South Dakota": after a place
        // word, a capitalised run before a comma and a US state is the state's town, even when
        // its words are ordinary ones; the state goes with it.
        if title == nil, let first = all.first, let last = all.last, placeContext(first), let state = stateAfter(last) {
            emit(all[...], label: .location, score: 0.9, rule: "place.before-state", context: state.first)
            emit(state, label: .location, score: 0.9, rule: "place.before-state", context: last)
            return
        }
        // "grew up in Possum Trot", "from Cedar-Riverside toward": right after a place
        // preposition, a title-case run of ordinary words closing its phrase is a place named
        // with ordinary words (inside a sentence such a run is otherwise a compound noun).
        if title == nil, let head = all.first, !tokens[head].isSentenceStart, !Cues.nicknamePrefixes.contains(key(head)),
           all.allSatisfy({ tokens[$0].kind == .letter && isEnglish($0) && !isTitle($0) }), all.filter({ isNameListed($0) }).count <= 1,
           isOrdinaryWordPlace(all) {
            emit(all[...], label: .location, score: 0.7, rule: "place.ordinary-words", context: previous(head))
            return
        }
        // "taken to Pine Rest", "booked into Santa Rita": a movement verb names a place,
        // even when its words are ordinary ones.
        if title == nil, let first = all.first, let cue = movementCue(before: first) {
            var placeMembers = all[...]
            while let head = placeMembers.first, isStop(head) { placeMembers = placeMembers.dropFirst() }
            if !placeMembers.isEmpty {
                emit(placeMembers, label: .location, score: 0.8, rule: "place.destination", context: cue)
                return
            }
        }
        // "myself and Mere were sent", "me and Hope": a capitalised word joined to the writer
        // by "and" is a person even when it is also an ordinary word; at a sentence start
        // only a listed first name ("Grace and I went in").
        if title == nil, members.count == 1, let only = members.first, !tokens[only].isSentenceStart || flags(only).contains(.firstName),
           tokens[only].length >= 3,
           tokens[only].shape == .capitalised, !isStop(only), !isTitle(only), !Cues.roles.contains(key(only)),
           !Cues.functionWords.contains(key(only)), !Cues.commandWords.contains(key(only)),
           !isAllowListed(only) || flags(only).contains(.firstName), let partner = pronounPartner(only) {
            emit(members, label: .person, score: 0.8, rule: "name.with-pronoun", context: partner)
            return
        }
        // "a guy everybody called \"Rooster\"": a quoted run right after a naming cue is the
        // name (or a place's name after a place noun), even when its words are ordinary ones.
        if title == nil, let first = all.first, let last = all.last, let open = previous(first), isQuote(open),
           let close = next(last), isQuote(close), let (cue, place) = namingCue(before: first),
           !all.contains(where: { isStop($0) && !isNameListed($0) }) {
            emit(all[...], label: place ? .location : .person, score: 0.85, rule: place ? "place.called" : "name.called", context: cue)
            return
        }
        // "a regular we call Biscuit", "a dog named Biscuit": after a naming cue even an
        // ordinary word is the name (a place noun before the cue makes it a place's name).
        if title == nil, members.count <= 3, let first = members.first, tokens[first].shape == .capitalised, !isStop(first),
           let (cue, place) = namingCue(before: first), !place {
            emit(members, label: .person, score: 0.85, rule: "name.called", context: cue)
            return
        }
        // "goes by Q", "calls himself J": one capital letter alone after a naming cue is the
        // name ("I" and "A" stay words). The run may have joined the next sentence's first
        // word to it as if the letter were an initial ("goes by Q. I asked").
        if title == nil, let only = members.first, isSingleLetterName(only),
           members.count == 1 || (members.count == 2 && members.last.map { tokens[$0].isSentenceStart || isStop($0) } == true),
           let (cue, place) = namingCue(before: only), !place {
            emit(members.prefix(1), label: .person, score: 0.8, rule: "name.called", context: cue)
            if members.count == 2 { classifyRun(Array(members.dropFirst())) }
            return
        }
        // "Bam, whose real name is Darnell Hughes", "Tank was his cousin": a run the words
        // after it identify as a person is a name, even when its words are ordinary ones.
        if title == nil, members.count <= 3, let first = members.first, let last = members.last, tokens[first].shape == .capitalised,
           !isStop(first), !isTitle(first), !Cues.roles.contains(key(first)), !Cues.functionWords.contains(key(first)),
           !Cues.pluralRoles.contains(key(first)), !Cues.indefinitePronouns.contains(key(first)), let cue = identifyingClause(after: last) {
            emit(members, label: .person, score: 0.8, rule: "name.identified-after", context: cue)
            return
        }
        // "Hey Pooh, come here", "Listen, Boo, put it down": a word between a greeting and a
        // comma or an exclamation is the person spoken to.
        if title == nil, case let spoken = members.drop(while: { Cues.greetings.contains(key($0)) }), spoken.count <= 2,
           let first = spoken.first, let last = spoken.last, tokens[first].shape == .capitalised, !isStop(first), !isTitle(first),
           !Cues.roles.contains(key(first)), !Cues.pluralRoles.contains(key(first)), !Cues.functionWords.contains(key(first)),
           !Cues.addressTerms.contains(key(first)), !Cues.radioAddressees.contains(key(first)), !isAllowListed(first) || isNameListed(first),
           let cue = greetingBefore(first), let n = next(last),
           isPunctuation(n, UInt8(ascii: ",")) || isPunctuation(n, UInt8(ascii: "!")) || isPunctuation(n, UInt8(ascii: "?")) {
            emit(spoken, label: .person, score: 0.8, rule: "name.vocative", context: cue)
            return
        }
        // "gave us three names: Boo, Scooter and a guy they called Cash": capitalised words
        // listed after "names:" are the names, even when they are ordinary words.
        if title == nil, members.count <= 3, let first = members.first, tokens[first].shape == .capitalised,
           !isStop(first), !isTitle(first), !Cues.functionWords.contains(key(first)), let cue = nameListCue(before: first) {
            emit(members, label: .person, score: 0.8, rule: "name.listed-after-names", context: cue)
            return
        }
        let earlyRole = title == nil ? members.first.flatMap { roleBefore($0) } : nil
        // Drop leading ordinary words and function words ("When Batiste", "The Hardesty").
        while let first = members.first, title == nil || (isStop(first) && !isNameListed(first)) {
            if earlyRole != nil, isNameListed(first) { break }
            // "his new girlfriend, Sky, and": one capitalised word set off by commas right after a
            // role is the person's name, even when a list calls it a word or a car.
            if let role = earlyRole, adjacentRole(first) == role, members.count == 1, tokens[first].shape == .capitalised,
               tokens[first].length >= 3, !isStop(first), !isTitle(first), !Cues.functionWords.contains(key(first)),
               let comma = next(first), isPunctuation(comma, UInt8(ascii: ",")), let p = previous(first), isPunctuation(p, UInt8(ascii: ",")) { break }
            // "My partner, Tonga Vaipulu,": right after a role, a capitalised word before an
            // unknown surname is the given name, even when it is a country or a word.
            if let role = earlyRole, adjacentRole(first) == role, members.count == 2, tokens[first].shape == .capitalised,
               tokens[first].length >= 3, !isStop(first), !isTitle(first), !Cues.functionWords.contains(key(first)),
               case let surname = members[members.startIndex + 1], isStrongName(surname), !isNameListed(surname) || !isEnglish(surname) { break }
            // A listed name that is also a function word stays before a strong name ("Will Hardesty").
            // A first name that is also a word ("Will Hardesty") or a nickname adjective
            // ("Big Tone", "Lil Mike") stays before a name.
            if members.count > 1, flags(first).contains(.firstName) || Cues.nicknamePrefixes.contains(key(first)),
               !Cues.functionWords.contains(key(first)), isStrongName(members[members.startIndex + 1]) || isNameListed(members[members.startIndex + 1]) { break }
            // At a sentence start an ordinary word that is only a surname ("Later", "Long") is
            // more likely the word; a first name ("Will") may still start a name.
            let sentenceWord = tokens[first].isSentenceStart && isEnglish(first) && !flags(first).contains(.firstName) && members.count > 1
            if isStop(first) || sentenceWord || (isEnglish(first) && !isNameListed(first) && !isPlace(first)) || (isAllowListed(first) && !isNameListed(first) && !isVehiclePlace(first)) {
                members = members.dropFirst()
            } else {
                break
            }
        }
        // Drop trailing ordinary words ("Whitfield Then"), but not a surname after a
        // particle ("Willemine ten Pas").
        while let last = members.last, members.count > 1, title == nil {
            if isParticle(members[members.endIndex - 2]) && (!isStop(last) || isNameListed(last)) { break }
            // After a role the capitalised words are the name ("The passenger, Sage Little Thunder,").
            if let role = earlyRole, adjacentRole(members[members.startIndex]) == role, !isStop(last), tokens[last].kind == .letter, isUpperInitial(last) { break }
            // "Marlon Little Thunder", "Kaleb Mountain Chief": after a given name that is no
            // English word, one or two capitalised words close a compound surname (Lakota,
            // Blackfeet and Cheyenne names are English words).
            if members.count <= 3, let head = members.first, tokens[head].shape == .capitalised, flags(head).contains(.firstName), !isEnglish(head),
               !isStop(head), !isAllowListed(head), !tokens[members[members.startIndex + 1]].isSentenceStart,
               !members.dropLast().contains(where: { entry($0).hasPossessive }),
               !Cues.placeHeads.contains(key(last)), !Cues.orgHeads.contains(key(last)), !Cues.businessTails.contains(key(last)),
               members.dropFirst().allSatisfy({ tokens[$0].kind == .letter && tokens[$0].shape == .capitalised && !isStop($0)
                   && !Cues.functionWords.contains(key($0)) && (!isAllowListed($0) || isTitle($0) || isJargonTail($0, of: members)) }) { break }
            // A middle initial after a name ("BRZEZINSKI, Wojciech A.") is not the article.
            if tokens[last].length == 1, isInitial(last), isStrongName(members[members.endIndex - 2]),
               let dot = next(last), Int(tokens[dot].start) == Int(tokens[last].end), isPunctuation(dot, UInt8(ascii: ".")) { break }
            // A facility head closes a business name ("Kim's Nails & Spa"); a dangling "&" does not.
            if Cues.placeHeads.contains(key(last)), tokens[last].kind == .letter,
               members.contains(where: { isPunctuation($0, UInt8(ascii: "&")) || entry($0).hasPossessive }) { break }
            if isPunctuation(last, UInt8(ascii: "&")) {
                members = members.dropLast()
                continue
            }
            // A trade word that is also a post-office town ("Supply", North Carolina) is still the trade.
            if isStop(last) || (isEnglish(last) && !isNameListed(last) && (!isPlace(last) || Cues.businessTails.contains(key(last)))) {
                members = members.dropLast()
            } else {
                break
            }
        }
        guard let first = members.first, let last = members.last else { return }
        if members.allSatisfy({ tokens[$0].kind != .letter || (isStop($0) && !((title != nil || earlyRole != nil) && isNameListed($0))) }) { return }
        let role = title == nil ? roleBefore(first) : nil
        let sentenceStart = tokens[first].isSentenceStart || previous(first).map { isQuote($0) || isPunctuation($0, UInt8(ascii: "(")) } == true
            || followsAnswerSentence(first)

        if let title {
            // "Major Crimes", "Major Case Squad": after "Major" the nouns of unit names are the
            // adjective's noun, not a surname.
            if key(title) == Cues.majorKey, let first = members.first, Cues.majorUnitNouns.contains(key(first)) { return }
            emit(members, label: .person, score: 0.95, rule: "name.title", context: title)
            return
        }
        if let (cue, place) = namingCue(before: all.first ?? first) {
            // "a bar called The Salty Pelican", "knew him as \"Smoke\"", "gave the name Will Hardesty".
            emit(place ? all[...] : members, label: place ? .location : .person, score: 0.85, rule: place ? "place.called" : "name.called", context: cue)
            return
        }
        if let role {
            emit(members, label: .person, score: 0.9, rule: "name.role", context: role)
            return
        }
        if ageAfter(last) {
            emit(members, label: .person, score: 0.9, rule: "name.age", context: nil)
            return
        }
        // Whole run is a known place (San Marcos, New Braunfels, Maricopa County).
        if let place = gazetteer.longestMatch(in: text, from: first, wanted: .place), place.end > last {
            let placeOnly = (place.flags.intersection(.name).isEmpty && !(members.count == 1 && isEnglish(first))) || members.count > 1
            if placeOnly || placeContext(first), !(members.count == 1 && isCountryWord(first)) {
                emit(members, label: .location, score: placeContext(first) ? 0.9 : 0.85, rule: "place.gazetteer", context: nil)
                return
            }
        }
        // A run ending in a facility or organisation head ("Brigham Young University",
        // "Mercy Hospital") is a place, whatever names it contains.
        if members.count >= 2, let last = members.last, Cues.placeHeads.contains(key(last)) {
            emit(members, label: .location, score: 0.8, rule: "place.head", context: last)
            return
        }
        // "Lake Havasu", "Fort Bliss", "Mount Rainier": a place word heading the run makes it a place.
        if members.count >= 2, let head = members.first, tokens[head].shape == .capitalised, Cues.placeHeadsFirst.contains(key(head)) {
            emit(members, label: .location, score: 0.85, rule: "place.head-first", context: head)
            return
        }
        // A run ending in a street suffix is a street when the suffix is no surname or a
        // word of place comes before it ("across Ross Clark Circle", "near Breese Terrace",
        // "in Allison Hill"); "with Tom Hill", "Tom Hill's car" and a run with an initial
        // ("by Brad L Key") stay with the names.
        if members.count >= 2, let last = members.last, tokens[last].shape == .capitalised, flags(last).contains(.streetSuffix),
           !flags(last).contains(.firstName), !entry(last).hasPossessive, !members.contains(where: { tokens[$0].length == 1 }),
           !flags(last).contains(.surname) || placeContext(members[members.startIndex]) {
            emit(members, label: .location, score: 0.8, rule: "place.street", context: last)
            return
        }
        let strong = members.filter { isStrongName($0) }
        let named = members.filter { isNameListed($0) }
        let namedNonWord = named.contains { !isEnglish($0) && !isAllowListed($0) }
        // "Brad L Key", "Daniela C Capon": a first name, a middle initial, a capitalised word.
        if members.count == 3, let first = members.first, flags(first).contains(.firstName),
           tokens[members[members.startIndex + 1]].length == 1, isInitial(members[members.startIndex + 1]),
           let last = members.last, !isStop(last), !isAllowListed(last) {
            emit(members, label: .person, score: 0.85, rule: "name.middle-initial", context: nil)
            return
        }
        if members.count >= 2, !strong.isEmpty || (named.count >= 2 && namedNonWord) || (named.count >= 2 && named.count == members.count && !members.contains(where: isAllowListed)) {
            // Two or more capitalised words with a name among them: a full name.
            let allEnglish = members.allSatisfy { isEnglish($0) || isStop($0) || tokens[$0].kind != .letter }
            if allEnglish && named.count < members.filter({ tokens[$0].kind == .letter }).count { return }
            if placeContext(first) && members.contains(where: isPlace) && named.isEmpty {
                emit(members, label: .location, score: 0.8, rule: "place.context", context: previous(first))
                return
            }
            emit(members, label: .person, score: 0.85, rule: "name.full", context: nil)
            return
        }
        // "Rail Control", "Operations Plan", "Range Master": inside a sentence a title-case
        // run of ordinary words with at most one listed name among them is a compound noun,
        // not a name (at a sentence start "Hi Victor" may greet one).
        // A head with a clitic is a clause of its own before a first name ("\"That's Hector's truck\"").
        if all.count >= 2, let head = all.first, !tokens[head].isSentenceStart, !Cues.nicknamePrefixes.contains(key(head)),
           !(all.count == 2 && isStop(head) && entry(head).hasPossessive && flags(all[1]).contains(.firstName)),
           all.allSatisfy({ tokens[$0].kind == .letter && isEnglish($0) && !isTitle($0) }),
           all.filter({ isNameListed($0) }).count <= 1 {
            return
        }
        // A single word (or a run of ordinary words).
        for member in members where tokens[member].kind == .letter {
            classifySingle(member, sentenceStart: sentenceStart && member == first)
        }
    }

    /// A lower-case animal noun right before the token, or before a comma before it ("his
    /// dog Bandit", "the horse, Biscuit"), or a few function words before it ("my horse is
    /// Duchess", "K9 Rook"), or a riding verb right before it ("rides Thunder"; not a listed
    /// vehicle, carrier or place: "rode Amtrak", "rides Metro").
    func animalCue(before index: Int) -> Int? {
        guard var p = previous(index) else { return nil }
        if tokens[p].kind == .letter, tokens[p].shape == .lower, Cues.ridingVerbs.contains(key(p)) {
            return isAllowListed(index) || isPlace(index) ? nil : p
        }
        if isPunctuation(p, UInt8(ascii: ",")), let q = previous(p) { p = q }
        if tokens[p].shape == .lower && Cues.animalWords.contains(key(p)) { return p }
        // "My K9 Justice", "my K9 is Justice", "our k9, Justice,": K9 reads as a number token,
        // which the role walk stops at, so look for it over stop words and commas here.
        var q: Int? = previous(index)
        var steps = 0
        while let current = q, steps < 3 {
            if Cues.animalRoles.contains(key(current)) { return current }
            guard isPunctuation(current, UInt8(ascii: ",")) || (tokens[current].kind == .letter && isStop(current)) else { break }
            q = previous(current)
            steps += 1
        }
        guard let role = roleBefore(index), Cues.animalWords.contains(key(role)) || Cues.animalRoles.contains(key(role)),
              tokens[role].shape == .lower || tokens[role].shape == .allCaps else { return nil }
        return role
    }

    /// N, S, E or W alone: a street's direction as often as an initial.
    func isCompassLetter(_ index: Int) -> Bool {
        guard tokens[index].length == 1 else { return false }
        let byte = text.utf8[Int(tokens[index].start)]
        return byte == UInt8(ascii: "N") || byte == UInt8(ascii: "S") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "W")
    }

    /// "Will I do it again? No. Ask yourself …": after a one-word answer sentence ("No.",
    /// which the tokenizer reads as the abbreviation of "number") a new sentence starts.
    func followsAnswerSentence(_ index: Int) -> Bool {
        guard let dot = previous(index), isPunctuation(dot, UInt8(ascii: ".")), let word = previous(dot),
              tokens[word].kind == .letter, Cues.answerWords.contains(key(word)) else { return false }
        guard let before = previous(word) else { return true }
        return isPunctuation(before, UInt8(ascii: "?")) || isPunctuation(before, UInt8(ascii: ".")) || isPunctuation(before, UInt8(ascii: "!"))
    }

    /// A capitalised title word that is a common surname ("Bishop", "Major", "Pastor")
    /// right after a capitalised listed first name that is no title itself: "Tom Bishop".
    func isSurnameAfterFirstName(_ index: Int, after previous: Int) -> Bool {
        Cues.titleSurnames.contains(key(index)) && tokens[index].shape == .capitalised
            && flags(previous).contains(.firstName) && tokens[previous].shape == .capitalised && !isTitle(previous)
    }

    /// A capitalised title word that is a common surname ("Bishop", "Pastor", "Judge") right
    /// after another title, not followed by a period (an abbreviation) and not forming a rank
    /// with it.
    func isTitleSurname(_ index: Int, after title: Int) -> Bool {
        guard tokens[index].kind == .letter, tokens[index].shape == .capitalised, entry(index).casing == .normal,
              Cues.titleSurnames.contains(key(index)), !Cues.rankCompoundLeads.contains(key(title)) else { return false }
        if Cues.majorKey == key(index), Cues.majorRankLeads.contains(key(title)) { return false }
        if let n = next(index), isPunctuation(n, UInt8(ascii: ".")), Int(tokens[n].start) == Int(tokens[index].end) {
            // "Sgt. Bishop." ends a sentence; "Maj." is an abbreviation.
            return tokens[index].length > 4
        }
        return true
    }

    /// "called", "named", "as", "name", "aka" (optionally followed by an opening quote)
    /// right before a run; `place` when the noun before the cue is a kind of place
    /// ("a bar called …").
    func namingCue(before index: Int) -> (Int, Bool)? {
        guard var p = previous(index) else { return nil }
        let quoted = isQuote(p)
        if quoted, let q = previous(p) { p = q }
        let k = key(p)
        var isCue = Cues.cueWords.contains(k) || (quoted && Cues.weakCueWords.contains(k))
        // "his name was Maverick Trout", "her name is Journee": the noun "name" and a copula.
        if !isCue, !quoted, Cues.copulas.contains(k), tokens[p].shape == .lower, let noun = previous(p), key(noun) == Cues.nameNoun {
            isCue = true
        }
        // "a regular we call Biscuit", "everybody calls him Tiny": "call" in the present
        // after a group that names someone, or before "him"/"her", is a naming cue too.
        if !isCue, tokens[p].shape == .lower, let before = previous(p), tokens[before].kind == .letter {
            if Cues.presentCallWords.contains(k) && Cues.namingGroups.contains(key(before)) { isCue = true }
            if Cues.objectPronouns.contains(k) && (Cues.presentCallWords.contains(key(before)) || key(before) == TokenKey.key("called")) { isCue = true }
            // "calls himself K-Dog", "goes by Peewee".
            if Cues.reflexivePronouns.contains(k) && (Cues.presentCallWords.contains(key(before)) || key(before) == TokenKey.key("called")) { isCue = true }
            if k == Cues.byKey && Cues.goingWords.contains(key(before)) && tokens[before].shape == .lower { isCue = true }
        }
        guard isCue, tokens[p].shape == .lower || entry(p).casing != .normal else { return nil }
        var place = false
        if let noun = previous(p) {
            place = Cues.placeNouns.contains(key(noun))
        }
        return (p, place)
    }

    /// A radio-jargon word closing a compound surname after an ordinary capitalised word
    /// ("Nathaniel Eagle Boy"): "Boy" is jargon in call signs, not after "Eagle".
    func isJargonTail(_ index: Int, of members: ArraySlice<Int>) -> Bool {
        guard index == members.last, members.count >= 3, flags(index).intersection(.allow) == .allowJargon else { return false }
        let before = members[members.endIndex - 2]
        return tokens[before].kind == .letter && !isAllowListed(before)
    }

    /// "taken to", "transported to", "admitted to", "booked into" right before a run.
    func movementCue(before index: Int) -> Int? {
        guard let preposition = previous(index), tokens[preposition].shape == .lower,
              Cues.movementPrepositions.contains(key(preposition)),
              let verb = previous(preposition) else { return nil }
        return Cues.movementVerbs.contains(key(verb)) ? verb : nil
    }

    /// A run of two or three capitalised ordinary words right after a lower-case place
    /// preposition, none of them on an allow-list or a rank or unit word, closed by
    /// punctuation or a lower-case word: "in Possum Trot and", "out to Shady Grove.".
    func isOrdinaryWordPlace(_ run: [Int]) -> Bool {
        guard (2...3).contains(run.count), let head = run.first, let last = run.last, let p = previous(head), tokens[p].kind == .letter,
              tokens[p].shape == .lower, Cues.placePrepositions.contains(key(p)), !Cues.compassWords.contains(key(p)),
              run.allSatisfy({ tokens[$0].shape == .capitalised && !isAllowListed($0) && !isStop($0) && !Cues.functionWords.contains(key($0))
                  && !Cues.unitWords.contains(key($0)) && !Cues.commandWords.contains(key($0)) && !Cues.roles.contains(key($0))
                  && !Cues.functionalUnits.contains(key($0)) && !Cues.orgHeads.contains(key($0)) && !Cues.operationsNouns.contains(key($0)) })
        else { return false }
        guard let after = next(last) else { return true }
        return tokens[after].kind == .punctuation || (tokens[after].kind == .letter && tokens[after].shape == .lower)
    }

    /// The tokens of a listed US state written right after the token, a comma between
    /// ("Accident, Maryland", "Igloo, South Dakota"), when the state closes its phrase.
    func stateAfter(_ index: Int) -> ArraySlice<Int>? {
        guard let comma = next(index), isPunctuation(comma, UInt8(ascii: ",")), Int(tokens[comma].start) == Int(tokens[index].end),
              let state = next(comma), tokens[state].kind == .letter, tokens[state].shape == .capitalised,
              let match = gazetteer.longestMatch(in: text, from: state, wanted: .usState) else { return nil }
        let members = (state..<match.end).filter { tokens[$0].kind != .space }
        // "Alabama Avenue", "Washington Street": a street or a facility named after the state is no state.
        if let after = next(match.end - 1), tokens[after].kind == .letter, isUpperInitial(after) { return nil }
        return members[...]
    }

    /// Whether a place preposition precedes the token ("in Kanab", "from Buda").
    /// Also after a known place and a comma ("Bowbells, North Dakota", "Denver, Colorado").
    /// Also after "and"/"or" and a known place that is itself in a place position
    /// ("between Opelousas and Sunset", "from Galliano or Golden Meadow").
    func placeContext(_ index: Int, depth: Int = 0) -> Bool {
        guard let p = previous(index) else { return false }
        if isPunctuation(p, UInt8(ascii: ",")), let q = previous(p), tokens[q].kind == .letter, isUpperInitial(q), isPlace(q),
           !isStop(q), !isTitle(q) {
            return true
        }
        if depth < 2, tokens[p].kind == .letter, tokens[p].shape == .lower, Cues.conjunctions.contains(key(p)), let q = previous(p),
           tokens[q].kind == .letter, isUpperInitial(q), isPlace(q), !isStop(q), !isTitle(q), !isAllowListed(q) {
            // The place before the conjunction may be the last word of a longer one ("Golden Meadow").
            var head = q
            if let r = previous(q), tokens[r].kind == .letter, isUpperInitial(r), !isStop(r) { head = r }
            return placeContext(head, depth: depth + 1) || (head != q && placeContext(q, depth: depth + 1))
        }
        return Cues.placePrepositions.contains(key(p)) && tokens[p].shape == .lower
    }

    /// "spoke Tamil", "talked to him in Tigrinya", "said something in Amharic": a word right
    /// after a verb of speaking, or after "in" with such a verb at most four words before,
    /// is a language.
    func isLanguageAfterSpeech(_ index: Int) -> Bool {
        guard let p = previous(index), tokens[p].kind == .letter, tokens[p].shape == .lower else { return false }
        if Cues.languageVerbs.contains(key(p)) { return true }
        guard key(p) == Cues.inKey else { return false }
        var cursor = p
        for _ in 0..<4 {
            guard let q = previous(cursor), tokens[q].kind == .letter, tokens[q].shape == .lower else { return false }
            if Cues.languageVerbs.contains(key(q)) { return true }
            cursor = q
        }
        return false
    }

    /// A vehicle model (and nothing else allow-listed) right after a place preposition or
    /// a place and a comma: "out of Kona", "Denver, Colorado".
    func isVehiclePlace(_ index: Int) -> Bool {
        if flags(index).contains(.allowVehicle) && !isEnglish(index)
            && flags(index).intersection([.allowJargon, .allowWeapon, .allowPublicOrg, .country, .allowCaller]).isEmpty && placeContext(index) {
            return true
        }
        // A town named like a weapon ("Deputy Vigil in Rifle, thirty minutes away"): a
        // listed US place after a place word, closing its phrase.
        guard flags(index).contains(.allowWeapon), flags(index).contains(.usPlace), tokens[index].shape == .capitalised,
              !tokens[index].isSentenceStart, placeContext(index) else { return false }
        guard let after = next(index) else { return true }
        return tokens[after].kind == .punctuation
            || (tokens[after].kind == .letter && tokens[after].shape == .lower && !Cues.conjunctions.contains(key(after)))
    }

    /// A short word in capitals inside mixed-case prose that labels the number after it
    /// ("IR# 19-004417", "CCN 19-038842", "FS 790.151", "DPSST 48812", or "CCN [ID]" once
    /// the number is redacted), or the plural of an abbreviation ("FSTs"): not a name.
    func isAcronym(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .letter, entry(index).casing == .normal, token.length >= 2, token.length <= 7 else { return false }
        if token.shape == .allCaps {
            guard token.length <= 6, let n = next(index) else { return false }
            if tokens[n].kind == .number || isPunctuation(n, UInt8(ascii: "[")) { return true }
            guard isPunctuation(n, UInt8(ascii: "#")), Int(tokens[n].start) == Int(token.end) else { return false }
            return true
        }
        guard token.shape == .mixed, token.length >= 3 else { return false }
        let bytes = text.utf8[token.range]
        return bytes.last == UInt8(ascii: "s") && bytes.dropLast().allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// "Breezeways funnel you", "Stairwells are worse": a capitalised word no list knows
    /// whose singular is an English word is that word's plural (looked up only for
    /// unknown words at a sentence start).
    func isPluralOfWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .letter, token.shape == .capitalised, token.length >= 5,
              text.utf8[Int(token.end) - 1] == UInt8(ascii: "s") else { return false }
        let singular = text.slice(Int(token.start)..<(Int(token.end) - 1)).lowercased()
        return gazetteer.flags(key: TokenKey.key(singular)).contains(.englishWord)
    }

    /// A country, a nation of the UK or a language ("from Germany", "the north of England",
    /// "in English") locates no one below a country. A country that is also a US town
    /// ("Lebanon", Tennessee) or a US state ("Georgia") may still be the place.
    func isCountryWord(_ index: Int) -> Bool {
        let f = flags(index)
        return f.contains(.country) && !f.contains(.usState)
            && (!f.contains(.usPlace) || Cues.ukNations.contains(key(index)) || Cues.languages.contains(key(index)))
    }

    /// A single capitalised word in prose.
    mutating func classifySingle(_ index: Int, sentenceStart: Bool) {
        let f = flags(index)
        if isStop(index) || isTitle(index) { return }
        if tokens[index].length < 2 && !isInitial(index) { return }
        // "a Christmas gift", "Halloween candy": a holiday before a lower-case noun names the
        // holiday's goods (the date rule leaves those alone too), not a person or a town.
        if Cues.holidayWords.contains(key(index)), let n = next(index), Int(tokens[n].start) == Int(tokens[index].end) + 1,
           tokens[n].kind == .letter, tokens[n].shape == .lower, !Cues.placePrepositions.contains(key(n)), !Cues.conjunctions.contains(key(n)) { return }
        let listedName = !f.intersection(.name).isEmpty
        let english = f.contains(.englishWord)
        let place = !f.intersection(.place).isEmpty
        // A vehicle model that is also a place ("out of Kona", "Denver, Colorado"): the
        // place context outweighs the model list.
        if isVehiclePlace(index) {
            emit([index], label: .location, score: 0.9, rule: "place.context", context: previous(index))
            return
        }
        // "Dakota told us to leave", "Sierra said her boyfriend …": a first name that is also
        // a vehicle or a code word, acting, is the person — strong enough for the allow-list.
        if f.contains(.firstName), isAllowListed(index), f.intersection([.country, .allowPublicOrg]).isEmpty, !entry(index).hasPossessive,
           previous(index).map({ !Cues.determiners.contains(key($0)) && !Cues.possessivePronouns.contains(key($0)) }) ?? true,
           actionAfter(index) {
            emit([index], label: .person, score: 0.9, rule: "name.acting", context: next(index))
            return
        }
        if isAllowListed(index) && !listedName { return }
        // "Bro, drop the knife", "Cuz, listen": terms of address are no one's name.
        if Cues.addressTerms.contains(key(index)) { return }
        // "deputies from the S.O.", "the P.D. sent two cars": after a determiner the dotted
        // short form of a generic agency word names no agency ("Greene County S.O." does).
        if Cues.dottedAgencyWords.contains(key(index)), let p = previous(index), tokens[p].kind == .letter, Cues.determiners.contains(key(p)) { return }
        if !place, !listedName, isLanguageAfterSpeech(index) { return }
        if placeContext(index), place || !english, !isCountryWord(index) {
            emit([index], label: .location, score: place ? 0.9 : 0.7, rule: "place.context", context: previous(index))
            return
        }
        if !english {
            if place && !listedName {
                emit([index], label: .location, score: 0.75, rule: "place.gazetteer", context: nil)
            } else if listedName {
                emit([index], label: .person, score: 0.8, rule: "name.listed", context: nil)
            } else if !isAllowListed(index) && !isAcronym(index) && !(sentenceStart && isPluralOfWord(index)) {
                emit([index], label: .person, score: sentenceStart ? 0.6 : 0.7, rule: "name.unknown", context: nil)
            }
            return
        }
        // An ordinary word that is also a name: only with evidence.
        guard listedName else { return }
        // "Rock-solid", "Hunter-green", "Long-term": glued by a hyphen to a lower-case
        // English word, an ordinary word makes a compound adjective, not a name (and the
        // lower-case half, which reaches here as a member of the run, is no name either).
        if tokens[index].shape == .lower, let hyphen = previous(index), isPunctuation(hyphen, UInt8(ascii: "-")),
           Int(tokens[hyphen].end) == Int(tokens[index].start) { return }
        if let hyphen = next(index), Int(tokens[hyphen].start) == Int(tokens[index].end), isPunctuation(hyphen, UInt8(ascii: "-")),
           let word = next(hyphen), Int(tokens[word].start) == Int(tokens[hyphen].end), tokens[word].kind == .letter,
           tokens[word].shape == .lower, isEnglish(word) { return }
        if !sentenceStart {
            if let p = previous(index), isPunctuation(p, UInt8(ascii: ":")) || isQuote(p) { return }
            // "at 11:50 p.m. Neighbors complained": a plural role noun is the noun.
            if Cues.pluralRoles.contains(key(index)) { return }
            // "the Park", "a Hunter": after a determiner an ordinary word is a noun, unless a
            // place follows it ("the Spar on O'Connell St", a shop's name);
            // "Peace Officer", "Training Sergeant": before a rank it names the rank.
            // A household noun after it makes it a family's name ("the Wade residence").
            // The determiner may open the sentence ("The Police Federation's advice").
            // "That's Hector's truck": a determiner with a clitic ("that's" is "that is") is none.
            if let p = previous(index), tokens[p].shape == .lower || tokens[p].isSentenceStart, Cues.determiners.contains(key(p)),
               !entry(p).hasPossessive,
               !(next(index).map { (Cues.placePrepositions.contains(key($0)) || Cues.householdNouns.contains(key($0))) && tokens[$0].shape == .lower } ?? false) { return }
            if let n = next(index), isTitle(n), tokens[n].kind == .letter, isUpperInitial(n), Int(tokens[n].start) - Int(tokens[index].end) == 1 { return }
            emit([index], label: .person, score: 0.6, rule: "name.capitalised-word", context: nil)
        } else if !Cues.strongRoles.contains(key(index)), !Cues.pluralRoles.contains(key(index)), actionAfter(index) || introducedAfter(index) {
            // "Neighbor calls escalate", "Driver said he never saw us": at a sentence start a
            // role noun is the noun (a confirmed "Officer Driver" still spreads to it).
            emit([index], label: .person, score: 0.6, rule: "name.subject", context: nil)
        }
    }

    /// A first name at a sentence start that the words after it introduce: "Bill from the
    /// tow company called back" (a nickname, "from", then a verb within six words), "Rich
    /// (that's Officer Richard Szymański) was …" (a bracket holding a rank or title), "Hope,
    /// the crisis worker who met us, said …" (a comma and an appositive naming a role).
    func introducedAfter(_ index: Int) -> Bool {
        guard let n = next(index) else { return false }
        if isPunctuation(n, UInt8(ascii: ",")) {
            guard appositiveRole(after: n) else { return false }
            // Any word, when the appositive closes and the word's own verb follows ("Hawk,
            // a regular at the shelter, warned us"); "Training, the sergeant said, is …" not.
            return flags(index).contains(.firstName) || actionAfterAppositive(n)
        }
        if isPunctuation(n, UInt8(ascii: "(")) {
            var i = next(n)
            var steps = 0
            while let current = i, steps < 4, !isPunctuation(current, UInt8(ascii: ")")) {
                if isTitle(current), tokens[current].kind == .letter { return true }
                i = next(current)
                steps += 1
            }
            return false
        }
        guard flags(index).contains(.nickname), tokens[n].kind == .letter, key(n) == Cues.fromKey else { return false }
        var i = next(n)
        var steps = 0
        while let current = i, steps < 6, tokens[current].kind == .letter {
            if Cues.actionVerbs.contains(key(current)), !Cues.weakVerbs.contains(key(current)) { return true }
            i = next(current)
            steps += 1
        }
        return false
    }

    /// One capital letter that can stand for a person's name: not "I" or "A", not a
    /// letter glued to a hyphen or a period ("B-pillar", "A.M.").
    func isSingleLetterName(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .letter, token.length == 1, token.shape == .allCaps else { return false }
        let byte = text.utf8[Int(token.start)]
        guard byte != UInt8(ascii: "I"), byte != UInt8(ascii: "A") else { return false }
        if let n = next(index), Int(tokens[n].start) == Int(token.end), isPunctuation(n, UInt8(ascii: "-")) { return false }
        if let n = next(index), Int(tokens[n].start) == Int(token.end), isPunctuation(n, UInt8(ascii: ".")),
           let after = next(n), Int(tokens[after].start) == Int(tokens[n].end), tokens[after].kind == .letter { return false }
        return true
    }

    /// A greeting or call for attention right before the token, or before a comma before
    /// it ("Hey Pooh", "yo Tank", "Listen, Boo").
    func greetingBefore(_ index: Int) -> Int? {
        guard var p = previous(index) else { return nil }
        if isPunctuation(p, UInt8(ascii: ",")), let q = previous(p) { p = q }
        guard tokens[p].kind == .letter, Cues.greetings.contains(key(p)) else { return nil }
        return p
    }

    /// A list opened by "names:" or "nicknames:" before the token, over at most five earlier
    /// items of one to three capitalised words joined by commas or "and"/"or" ("names: Boo,
    /// Scooter and …"). Returns the list noun.
    func nameListCue(before index: Int) -> Int? {
        var p = previous(index)
        var items = 0
        while let current = p, items <= 5 {
            if isPunctuation(current, UInt8(ascii: ":")) {
                guard let noun = previous(current), tokens[noun].kind == .letter, tokens[noun].shape == .lower,
                      Cues.nameListNouns.contains(key(noun)) else { return nil }
                return noun
            }
            guard isPunctuation(current, UInt8(ascii: ",")) || (tokens[current].kind == .letter && tokens[current].shape == .lower
                && Cues.conjunctions.contains(key(current))) else { return nil }
            var q = previous(current)
            if let comma = q, isPunctuation(comma, UInt8(ascii: ",")) { q = previous(comma) }
            var words = 0
            while let w = q, words < 3, tokens[w].kind == .letter, isUpperInitial(w) {
                q = previous(w)
                words += 1
            }
            guard words > 0 else { return nil }
            p = q
            items += 1
        }
        return nil
    }

    /// The clause right after a run that says it is a person: ", whose (real) name is"
    /// ("Bam, whose real name is Darnell Hughes") or a copula, a possessive pronoun and a
    /// role noun ("Tank was his cousin", "Biscuit is her brother"). Returns the cue token.
    func identifyingClause(after last: Int) -> Int? {
        guard let n = next(last) else { return nil }
        if isPunctuation(n, UInt8(ascii: ",")) {
            guard let whose = next(n), tokens[whose].shape == .lower, key(whose) == Cues.whoseKey, var noun = next(whose) else { return nil }
            if Cues.nameAdjectives.contains(key(noun)), let after = next(noun) { noun = after }
            guard key(noun) == Cues.nameNoun, let copula = next(noun), Cues.copulas.contains(key(copula)) else { return nil }
            return whose
        }
        guard tokens[n].kind == .letter, tokens[n].shape == .lower, Cues.copulas.contains(key(n)),
              let pronoun = next(n), tokens[pronoun].shape == .lower, Cues.predicatePossessives.contains(key(pronoun)),
              let role = next(pronoun), tokens[role].shape == .lower, Cues.kinRoles.contains(key(role)) else { return nil }
        return role
    }

    /// After the comma that opens an appositive: the comma that closes it within ten words,
    /// then an action verb that is not a weak one or a speech verb.
    func actionAfterAppositive(_ comma: Int) -> Bool {
        var i = next(comma)
        var steps = 0
        while let current = i, steps < 10 {
            if isPunctuation(current, UInt8(ascii: ",")) {
                guard let verb = next(current), tokens[verb].kind == .letter else { return false }
                return Cues.actionVerbs.contains(key(verb)) && !Cues.weakVerbs.contains(key(verb)) && !Cues.speechVerbs.contains(key(verb))
            }
            guard tokens[current].kind == .letter else { return false }
            i = next(current)
            steps += 1
        }
        return false
    }

    /// "Hope, the crisis worker who met us, …", "Joy, my neighbor, …": after a comma a
    /// determiner and, within three lower-case words, a role noun describe a person.
    func appositiveRole(after comma: Int) -> Bool {
        guard let lead = next(comma), tokens[lead].kind == .letter, tokens[lead].shape == .lower,
              Cues.appositiveLeads.contains(key(lead)) else { return false }
        var i = next(lead)
        var steps = 0
        while let current = i, steps < 3, tokens[current].kind == .letter, tokens[current].shape == .lower || tokens[current].shape == .allCaps {
            // "Hunter, my FTO, told me": a role may be an abbreviation in capitals.
            if Cues.roles.contains(key(current)) { return true }
            i = next(current)
            steps += 1
        }
        return false
    }

    /// "radioed for sgt beaudry", "Ptl eckert": in ordinary writing a lower-case word right
    /// after a rank is that person's surname when it is no English word, function word or
    /// allow-listed term ("deputy car", "officer safety" stay words).
    func lowerSurnameAfterTitle(_ index: Int) -> Int? {
        guard tokens[index].kind == .letter, tokens[index].shape == .lower, tokens[index].length >= 3,
              !isStop(index), !isAllowListed(index), !isTitle(index),
              !Cues.functionWords.contains(key(index)), !Cues.actionVerbs.contains(key(index)), !Cues.weakVerbs.contains(key(index)),
              let title = titleBefore(index) else { return nil }
        // An English word only after an honorific, and only when it is a listed name ("mrs. long").
        if isEnglish(index) && !(isHonorificSurname(index, after: title)) { return nil }
        return title
    }

    /// A listed name after an honorific ("mrs. long", "mr. young"): honorifics precede
    /// nothing but names, so an ordinary word there is a surname.
    func isHonorificSurname(_ index: Int, after title: Int) -> Bool {
        Cues.honorifics.contains(key(title)) && isNameListed(index) && !isStop(index) && !Cues.functionWords.contains(key(index))
    }

    /// Lines in capitals or lower case: token by token, leaning on lists and titles.
    mutating func classifyLoose(_ index: Int) {
        let casing = entry(index).casing
        if Cues.bareContractions.contains(key(index)) { return }
        // "spoke to mister major", "mrs. bishop said": in lower-case writing a listed surname
        // that is also a rank is the name after an honorific.
        if casing == .lower, isTitle(index), let title = titleBefore(index), title != index, isHonorificSurname(index, after: title) {
            emit([index], label: .person, score: 0.85, rule: "name.title", context: title)
            return
        }
        // "officer will baker arrived": in lower-case writing a listed first name that is also a
        // modal or a word, between a title and a listed surname, opens the name (a speech verb
        // does not: "the dispatcher said wait").
        if casing == .lower, let title = titleBefore(index), flags(index).contains(.firstName), tokens[index].length >= 3,
           !Cues.speechVerbs.contains(key(index)), let n = next(index), tokens[n].kind == .letter, tokens[n].shape == .lower,
           tokens[n].length >= 3, flags(n).contains(.surname),
           !isStop(n), !Cues.functionWords.contains(key(n)), !Cues.actionVerbs.contains(key(n)), !Cues.weakVerbs.contains(key(n)), !isAllowListed(n) {
            emit([index, n], label: .person, score: 0.85, rule: "name.title", context: title)
            return
        }
        if isTitle(index) { return }
        // A rank opening a line in lower-case writing still names whom it precedes when that
        // word is a listed name ("dep. o'brien showed up").
        if let title = titleBefore(index), !tokens[title].isSentenceStart || entry(index).casing == .caps || (casing == .lower && (isNameListed(index) || isApostropheName(index))),
           (casing == .caps && !Cues.functionWords.contains(key(index)) && (isNameListed(index) || isInitial(index)))
            || (!isStop(index) && !isEnglish(index) && !isAllowListed(index)) || isHonorificSurname(index, after: title) {
            emit([index], label: .person, score: 0.9, rule: "name.title", context: title)
            return
        }
        // "RP DESTINY WILL 480-…", "BOYFRIEND HUNTER REED": in capitals a listed name right
        // after a found one continues it; a modal ("WILL", "MAY") only where no verb follows.
        // An unknown word in capitals right after a found name continues it too
        // ("OFC. PAULOOSIE KILABUK").
        if casing == .caps, tokens[index].length >= 2, isNameListed(index) || (tokens[index].length >= 4 && !isEnglish(index) && !isStop(index)),
           !Cues.functionWords.contains(key(index)), !isAllowListed(index),
           let p = previous(index), let lastFound = findings.last, lastFound.label == .person, lastFound.range.upperBound == Int(tokens[p].end),
           !isStop(index) || next(index).map({ tokens[$0].kind != .letter }) ?? true {
            emit([index], label: .person, score: 0.7, rule: "name.caps-continued", context: nil)
            return
        }
        // "the complainant grace hunter said", "officer will baker arrived": in lower-case
        // writing a listed surname right after a name found by a title or a role continues
        // it, even when the surname is also a word (hunter, major, baker); a preposition does
        // not ("deputy école near the car").
        if casing == .lower, tokens[index].length >= 3, flags(index).contains(.surname), !Cues.functionWords.contains(key(index)),
           !isStop(index), !Cues.actionVerbs.contains(key(index)), !Cues.roles.contains(key(index)), !isAllowListed(index),
           !Cues.placePrepositions.contains(key(index)),
           let p = previous(index), tokens[p].kind == .letter, tokens[p].shape == .lower, let lastFound = findings.last, lastFound.label == .person,
           lastFound.range.upperBound == Int(tokens[p].end), lastFound.rule == "name.role" || lastFound.rule == "name.title" {
            emit([index], label: .person, score: 0.7, rule: "name.lowercase-continued", context: nil)
            return
        }
        if isStop(index) && !(casing == .lower && isInitialBetweenNames(index)) { return }
        let f = flags(index)
        let listedName = !f.intersection(.name).isEmpty
        let english = f.contains(.englishWord)
        if casing == .lower {
            if isInitialBetweenNames(index) {
                emit([index], label: .person, score: 0.6, rule: "name.initial-lowercase", context: nil)
                return
            }
            // "my partner drew down", "dispatcher said wait": a first name that is also an
            // English action verb is the verb, unless another action verb follows it.
            let verbNotName = english && Cues.actionVerbs.contains(key(index))
                && !(next(index).map { tokens[$0].kind == .letter && Cues.actionVerbs.contains(key($0)) && !Cues.weakVerbs.contains(key($0)) } ?? false)
            if let role = roleBefore(index), Cues.strongRoles.contains(key(role)), tokens[index].length >= 3,
               !english || f.contains(.firstName) || f.contains(.nickname), !isStop(index), !verbNotName {
                emit([index], label: .person, score: 0.8, rule: "name.role", context: role)
                return
            }
            // "me and tomasz", "me and jordan", "me and big tony": a listed first name counts
            // even when it is also a word or a country.
            let firstName = f.contains(.firstName)
            if tokens[index].length >= 3, !english || firstName, !isAllowListed(index) || firstName, let partner = pronounPartner(index) {
                var members = [index]
                if let p = previous(index), Cues.nicknamePrefixes.contains(key(p)), tokens[p].kind == .letter { members.insert(p, at: 0) }
                emit(members[...], label: .person, score: firstName ? 0.9 : 0.75, rule: "name.with-pronoun", context: partner)
                return
            }
            let lowerNeighbourIsName = [previous(index), next(index)].compactMap { $0 }.contains {
                tokens[$0].kind == .letter && tokens[$0].shape == .lower && isNameListed($0) && !isEnglish($0) && !isStop($0) && tokens[$0].length >= 3
            }
            // A role noun ("cousin", "neighbor") in lower case is the noun, whatever list holds it.
            if listedName && !english && !isAllowListed(index) && tokens[index].length >= 3 && !Cues.roles.contains(key(index)) {
                emit([index], label: .person, score: 0.6, rule: "name.listed-lowercase", context: nil)
            } else if !listedName, !english, !isAllowListed(index), tokens[index].length >= 4, !Cues.actionVerbs.contains(key(index)),
                      let n = next(index), tokens[n].kind == .letter, tokens[n].shape == .lower, tokens[n].length >= 4,
                      flags(n).contains(.surname), !isEnglish(n), !isStop(n), !isAllowListed(n) {
                // "ionut popescu": a word no list knows right before a listed surname that is no
                // English word is the given name.
                emit([index, n], label: .person, score: 0.6, rule: "name.unknown-before-surname-lowercase", context: nil)
            } else if listedName && lowerNeighbourIsName && !isStop(index) && !isAllowListed(index) && !Cues.actionVerbs.contains(key(index)) {
                emit([index], label: .person, score: 0.6, rule: "name.listed-lowercase", context: nil)
            } else if !f.intersection([.usState]).isEmpty {
                emit([index], label: .location, score: 0.7, rule: "place.gazetteer", context: nil)
            }
            return
        }
        // Capitals. A verb after the role is what the person did ("THE SUSPECT CAME OUT").
        if let role = roleBefore(index), Cues.strongRoles.contains(key(role)), !isAllowListed(index),
           !Cues.actionVerbs.contains(key(index)), !Cues.functionWords.contains(key(index)) {
            emit([index], label: .person, score: 0.85, rule: "name.role", context: role)
            return
        }
        if let p = previous(index), let q = previous(p), isQuote(p), let r = roleBefore(p) ?? titleBefore(p), !isAllowListed(index) {
            emit([index], label: .person, score: 0.8, rule: "name.role", context: r)
            _ = q
            return
        }
        // "ARMANDO "PELON" SAUCEDO": a quoted word right after a found name is that person's nickname.
        if let p = previous(index), isQuote(p), let before = previous(p), let lastFound = findings.last, lastFound.label == .person,
           lastFound.range.upperBound == Int(tokens[before].end), !isAllowListed(index) {
            emit([index], label: .person, score: 0.8, rule: "name.caps-nickname", context: nil)
            return
        }
        if isAllowListed(index) && !listedName { return }
        if tokens[index].length < 2 { return }
        let neighbourIsName = [previous(index), next(index)].compactMap { $0 }.contains { isStrongName($0) && isNameListed($0) }
        if listedName && !english {
            emit([index], label: .person, score: 0.75, rule: "name.listed-caps", context: nil)
        } else if (listedName || !english) && neighbourIsName {
            emit([index], label: .person, score: 0.9, rule: "name.caps-neighbour", context: nil)
        } else if listedName, !Cues.functionWords.contains(key(index)), actionAfter(index), !entry(index).hasPossessive {
            // "REED COMPLIED", "GRANT STEPPED BACK": a listed name doing something.
            emit([index], label: .person, score: 0.6, rule: "name.caps-subject", context: nil)
        }
    }
}
