/// Extends a street address over the rest of its postal address: comma-separated parts
/// on the same line ("…, Arnsdorf, Germany") and the short lines of a multi-line address
/// block ("Apt. 683" / "Soloi" / "Cyprus 36903"). GUIDELINES: a full postal address is one
/// span, with apartment, city, state, ZIP and country inside it.
struct AddressBlock: Detector {
    let name = "addresses"

    /// Rules whose matches start a postal address.
    static let startingRules: Set<String> = [
        "location.street-address", "location.street-address-caps", "location.address-international", "location.street-number-eu",
        "location.street-prefix", "location.street-prefix-lowercase", "location.po-box", "location.number-route", "location.military-address", "location.unit",
    ]

    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {
        let text = analysis.text
        let tokens = text.tokens
        let bytes = text.utf8
        var added: [Finding] = []
        // Where lower-case addresses end: a unit right after one ("2613 avenida praia 1 suite
        // 463, mohács") is written the same way, a unit alone ("room 117, on Monday") is not.
        var lowerAddressEnds = Set<Int>()
        for finding in analysis.findings where finding.label == .location && finding.rule != "location.unit"
            && Self.startingRules.contains(finding.rule) && !bytes[finding.range].contains(where: Self.isUpperASCII) {
            lowerAddressEnds.insert(finding.range.upperBound)
        }
        for finding in analysis.findings where finding.label == .location && Self.startingRules.contains(finding.rule) {
            guard var index = text.tokenIndex(containing: max(finding.range.upperBound - 1, finding.range.lowerBound)) else { continue }
            var end = finding.range.upperBound
            index += 1
            // An address written in lower case continues in lower case.
            var lowerAddress = !bytes[finding.range].contains(where: Self.isUpperASCII)
            if lowerAddress, finding.rule == "location.unit" {
                let start = finding.range.lowerBound
                lowerAddress = lowerAddressEnds.contains(start - 1) || lowerAddressEnds.contains(start - 2)
            }
            // Same line: ", Part, Part" groups of capitalised words, codes and numbers.
            var groups = 0
            while index + 1 < tokens.count, groups < 4 {
                var probe = index
                while probe < tokens.count, tokens[probe].kind == .space, !bytes[tokens[probe].range].contains(0x0A) { probe += 1 }
                guard probe < tokens.count, tokens[probe].kind == .punctuation, bytes[Int(tokens[probe].start)] == UInt8(ascii: ",") else { break }
                probe += 1
                var words = 0
                var partEnd = -1
                while probe < tokens.count, words < 4 {
                    let token = tokens[probe]
                    if token.kind == .space {
                        if bytes[token.range].contains(0x0A) { break }
                        probe += 1
                        continue
                    }
                    // ", Feb. 9" after an address is the date, not a town; ", on Memorial Day"
                    // is prose; ", 6-22-2021" is a date.
                    if words == 0, token.kind == .letter {
                        let lowered = text.slice(token.range).lowercased()
                        if Self.calendarWords.contains(lowered) || Self.proseWords.contains(lowered) { break }
                    }
                    if words == 0, token.kind == .number, Self.isNumericDate(at: probe, text: text) { break }
                    // ", 5/16, 0640" or ", 14:05" after an address is the date or the time, not a number of it.
                    if token.kind == .number, probe + 1 < tokens.count, Int(tokens[probe + 1].start) == Int(token.end),
                       tokens[probe + 1].kind == .punctuation, [UInt8(ascii: "/"), UInt8(ascii: ":")].contains(bytes[Int(token.end)]) { break }
                    if token.kind == .number || (token.kind == .letter && (lowerAddress || Self.isUpperInitial(bytes[Int(token.start)]))) {
                        words += 1
                        partEnd = Int(token.end)
                        probe += 1
                        continue
                    }
                    // A lower-case particle inside a town's name ("Mora de Rubielos", "Caxias do
                    // Sul", "Ústí nad Labem"); it belongs to the part only once a word follows it.
                    if words > 0, token.kind == .letter, Self.townParticles.contains(text.slice(token.range).lowercased()) {
                        probe += 1
                        continue
                    }
                    // A hyphen, apostrophe or period glued inside a name (ALT-DIETMANNS, St.); a
                    // period after a number or a long word before a space ends the sentence.
                    if token.kind == .punctuation, partEnd == Int(token.start),
                       [UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: ".")].contains(bytes[Int(token.start)]) {
                        if bytes[Int(token.start)] == UInt8(ascii: "."), Self.endsSentence(period: probe, text: text) { break }
                        partEnd = Int(token.end)
                        probe += 1
                        continue
                    }
                    break
                }
                guard partEnd > end, words > 0 else { break }
                end = partEnd
                index = probe
                groups += 1
            }
            // Following short lines of an address block.
            var lines = 0
            var cursor = end
            while lines < 4 {
                guard let lineStart = Self.nextLineStart(after: cursor, in: bytes) else { break }
                let lineEnd = Self.lineEnd(from: lineStart, in: bytes)
                guard Self.isAddressLine(lineStart..<lineEnd, text: text) else { break }
                end = Self.trimmedEnd(lineStart..<lineEnd, in: bytes)
                cursor = lineEnd
                lines += 1
            }
            // The last line may end the address inside a sentence ("Austria 26759 after the
            // concert.", "New Zealand. Please call …").
            if lines < 4, let lineStart = Self.nextLineStart(after: cursor, in: bytes), let tail = Self.addressTail(from: lineStart, text: text) {
                end = tail
            }
            if end > finding.range.upperBound {
                added.append(Finding(label: .location, range: finding.range.lowerBound..<end, score: finding.score, detector: name,
                                     rule: "location.address-block", context: nil))
            }
        }
        analysis.findings.append(contentsOf: added)
    }

    /// Month and weekday names (and their abbreviations) that open a date, never a town
    /// ("Sun", "Sat", "Mar", "May", "Mon" and "Wed" may start one: Sun City, Mar Vista).
    static let calendarWords: Set<String> = [
        "jan", "january", "feb", "february", "march", "apr", "april", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "monday", "tue", "tues", "tuesday", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "saturday", "sunday",
    ]

    /// Lower-case words written inside the names of towns abroad (Spanish, Portuguese,
    /// French, Italian, Dutch, German, Czech, Slovak and Polish).
    static let townParticles: Set<String> = [
        "de", "del", "della", "di", "da", "do", "dos", "das", "la", "las", "los", "le", "les", "du", "des", "sur", "en", "et", "y",
        "van", "von", "der", "den", "am", "an", "im", "bei", "ob", "u", "nad", "pod", "v", "na", "pri",
    ]

    /// Words that open prose, never a part of an address (", on Memorial Day morning",
    /// ", near the river").
    static let proseWords: Set<String> = [
        "on", "at", "in", "near", "by", "with", "and", "or", "but", "the", "a", "an", "from", "to", "for", "when", "where", "while", "after",
        "before", "about", "around", "during", "which", "who", "then", "so", "just", "as",
    ]

    /// Whether the number token at `index` opens a numeric date (6-22-2021, 3/14/19): three
    /// number tokens joined by the same '-', '/' or '.'.
    static func isNumericDate(at index: Int, text: Text) -> Bool {
        let tokens = text.tokens
        let bytes = text.utf8
        guard index + 4 < tokens.count, tokens[index + 2].kind == .number, tokens[index + 4].kind == .number,
              tokens[index + 1].kind == .punctuation, tokens[index + 3].kind == .punctuation,
              tokens[index + 1].length == 1, tokens[index + 3].length == 1 else { return false }
        let separator = bytes[Int(tokens[index + 1].start)]
        guard [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")].contains(separator) else { return false }
        return bytes[Int(tokens[index + 3].start)] == separator
    }

    /// Whether the period token at `index` closes a sentence: it follows a number or a word
    /// of four or more letters and a space or the end of the text follows it (St. and Mt.
    /// stay abbreviations).
    static func endsSentence(period index: Int, text: Text) -> Bool {
        let tokens = text.tokens
        guard index > 0 else { return false }
        let after = Int(tokens[index].end)
        guard after == text.utf8.count || tokens[index + 1].kind == .space else { return false }
        let before = tokens[index - 1]
        return before.kind == .number || (before.kind == .letter && before.length >= 4)
    }

    static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func isUpperInitial(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || byte >= 0xC3 }

    /// The start of the next line when `offset` is at the end of its own line (only spaces
    /// and quote marks before the break).
    static func nextLineStart(after offset: Int, in bytes: [UInt8]) -> Int? {
        var index = offset
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x2E || bytes[index] == 0x2C { index += 1 }
        guard index < bytes.count, bytes[index] == 0x0A else { return nil }
        index += 1
        return index
    }

    static func lineEnd(from start: Int, in bytes: [UInt8]) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return index
    }

    static func trimmedEnd(_ range: Range<Int>, in bytes: [UInt8]) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, [0x20, 0x09, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        return end
    }

    /// The end of an address that closes at the start of a line running on as prose: up to
    /// four capitalised words ending in a postal code of four or more digits, or up to three
    /// capitalised words (a country) closed by a sentence stop. Nil when the line opens
    /// anything else ("She stated …", "Officers arrived").
    static func addressTail(from start: Int, text: Text) -> Int? {
        let bytes = text.utf8
        guard let first = text.tokenIndex(containing: start) else { return nil }
        var index = first
        var words = 0
        var wordsEnd = -1
        while index < text.tokens.count, text.tokens[index].kind == .space, !bytes[text.tokens[index].range].contains(0x0A) { index += 1 }
        while index < text.tokens.count {
            let token = text.tokens[index]
            switch token.kind {
            case .space:
                if bytes[token.range].contains(0x0A) { return nil }
            case .letter:
                guard words < 4, isUpperInitial(bytes[Int(token.start)]) else {
                    return nil
                }
                words += 1
                wordsEnd = Int(token.end)
            case .number:
                // "Austria 26759 after …": a postal code after the words ends the address.
                guard words > 0, token.length >= 4, index + 1 < text.tokens.count else { return nil }
                let after = text.tokens[index + 1]
                return after.kind == .space || after.kind == .punctuation ? Int(token.end) : nil
            case .punctuation:
                // "New Zealand. Please …", "United Kingdom?": a country closed by a stop.
                let byte = bytes[Int(token.start)]
                guard words > 0, words <= 3, [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(byte) else { return nil }
                let next = Int(token.end)
                guard next == bytes.count || bytes[next] == 0x20 || bytes[next] == 0x0A else { return nil }
                return wordsEnd
            }
            index += 1
        }
        return nil
    }

    /// A short line made of capitalised words, codes, numbers and unit words: a city, a
    /// region code, a country with its postal code, an apartment.
    static func isAddressLine(_ range: Range<Int>, text: Text) -> Bool {
        let bytes = text.utf8
        guard range.count > 0, range.count <= 48, let first = text.tokenIndex(containing: range.lowerBound) else { return false }
        var index = first
        var words = 0
        while index < text.tokens.count, Int(text.tokens[index].start) < range.upperBound {
            let token = text.tokens[index]
            switch token.kind {
            case .space: break
            case .number: words += 1
            case .letter:
                words += 1
                if !isUpperInitial(bytes[Int(token.start)]) {
                    let lowered = text.slice(token.range).lowercased()
                    if !["apt", "suite", "unit", "ste", "box", "nan", "po"].contains(lowered), words == 1 || !townParticles.contains(lowered) {
                        return false
                    }
                }
            case .punctuation:
                let byte = bytes[Int(token.start)]
                // Quote marks of forwarded mail, commas, periods, brackets and hyphens only.
                if ![UInt8(ascii: ">"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "#")].contains(byte) {
                    return false
                }
            }
            index += 1
        }
        return words > 0 && words <= 6
    }
}
