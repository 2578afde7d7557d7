/// Format-preserving stand-ins, drawn deterministically from the keyed HMAC.
enum Surrogates {
    /// Built-in given names for person surrogates.
    static let givenNames = [
        "Alex", "Avery", "Blair", "Casey", "Dakota", "Drew", "Elliot", "Emery", "Finley", "Harper",
        "Hayden", "Jamie", "Jordan", "Kendall", "Logan", "Morgan", "Parker", "Peyton", "Quinn", "Reese",
        "Riley", "Rowan", "Sawyer", "Skyler", "Taylor", "Robin", "Shannon", "Terry", "Lee", "Sam",
    ]
    /// Built-in surnames for person surrogates.
    static let surnames = [
        "Abbott", "Barlow", "Carver", "Dalton", "Ellison", "Fairley", "Garner", "Hollis", "Ingram", "Jarvis",
        "Kessler", "Lowell", "Mercer", "Norwood", "Oakley", "Prescott", "Quimby", "Radcliffe", "Sutter", "Thorne",
        "Underhill", "Vance", "Whitlock", "Yardley", "Ashby", "Brennan", "Calloway", "Denholm", "Everly", "Fenwick",
    ]

    /// Labels with a realistic generator; others fall back to a type tag.
    static func hasGenerator(_ label: Label) -> Bool {
        ![Label.time, .location, .org, .unanalysed].contains(label)
    }

    /// Name words for an entity of `count` words: given names, then a surname.
    static func personWords(count: Int, stream: inout KeyedStream) -> [String] {
        var words: [String] = []
        for index in 0..<count {
            let list = index == count - 1 ? surnames : givenNames
            words.append(list[stream.next(below: list.count)])
        }
        return words
    }

    /// Writes the surrogate words of a person mention with the mention's own shape:
    /// the same separators, each word's case (ALL CAPS, lower, Capitalised) and initials
    /// kept as initials.
    static func personMention(_ core: String, surrogate: [String]) -> String {
        var out = ""
        var wordIndex = 0
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let replacement = surrogate[min(wordIndex, surrogate.count - 1)]
            out += shaped(replacement, like: current)
            wordIndex += 1
            current = ""
        }
        for character in core {
            if character.isWhitespace {
                flush()
                out.append(character)
            } else {
                current.append(character)
            }
        }
        flush()
        return out
    }

    private static func shaped(_ word: String, like original: String) -> String {
        let letters = original.filter(\.isLetter)
        // An initial ("J." or "J") stays an initial.
        if letters.count == 1 {
            return original.replacingOccurrences(of: String(letters), with: String(word.prefix(1)).uppercased())
        }
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return word.uppercased() }
        if !letters.isEmpty, letters.allSatisfy(\.isLowercase) { return word.lowercased() }
        return word
    }

    /// A fictitious phone number with the original's punctuation: ten digits become
    /// `AAA-555-01xx`, eleven starting with 1 keep the 1, seven become `555-01xx`; other
    /// lengths are replaced digit for digit.
    static func phone(_ raw: String, stream: inout KeyedStream) -> String {
        let digitCount = raw.unicodeScalars.filter { $0.properties.numericType != nil }.count
        let asciiDigits = raw.unicodeScalars.filter { ("0"..."9").contains($0) }
        var digits: [Character] = []
        func random(_ range: ClosedRange<Int>) -> Character {
            Character(String(range.lowerBound + stream.next(below: range.count)))
        }
        func local() -> [Character] { Array("55501") + [random(0...9), random(0...9)] }
        if digitCount == 10 {
            digits = [random(2...9), random(0...9), random(0...9)] + local()
        } else if digitCount == 11, asciiDigits.first == "1" {
            digits = ["1", random(2...9), random(0...9), random(0...9)] + local()
        } else if digitCount == 7 {
            digits = local()
        } else {
            return characterForCharacter(raw, stream: &stream)
        }
        var out = ""
        var next = digits.makeIterator()
        for scalar in raw.unicodeScalars {
            if scalar.properties.numericType != nil, let digit = next.next() {
                out.append(digit)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Digits become other digits and letters other letters of the same case; everything
    /// else (punctuation, spaces) stays.
    static func characterForCharacter(_ raw: String, stream: inout KeyedStream) -> String {
        var out = ""
        let upper = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let lower = Array("abcdefghijklmnopqrstuvwxyz")
        for character in raw {
            if character.isNumber {
                out.append(Character(String(stream.next(below: 10))))
            } else if character.isLetter {
                let list = character.isLowercase ? lower : upper
                out.append(list[stream.next(below: list.count)])
            } else {
                out.append(character)
            }
        }
        return out
    }
}
