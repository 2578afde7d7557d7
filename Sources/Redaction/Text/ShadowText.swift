/// A normalised "shadow" of a text, in which identifiers disguised by look-alike or
/// invisible characters read plainly, with an exact map from every shadow offset back to
/// the original UTF-8 bytes.
///
/// Detection runs on the shadow; each finding is mapped back to the original span that
/// produced it, widened over invisible characters at its edges, so redacting the original
/// span removes every character of the identifier, hidden ones included.
///
/// ```swift
/// let shadow = try ShadowText(normalising: "Call 602\u{200B}555-0143")!
/// shadow.string                                   // "Call 602555-0143"
/// shadow.originalRange(ofShadow: 5..<16)          // 5..<19 (the zero-width space included)
/// ```
///
/// What is normalised (nothing else changes; in particular NFD accents stay, the
/// tokenizer folds them):
/// - format characters (general category Cf: zero-width space, joiners, word joiner,
///   BOM, soft hyphen, bidirectional controls) are removed — or become a space where they
///   separate a letter from a digit or a lower-case letter from a capital (a word break);
/// - decimal digits of any script (full-width, Arabic-Indic, Devanagari, …, by their
///   Unicode numeric value) become ASCII digits;
/// - Unicode space separators (no-break, thin, figure, ideographic, …) become a space;
/// - hyphens (U+2010, non-breaking U+2011, minus U+2212, small U+FE63) become `-`; figure,
///   en and em dashes and the horizontal bar become `-` between two digits;
/// - full-width ASCII (U+FF01–U+FF5E: letters, punctuation) becomes ASCII, and typographic
///   apostrophes and quotation marks (’ ‘ ʼ “ ” and primes) become ' and ";
/// - a Cyrillic or Greek letter that looks like a Latin one, inside a word whose other
///   letters are all Latin, becomes that Latin letter ("Jоhnson" with a Cyrillic о);
/// - seven or more single digits separated by single spaces ("6 0 2 5 5 5 0 1 4 3")
///   become one digit run;
/// - seven or more digit words ("six oh two five five five …", separated by spaces,
///   commas or hyphens) become one digit run, a tens word before a unit counting as its
///   tens digit ("seven seventy three five five five …" → 773555…);
/// - OCR look-alikes: O, o and l inside a number become 0 and 1 ("2O23", "l8O7"), and 0
///   and 1 inside a word with a lower-case letter become O/o and l ("Wi1son", "C0unty"), and
///   lone zeros inside a word in capitals become O ("0HI0", "C0LUMBUS");
/// - a hyphen at a line end that breaks a number or word is joined to the next line
///   ("555-⏎0129" → "555-0129", "Tho-⏎mas" → "Thomas", "Okafor-⏎Reyes" → "Okafor-Reyes");
/// - a soft line break of hard-wrapped prose becomes a space ("Hillsborough County
///   Sheriff's⏎Office" reads as one name): a single line break after a line of 45 bytes
///   or more, in mixed case, not ending in a colon, before a line that opens with a letter
///   in mixed case. Headings, lists, logs in capitals and address blocks keep their breaks;
/// - a carriage return before a line feed is removed (CRLF text reads as LF text).
///
/// Every edit replaces one or more original scalars by at most one ASCII byte, so the
/// shadow is never longer than the original. A text that needs no edit has no shadow
/// (``init(normalising:)`` returns nil without copying anything).
public struct ShadowText: Sendable {
    /// One edit: `originalLength` original bytes at `originalStart` became
    /// `shadowLength` (0 or 1) shadow bytes at `shadowStart`. Bytes between edits are copied.
    struct Edit: Sendable, Hashable {
        var shadowStart: Int32
        var originalStart: Int32
        var shadowLength: Int32
        var originalLength: Int32
    }

    /// The tokenized shadow, ready for detection.
    public let text: Text
    /// The length of the original text in UTF-8 bytes.
    public let originalLength: Int
    /// The edits, sorted by position (both in the shadow and in the original).
    let edits: [Edit]
    /// The original's UTF-8 bytes (kept to widen spans over invisible characters).
    let original: [UInt8]

    /// The normalised string.
    public var string: String { text.string }

    /// Builds the shadow of `original`, or returns nil when the text needs no normalisation.
    ///
    /// - Throws: ``TextError`` when the shadow cannot be tokenized.
    /// - Complexity: O(n); the shadow is copied and tokenized only when an edit is needed.
    public init?(normalising original: Text) throws(TextError) {
        let built = original.utf8.withUnsafeBufferPointer { ShadowBuilder.build($0) }
        guard let built else { return nil }
        self.text = try Text(String(decoding: built.bytes, as: UTF8.self))
        self.originalLength = original.utf8.count
        self.edits = built.edits
        self.original = original.utf8
    }

    /// Builds the shadow of a string, or returns nil when it needs no normalisation.
    ///
    /// - Throws: ``TextError`` when the string or its shadow cannot be tokenized.
    public init?(normalising string: String) throws(TextError) {
        try self.init(normalising: try Text(string))
    }

    /// The original UTF-8 offset of shadow offset `offset` taken as the start of a span.
    ///
    /// An offset inside an edit maps to the start of the original characters it replaced.
    public func originalStart(ofShadow offset: Int) -> Int {
        let offset = min(max(offset, 0), text.utf8.count)
        guard let index = lastEdit(startingAtOrBefore: offset) else { return offset }
        let edit = edits[index]
        let shadowEnd = Int(edit.shadowStart + edit.shadowLength)
        if offset < shadowEnd { return Int(edit.originalStart) }
        return Int(edit.originalStart + edit.originalLength) + (offset - shadowEnd)
    }

    /// The original UTF-8 offset of shadow offset `offset` taken as the end of a span:
    /// the end of the original characters that produced the shadow byte before it.
    public func originalEnd(ofShadow offset: Int) -> Int {
        let offset = min(max(offset, 0), text.utf8.count)
        guard offset > 0 else { return originalStart(ofShadow: 0) }
        let last = offset - 1
        guard let index = lastEdit(startingAtOrBefore: last) else { return offset }
        let edit = edits[index]
        let shadowEnd = Int(edit.shadowStart + edit.shadowLength)
        if last < shadowEnd { return Int(edit.originalStart + edit.originalLength) }
        return Int(edit.originalStart + edit.originalLength) + (offset - shadowEnd)
    }

    /// The original UTF-8 range that produced shadow range `range`, widened over invisible
    /// characters (format characters) on both sides and combining marks after it.
    public func originalRange(ofShadow range: Range<Int>) -> Range<Int> {
        let lower = originalStart(ofShadow: range.lowerBound)
        let upper = max(lower, range.isEmpty ? lower : originalEnd(ofShadow: range.upperBound))
        return original.withUnsafeBufferPointer { Self.widen(lower..<upper, in: $0) }
    }

    /// Maps findings made on the shadow (sorted, non-overlapping) to the original text;
    /// the result is sorted and non-overlapping too.
    public func originalFindings(_ findings: [Finding]) -> [Finding] {
        Self.disjoint(findings.map { $0.with(range: originalRange(ofShadow: $0.range)) })
    }

    /// Widens findings made on the original text itself over invisible characters at their
    /// edges and combining marks after them (an NFD accent never survives its letter).
    public static func completingEdges(_ findings: [Finding], in text: Text) -> [Finding] {
        guard !text.offsets.isASCII, !findings.isEmpty else { return findings }
        let widened = text.utf8.withUnsafeBufferPointer { bytes in
            findings.map { $0.with(range: widen($0.range, in: bytes)) }
        }
        return disjoint(widened)
    }

    // MARK: Internals

    /// The index of the last edit whose shadow start is at or before `offset`. Bytes
    /// between that edit's shadow end and `offset` are copies.
    private func lastEdit(startingAtOrBefore offset: Int) -> Int? {
        var low = 0
        var high = edits.count
        let target = Int32(offset)
        while low < high {
            let mid = (low + high) / 2
            if edits[mid].shadowStart <= target { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Keeps findings disjoint after widening: a later finding starts where the previous ends.
    static func disjoint(_ findings: [Finding]) -> [Finding] {
        var result: [Finding] = []
        result.reserveCapacity(findings.count)
        for finding in findings {
            var range = finding.range
            if let previous = result.last, range.lowerBound < previous.range.upperBound {
                range = previous.range.upperBound..<max(previous.range.upperBound, range.upperBound)
            }
            guard !range.isEmpty else { continue }
            result.append(range == finding.range ? finding : finding.with(range: range))
        }
        return result
    }

    /// `range` widened over format characters on both sides and marks after it.
    static func widen(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower > 0 {
            var start = lower - 1
            while start > 0, UTF8Decoding.isContinuation(bytes[start]) { start -= 1 }
            guard bytes[start] >= 0x80, ShadowBuilder.isFormat(UTF8Decoding.decode(bytes, at: start).0) else { break }
            lower = start
        }
        while upper < bytes.count, bytes[upper] >= 0x80 {
            let (value, length) = UTF8Decoding.decode(bytes, at: upper)
            guard ShadowBuilder.isFormat(value) || ShadowBuilder.isMark(value) else { break }
            upper += length
        }
        return lower..<upper
    }
}

/// The single pass that writes a shadow: scalar by scalar over the original bytes, with
/// look-ahead at the start of words and digit runs. Allocates nothing until the first edit.
enum ShadowBuilder {
    struct Output {
        var bytes: [UInt8]
        var edits: [ShadowText.Edit]
    }

    /// What the previous visible scalar was, after normalisation.
    enum Class { case boundary, digit, lower, upper, letter, space, other }

    /// Writes the shadow of `bytes` (valid UTF-8), or nil when nothing changes.
    static func build(_ bytes: UnsafeBufferPointer<UInt8>) -> Output? {
        var writer = Writer(bytes: bytes)
        var previous: Class = .boundary
        var index = 0
        var lineStart = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // A carriage return before a line feed (Windows line ends) goes, so a CRLF text
            // is detected exactly as its LF twin.
            if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A {
                writer.replace(index..<index + 1, with: nil)
                index += 1
                continue
            }
            if byte == 0x0A {
                if isSoftBreak(bytes, at: index, lineStart: lineStart) {
                    writer.replace(index..<index + 1, with: 0x20)
                }
                lineStart = index + 1
                previous = .space
                index += 1
                continue
            }
            if byte < 0x80 {
                let kind = asciiClass(byte)
                let startsRun = !isAlphanumeric(previous)
                if kind == .digit, startsRun {
                    if let end = spacedDigits(bytes, at: index, writer: &writer) {
                        previous = .digit
                        index = end
                        continue
                    }
                    if let (end, last) = scannedToken(bytes, at: index, writer: &writer) {
                        previous = last
                        index = end
                        continue
                    }
                }
                if isLetter(kind), startsRun {
                    if let end = digitWords(bytes, at: index, writer: &writer) {
                        previous = .digit
                        index = end
                        continue
                    }
                    let edits = writer.edits.count
                    let (end, last) = word(bytes, at: index, writer: &writer)
                    if end < count, asciiClass(bytes[end]) == .digit, writer.edits.count == edits,
                       let (tokenEnd, tokenLast) = scannedToken(bytes, at: index, writer: &writer) {
                        previous = tokenLast
                        index = tokenEnd
                        continue
                    }
                    previous = last
                    index = end
                    continue
                }
                if byte == UInt8(ascii: "-"), previous == .digit || isLetter(previous),
                   let (end, last) = brokenLine(bytes, at: index, previous: previous, writer: &writer) {
                    previous = last
                    index = end
                    continue
                }
                previous = kind
                index += 1
                continue
            }
            let (value, length) = UTF8Decoding.decode(bytes, at: index)
            let startsRun = !isAlphanumeric(previous)
            if let digit = decimalDigit(value) {
                if startsRun, let end = spacedDigits(bytes, at: index, writer: &writer) {
                    previous = .digit
                    index = end
                    continue
                }
                writer.replace(index..<index + length, with: digit)
                previous = .digit
                index += length
                continue
            }
            if isLetterScalar(value) {
                let (end, last) = word(bytes, at: index, writer: &writer)
                previous = last
                index = end
                continue
            }
            if isFormat(value) {
                let next = nextVisible(bytes, from: index + length)
                writer.replace(index..<index + length, with: separates(previous, next) ? 0x20 : nil)
                if separates(previous, next) { previous = .space }
                index += length
                continue
            }
            let mapped = mapSymbol(value, previous: previous, bytes: bytes, after: index + length)
            if let mapped {
                writer.replace(index..<index + length, with: mapped)
                previous = asciiClass(mapped)
            } else {
                previous = isMark(value) ? previous : .other
            }
            index += length
        }
        return writer.finish()
    }

    /// Accumulates the shadow bytes and edits; copies nothing until the first edit.
    struct Writer {
        let bytes: UnsafeBufferPointer<UInt8>
        var output: [UInt8] = []
        var edits: [ShadowText.Edit] = []
        var copiedUpTo = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Replaces the original bytes `range` by `byte` (or by nothing).
        mutating func replace(_ range: Range<Int>, with byte: UInt8?) {
            if edits.isEmpty { output.reserveCapacity(bytes.count) }
            output.append(contentsOf: bytes[copiedUpTo..<range.lowerBound])
            edits.append(ShadowText.Edit(shadowStart: Int32(output.count), originalStart: Int32(range.lowerBound),
                                         shadowLength: byte == nil ? 0 : 1, originalLength: Int32(range.count)))
            if let byte { output.append(byte) }
            copiedUpTo = range.upperBound
        }

        /// The shadow, or nil when nothing was edited.
        mutating func finish() -> Output? {
            guard !edits.isEmpty else { return nil }
            output.append(contentsOf: bytes[copiedUpTo...])
            return Output(bytes: output, edits: edits)
        }
    }

    // MARK: Words

    /// Handles the word (letters, marks and format characters) starting at `start`: maps
    /// full-width letters, removes format characters inside it, and maps Cyrillic or Greek
    /// look-alikes when all its other letters are Latin. Returns its end and the class of
    /// its last letter.
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, writer: inout Writer) -> (Int, Class) {
        var end = start
        var hasLatin = false
        var hasLookAlike = false
        var hasOtherScript = false
        var needsEdit = false
        while end < bytes.count {
            let byte = bytes[end]
            if byte < 0x80 {
                guard isLetter(asciiClass(byte)) else { break }
                hasLatin = true
                end += 1
                continue
            }
            let (value, length) = UTF8Decoding.decode(bytes, at: end)
            if isLetterScalar(value) {
                if isLatin(value) {
                    hasLatin = true
                    if value >= 0xFF21 { needsEdit = true }
                } else if latinLookAlike(value) != nil {
                    hasLookAlike = true
                } else {
                    hasOtherScript = true
                }
            } else if isFormat(value) {
                // Part of the word only when a letter follows.
                let next = end + length
                guard next < bytes.count, isLetterAt(bytes, next) else { break }
                needsEdit = true
            } else if !isMark(value) {
                break
            }
            end += length
        }
        let mapLookAlikes = hasLatin && hasLookAlike && !hasOtherScript
        var last: Class = .letter
        guard needsEdit || mapLookAlikes else {
            return (end, lastLetterClass(bytes, start, end))
        }
        var index = start
        var previous: Class = .boundary
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                previous = asciiClass(byte)
                index += 1
                continue
            }
            let (value, length) = UTF8Decoding.decode(bytes, at: index)
            if isFormat(value) {
                let next = nextVisible(bytes, from: index + length)
                let space = separates(previous, next)
                writer.replace(index..<index + length, with: space ? 0x20 : nil)
                if space { previous = .space }
            } else if value >= 0xFF21, value <= 0xFF5A {
                let ascii = UInt8(value - 0xFEE0)
                writer.replace(index..<index + length, with: ascii)
                previous = asciiClass(ascii)
            } else if mapLookAlikes, let ascii = latinLookAlike(value) {
                writer.replace(index..<index + length, with: ascii)
                previous = asciiClass(ascii)
            } else if !isMark(value) {
                previous = caseClass(value)
            }
            index += length
        }
        last = previous == .space ? .letter : previous
        return (end, last)
    }

    private static func lastLetterClass(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Class {
        var index = end
        while index > start {
            var scalarStart = index - 1
            while scalarStart > start, UTF8Decoding.isContinuation(bytes[scalarStart]) { scalarStart -= 1 }
            let byte = bytes[scalarStart]
            if byte < 0x80 { return asciiClass(byte) }
            let value = UTF8Decoding.decode(bytes, at: scalarStart).0
            if !isMark(value), !isFormat(value) { return caseClass(value) }
            index = scalarStart
        }
        return .letter
    }

    private static func isMarkAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] >= 0xC0 && isMark(UTF8Decoding.decode(bytes, at: index).0)
    }

    // MARK: Digit runs

    /// At a single digit that starts a run: when seven or more single digits follow one
    /// another separated by single spaces, writes them as one digit run and returns its end.
    static func spacedDigits(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, writer: inout Writer) -> Int? {
        var digits: [(range: Range<Int>, digit: UInt8)] = []
        var spaces: [Range<Int>] = []
        var index = start
        while true {
            guard let (digit, length) = digitAt(bytes, index) else { break }
            let after = index + length
            // The digit must stand alone: not followed by a letter or another digit.
            if after < bytes.count, isAlphanumericAt(bytes, after) { break }
            digits.append((index..<after, digit))
            guard let spaceLength = spaceAt(bytes, after), digitAt(bytes, after + spaceLength) != nil else { break }
            spaces.append(after..<after + spaceLength)
            index = after + spaceLength
        }
        guard digits.count >= 7 else { return nil }
        for (position, item) in digits.enumerated() {
            writer.replace(item.range, with: item.digit)
            if position < digits.count - 1 { writer.replace(spaces[position], with: nil) }
        }
        return digits[digits.count - 1].range.upperBound
    }

    /// The digit a digit word stands for, given the word's lower-case bytes packed into an
    /// integer (first byte highest): zero, oh, o, nought, one … nine, niner. A switch on
    /// constants, since it runs at the start of every word.
    static func digitWordValue(_ packed: UInt64) -> UInt8? {
        switch packed {
        case 0x7A65_726F, 0x6F68, 0x6F, 0x6E6F_7567_6874: 0x30  // zero, oh, o, nought
        case 0x6F6E65: 0x31  // one
        case 0x74776F: 0x32  // two
        case 0x74_6872_6565: 0x33  // three
        case 0x666F_7572: 0x34  // four
        case 0x6669_7665: 0x35  // five
        case 0x736978: 0x36  // six
        case 0x73_6576_656E: 0x37  // seven
        case 0x65_6967_6874: 0x38  // eight
        case 0x6E69_6E65, 0x6E_696E_6572: 0x39  // nine, niner
        default: nil
        }
    }

    /// The tens digit of a tens word (twenty … ninety), given its packed lower-case bytes.
    static func tensWordValue(_ packed: UInt64) -> UInt8? {
        switch packed {
        case 0x74_7765_6E74_79: 0x32  // twenty
        case 0x74_6869_7274_79: 0x33  // thirty
        case 0x666F_7274_79: 0x34  // forty
        case 0x6669_6674_79: 0x35  // fifty
        case 0x7369_7874_79: 0x36  // sixty
        case 0x7365_7665_6E74_79: 0x37  // seventy
        case 0x65_6967_6874_79: 0x38  // eighty
        case 0x6E_696E_6574_79: 0x39  // ninety
        default: nil
        }
    }

    /// The end of the separator after a digit word: spaces, optionally one comma or
    /// hyphen, then spaces.
    static func digitWordSeparatorEnd(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
        var next = end
        var punctuation = false
        while next < bytes.count {
            if bytes[next] == 0x20 { next += 1; continue }
            if !punctuation, bytes[next] == UInt8(ascii: ",") || bytes[next] == UInt8(ascii: "-") {
                punctuation = true
                next += 1
                continue
            }
            break
        }
        return next
    }

    /// The digit of the digit word starting at `start`, if one does.
    static func digitWordAt(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt8? {
        var end = start
        var packed: UInt64 = 0
        while end < bytes.count, end - start < 7, isLetter(asciiClass(bytes[end])) {
            packed = packed << 8 | UInt64(bytes[end] | 0x20)
            end += 1
        }
        guard end > start, end >= bytes.count || !isAlphanumericAt(bytes, end) else { return nil }
        return digitWordValue(packed)
    }

    /// At an ASCII letter that starts a word: when seven or more digit words follow one
    /// another (separated by spaces, a comma or a hyphen), writes them as one digit run
    /// and returns its end.
    static func digitWords(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, writer: inout Writer) -> Int? {
        var words: [(range: Range<Int>, digit: UInt8)] = []
        var index = start
        while true {
            var end = index
            var packed: UInt64 = 0
            while end < bytes.count, end - index < 7, isLetter(asciiClass(bytes[end])) {
                packed = packed << 8 | UInt64(bytes[end] | 0x20)
                end += 1
            }
            guard end > index, end >= bytes.count || !isAlphanumericAt(bytes, end) else { break }
            let next = digitWordSeparatorEnd(bytes, after: end)
            if let digit = digitWordValue(packed) {
                words.append((index..<end, digit))
            } else if let tens = tensWordValue(packed), next > end, let unit = digitWordAt(bytes, next), unit != 0x30 {
                // "seventy three" reads as 7 and 3: a tens word counts only before a unit.
                words.append((index..<end, tens))
            } else {
                break
            }
            guard next > end, next < bytes.count, isLetter(asciiClass(bytes[next])) else { break }
            index = next
        }
        guard words.count >= 7 else { return nil }
        for (position, item) in words.enumerated() {
            writer.replace(item.range, with: item.digit)
            if position < words.count - 1 { writer.replace(item.range.upperBound..<words[position + 1].range.lowerBound, with: nil) }
        }
        return words[words.count - 1].range.upperBound
    }

    // MARK: Scanned text

    /// At the start of an ASCII run of letters and digits: when the run mixes them the way
    /// OCR confuses look-alikes, rewrites it and returns its end and the class of its last
    /// byte. A run of digits with only O, o or l among them is a number ("2O23", "l8O7",
    /// "Ol45" become 2023, 1807, 0145); a run of letters, one of them lower case, with only
    /// 0 and 1 among them and at least two other letters is a word ("Wi1son", "C0unty",
    /// "Ha11", "0fficer" become Wilson, County, Hall, Officer). Anything else (2K41, ABC1001,
    /// 10th, K9) is left alone.
    static func scannedToken(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, writer: inout Writer) -> (Int, Class)? {
        var end = start
        var digits = 0, confusableLetters = 0, otherLetters = 0, lower = 0, zeroOnes = 0
        while end < bytes.count, end - start < 24 {
            let byte = bytes[end]
            switch asciiClass(byte) {
            case .digit:
                digits += 1
                if byte == 0x30 || byte == 0x31 { zeroOnes += 1 }
            case .lower:
                lower += 1
                if byte == UInt8(ascii: "o") || byte == UInt8(ascii: "l") { confusableLetters += 1 } else { otherLetters += 1 }
            case .upper:
                if byte == UInt8(ascii: "O") { confusableLetters += 1 } else { otherLetters += 1 }
            default:
                break
            }
            guard isAlphanumeric(asciiClass(byte)) else { break }
            end += 1
        }
        // A run longer than any word or number, or glued to a non-ASCII letter or mark, stays.
        if end < bytes.count, bytes[end] >= 0x80 || isAlphanumeric(asciiClass(bytes[end])) { return nil }
        guard digits > 0, confusableLetters + otherLetters > 0 else { return nil }
        if otherLetters == 0 {
            // A number with look-alike letters.
            for index in start..<end {
                switch bytes[index] {
                case UInt8(ascii: "O"), UInt8(ascii: "o"): writer.replace(index..<index + 1, with: UInt8(ascii: "0"))
                case UInt8(ascii: "l"): writer.replace(index..<index + 1, with: UInt8(ascii: "1"))
                default: break
                }
            }
            return (end, .digit)
        }
        if lower == 0, digits == zeroOnes, otherLetters >= 2, end - start >= 4,
           capitalsWithZeros(bytes, start, end) {
            // A word in capitals with 0 for O ("0HI0", "C0LUMBUS", "P0LICE").
            for index in start..<end where bytes[index] == 0x30 { writer.replace(index..<index + 1, with: UInt8(ascii: "O")) }
            return (end, .upper)
        }
        guard digits == zeroOnes, lower > 0, otherLetters + confusableLetters >= 2,
              asciiClass(bytes[end - 1]) != .digit || asciiClass(bytes[end - 2]) != .digit || asciiClass(bytes[end - 3]) != .digit
        else { return nil }
        // A word that starts with a digit is a number with a suffix (1st, 10th, 1am, 1min)
        // unless one digit leads three letters that are no unit ("1icense", "0fficer").
        if asciiClass(bytes[start]) == .digit {
            guard asciiClass(bytes[start + 1]) != .digit, end - start >= 4,
                  !isUnitSuffix(bytes, start + 1, end) else { return nil }
        }
        // A word with look-alike digits: 0 reads as O (o inside a lower-case word), 1 as l.
        var last: Class = .lower
        for index in start..<end {
            let byte = bytes[index]
            if byte == 0x30 {
                let nextIsLower = index + 1 < end && asciiClass(bytes[index + 1]) == .lower
                let upper = index == start || !nextIsLower
                writer.replace(index..<index + 1, with: upper ? UInt8(ascii: "O") : UInt8(ascii: "o"))
                last = upper ? .upper : .lower
            } else if byte == 0x31 {
                writer.replace(index..<index + 1, with: UInt8(ascii: "l"))
                last = .lower
            } else {
                last = asciiClass(byte)
            }
        }
        return (end, last)
    }

    /// Whether a run of capitals and digits reads as a word with 0 for O: its only digits
    /// are zeros, none next to another digit ("KDW000", "AB10" stay plates and call signs).
    static func capitalsWithZeros(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        for index in from..<to where asciiClass(bytes[index]) == .digit {
            guard bytes[index] == 0x30 else { return false }
            if index > from, asciiClass(bytes[index - 1]) == .digit { return false }
            if index + 1 < to, asciiClass(bytes[index + 1]) == .digit { return false }
        }
        return true
    }

    /// Whether bytes `from..<to` spell a unit written after a number (1min, 1hrs, 1lbs).
    static func isUnitSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let units = ["min", "mins", "sec", "secs", "hrs", "lbs", "mph", "kph", "day", "days", "yrs", "gal", "mile"]
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self).lowercased()
        return units.contains(word)
    }

    /// At a hyphen after a letter or digit: when the hyphen ends a line and the word or
    /// number goes on at the start of the next ("313-555-⏎0129", "Tho-⏎mas"), joins the two
    /// halves and returns the index of the first byte after the line break. Between digits
    /// and before a capital the hyphen stays (a dashed number, a double-barrelled name);
    /// before a lower-case letter it was a printer's hyphen and goes too.
    static func brokenLine(_ bytes: UnsafeBufferPointer<UInt8>, at hyphen: Int, previous: Class, writer: inout Writer) -> (Int, Class)? {
        var next = hyphen + 1
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        if next < bytes.count, bytes[next] == 0x0D { next += 1 }
        guard next < bytes.count, bytes[next] == 0x0A else { return nil }
        next += 1
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        guard next < bytes.count else { return nil }
        let following = asciiClass(bytes[next])
        if previous == .digit {
            guard following == .digit else { return nil }
            writer.replace(hyphen + 1..<next, with: nil)
            return (next, .other)
        }
        if following == .lower {
            writer.replace(hyphen..<next, with: nil)
            return (next, previous)
        }
        guard following == .upper else { return nil }
        writer.replace(hyphen + 1..<next, with: nil)
        return (next, .other)
    }

    // MARK: Line breaks

    /// The shortest line whose break may be a wrap of running prose.
    static let wrappedLineLength = 45

    /// Whether the line break at `index` only wraps prose: a single break after a line of
    /// ``wrappedLineLength`` bytes or more in mixed case that does not end in a colon, before
    /// a line opening with a letter (or a quote mark and a letter) in mixed case.
    static func isSoftBreak(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lineStart: Int) -> Bool {
        guard index - lineStart >= wrappedLineLength, index + 1 < bytes.count else { return false }
        var last = index - 1
        while last > lineStart, bytes[last] == 0x20 || bytes[last] == 0x09 || bytes[last] == 0x0D { last -= 1 }
        guard bytes[last] != UInt8(ascii: ":") else { return false }
        var next = index + 1
        if bytes[next] == UInt8(ascii: "\"") {
            next += 1
        } else if next + 2 < bytes.count, bytes[next] == 0xE2, bytes[next + 1] == 0x80, bytes[next + 2] == 0x9C {
            next += 3   // an opening typographic quote
        }
        // A letter: ASCII, or the lead byte of a two-byte (Latin, Greek, Cyrillic) letter. A
        // three-byte symbol (a bullet •, a dash –) opens a list item, not wrapped prose.
        guard next < bytes.count, isLetter(asciiClass(bytes[next])) || (0xC3...0xDF).contains(bytes[next]) else { return false }
        guard isMixedCase(bytes, lineStart..<index), !opensWithLabel(bytes, lineStart..<index) else { return false }
        var nextEnd = next
        while nextEnd < bytes.count, bytes[nextEnd] != 0x0A { nextEnd += 1 }
        guard isMixedCase(bytes, next..<min(nextEnd, next + 80)), !opensWithLabel(bytes, next..<nextEnd) else { return false }
        // The next line is wrapped prose too, or the last line of its paragraph, closed by a
        // sentence's stop; a short line that is not (a town, a region code) is an address's.
        if nextEnd - next >= wrappedLineLength { return true }
        var close = nextEnd - 1
        while close > next, [0x20, 0x09, 0x0D, UInt8(ascii: "\""), UInt8(ascii: ")")].contains(bytes[close]) { close -= 1 }
        return [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[close])
    }

    /// Whether a line opens with a label and a colon within its first 25 bytes ("Arresting
    /// officer: …", "John: You saved my life!"): a form field or a speaker, not prose.
    static func opensWithLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 25 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return index + 1 == range.upperBound || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09 }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") { return false }
            index += 1
        }
        return false
    }

    /// Whether the ASCII letters of `range` are mostly lower case (prose, not a log line
    /// or a heading in capitals).
    static func isMixedCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var upper = 0
        var lower = 0
        for index in range {
            switch bytes[index] {
            case 0x41...0x5A: upper += 1
            case 0x61...0x7A: lower += 1
            default: break
            }
        }
        return lower > upper
    }

    // MARK: Symbols

    /// The ASCII byte a non-letter, non-digit, non-format scalar becomes, if any.
    static func mapSymbol(_ value: UInt32, previous: Class, bytes: UnsafeBufferPointer<UInt8>, after: Int) -> UInt8? {
        switch value {
        case 0x2010, 0x2011, 0x2212, 0xFE63:
            return UInt8(ascii: "-")
        case 0x2012...0x2015, 0xFE58:
            // Dashes only join digits; elsewhere they are punctuation and stay.
            guard previous == .digit, case .digit = nextVisible(bytes, from: after) else { return nil }
            return UInt8(ascii: "-")
        case 0xFF01...0xFF5E:
            return UInt8(value - 0xFEE0)
        case 0x2018, 0x2019, 0x02BC, 0x2032:
            // Typographic apostrophes and primes read as the ASCII one (New Year’s Eve, O’Brien).
            return UInt8(ascii: "'")
        case 0x201C, 0x201D, 0x2033:
            return UInt8(ascii: "\"")
        default:
            guard value != 0x20, let scalar = Unicode.Scalar(value), scalar.properties.generalCategory == .spaceSeparator else { return nil }
            return 0x20
        }
    }

    /// Look-alike Latin letters for Cyrillic and Greek letters.
    static let lookAlikes: [UInt32: UInt8] = {
        let pairs: [(UInt32, Character)] = [
            // Cyrillic
            (0x0410, "A"), (0x0412, "B"), (0x0415, "E"), (0x041A, "K"), (0x041C, "M"), (0x041D, "H"), (0x041E, "O"),
            (0x0420, "P"), (0x0421, "C"), (0x0422, "T"), (0x0423, "Y"), (0x0425, "X"), (0x0430, "a"), (0x0435, "e"),
            (0x043E, "o"), (0x0440, "p"), (0x0441, "c"), (0x0443, "y"), (0x0445, "x"), (0x0405, "S"), (0x0455, "s"),
            (0x0406, "I"), (0x0456, "i"), (0x0408, "J"), (0x0458, "j"), (0x04BA, "H"), (0x04BB, "h"), (0x04C0, "I"),
            (0x04CF, "l"), (0x0501, "d"), (0x051A, "Q"), (0x051B, "q"), (0x051C, "W"), (0x051D, "w"), (0x0432, "b"),
            // Greek
            (0x0391, "A"), (0x0392, "B"), (0x0395, "E"), (0x0396, "Z"), (0x0397, "H"), (0x0399, "I"), (0x039A, "K"),
            (0x039C, "M"), (0x039D, "N"), (0x039F, "O"), (0x03A1, "P"), (0x03A4, "T"), (0x03A5, "Y"), (0x03A7, "X"),
            (0x03BF, "o"), (0x03BD, "v"), (0x03B9, "i"), (0x03BA, "k"), (0x03C1, "p"), (0x03C5, "u"), (0x03C7, "x"),
            (0x03F2, "c"), (0x03F9, "C"), (0x03F3, "j"), (0x03B1, "a"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1.asciiValue!) })
    }()

    static func latinLookAlike(_ value: UInt32) -> UInt8? {
        guard value >= 0x0370, value < 0x0530 else { return nil }
        return lookAlikes[value]
    }

    // MARK: Classification

    @inline(__always)
    static func asciiClass(_ byte: UInt8) -> Class {
        switch byte {
        case 0x30...0x39: .digit
        case 0x41...0x5A: .upper
        case 0x61...0x7A: .lower
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: .space
        default: .other
        }
    }

    @inline(__always)
    static func isLetter(_ kind: Class) -> Bool { kind == .lower || kind == .upper || kind == .letter }

    @inline(__always)
    static func isAlphanumeric(_ kind: Class) -> Bool { kind == .digit || isLetter(kind) }

    /// Whether a format character between `previous` and `next` separates two words
    /// (letter and digit, or lower-case then capital) rather than hiding inside one.
    static func separates(_ previous: Class, _ next: Class) -> Bool {
        switch (previous, next) {
        case (.digit, .lower), (.digit, .upper), (.digit, .letter), (.lower, .digit), (.upper, .digit), (.letter, .digit), (.lower, .upper):
            true
        default:
            false
        }
    }

    /// The class of the next scalar after `index` that is not a format character.
    static func nextVisible(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Class {
        var index = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { return asciiClass(byte) }
            let (value, length) = UTF8Decoding.decode(bytes, at: index)
            if isFormat(value) {
                index += length
                continue
            }
            if decimalDigit(value) != nil { return .digit }
            if value >= 0xFF21, value <= 0xFF5A { return asciiClass(UInt8(value - 0xFEE0)) }
            if isLetterScalar(value) { return caseClass(value) }
            return .other
        }
        return .boundary
    }

    static func caseClass(_ value: UInt32) -> Class {
        guard let scalar = Unicode.Scalar(value) else { return .other }
        if scalar.properties.isUppercase { return .upper }
        if scalar.properties.isLowercase { return .lower }
        return isLetterScalar(value) ? .letter : .other
    }

    /// The ASCII digit of a decimal digit of any script (not ASCII itself).
    static func decimalDigit(_ value: UInt32) -> UInt8? {
        guard value >= 0x80, let scalar = Unicode.Scalar(value), scalar.properties.numericType == .decimal,
              let number = scalar.properties.numericValue, number >= 0, number <= 9 else { return nil }
        return 0x30 + UInt8(number)
    }

    static func digitAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt8, Int)? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        if byte < 0x80 { return byte >= 0x30 && byte <= 0x39 ? (byte, 1) : nil }
        let (value, length) = UTF8Decoding.decode(bytes, at: index)
        return decimalDigit(value).map { ($0, length) }
    }

    /// The length of the single space (ASCII or a Unicode space separator) at `index`.
    static func spaceAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x20 { return 1 }
        guard bytes[index] >= 0xC0 else { return nil }
        let (value, length) = UTF8Decoding.decode(bytes, at: index)
        guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory == .spaceSeparator else { return nil }
        return length
    }

    static func isAlphanumericAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isAlphanumeric(asciiClass(byte)) }
        let (value, _) = UTF8Decoding.decode(bytes, at: index)
        return decimalDigit(value) != nil || isLetterScalar(value) || isMark(value)
    }

    static func isLetterAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isLetter(asciiClass(byte)) }
        return isLetterScalar(UTF8Decoding.decode(bytes, at: index).0)
    }

    static func isLetterScalar(_ value: UInt32) -> Bool {
        if value < 0x80 { return isLetter(asciiClass(UInt8(value))) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Latin letters: ASCII, Latin-1 to Latin Extended-B, Latin Extended Additional, IPA
    /// and full-width Latin.
    static func isLatin(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x00C0...0x024F, 0x0250...0x02AF, 0x1E00...0x1EFF, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }

    /// Format characters (general category Cf): zero-width characters, soft hyphen, BOM,
    /// bidirectional controls.
    @inline(__always)
    static func isFormat(_ value: UInt32) -> Bool {
        guard value >= 0xAD, let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.generalCategory == .format
    }

    /// Combining marks (Mn, Mc, Me).
    static func isMark(_ value: UInt32) -> Bool {
        guard value >= 0x300, let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
