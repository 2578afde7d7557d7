/// Turns overlapping candidate findings into a sorted, non-overlapping list.
///
/// The policy, in order:
/// 1. Findings scoring below the threshold are dropped.
/// 2. `UNANALYSED` regions win over everything (fail closed).
/// 3. Otherwise the longer span wins ("1423 W. Oak St." keeps the street name inside it;
///    a name inside an address stays part of the address).
/// 4. Equal lengths go to the higher score, then to the earlier-listed label of
///    ``labelPriority`` (PHONE before PLATE before ID before DATE …), then to the lower start.
/// 6. Person findings separated only by spaces and quote marks are one name
///    (Reinaldo "Rey" Pupo), so the quotes inside a name are redacted with it.
/// 5. A losing finding keeps whatever part of it no winner covers, if that part still
///    holds two letters or digits and is not a lone possessive ending — so resolution
///    never uncovers an identifier that some detector flagged.
enum Resolution {
    /// Ties between equally long, equally scored spans go to the earlier label here.
    static let labelPriority: [Label] = [.unanalysed, .email, .url, .phone, .plate, .id, .date, .time, .badge, .location, .org, .person]

    static func resolve(_ candidates: [Finding], text: Text, threshold: Double) -> [Finding] {
        // Rank each label once; comparing label strings inside the sort would dominate it.
        var ranked: [(finding: Finding, rank: Int)] = []
        ranked.reserveCapacity(candidates.count)
        // UNANALYSED regions are never dropped, whatever the threshold (fail closed).
        for finding in candidates where (finding.label == .unanalysed || finding.score >= threshold) && !finding.range.isEmpty {
            ranked.append((finding, labelPriority.firstIndex(of: finding.label) ?? labelPriority.count))
        }
        ranked.sort { a, b in
            let aFail = a.rank == 0
            let bFail = b.rank == 0
            if aFail != bFail { return aFail }
            if a.finding.range.count != b.finding.range.count { return a.finding.range.count > b.finding.range.count }
            if a.finding.score != b.finding.score { return a.finding.score > b.finding.score }
            if a.rank != b.rank { return a.rank < b.rank }
            return a.finding.range.lowerBound < b.finding.range.lowerBound
        }
        let ordered = ranked.map(\.finding)
        var accepted: [Finding] = []
        // Bytes taken by accepted findings, one bit each: overlap queries cost the length
        // of the finding, whatever the size of the document.
        var taken = [UInt64](repeating: 0, count: text.utf8.count / 64 + 1)
        func isTaken(_ offset: Int) -> Bool { taken[offset >> 6] & (1 << UInt64(offset & 63)) != 0 }
        for finding in ordered {
            var pieces: [Range<Int>] = []
            var runStart: Int? = nil
            for offset in finding.range {
                if isTaken(offset) {
                    if let start = runStart { pieces.append(start..<offset); runStart = nil }
                } else if runStart == nil {
                    runStart = offset
                }
            }
            if let start = runStart { pieces.append(start..<finding.range.upperBound) }
            for piece in pieces {
                let trimmed = trim(piece, in: text)
                guard !trimmed.isEmpty else { continue }
                // A leftover of a trimmed finding must still look like part of an identifier:
                // not a lone possessive ending or a single stray character.
                if trimmed != finding.range, alphanumericCount(trimmed, in: text) < 2 || isPossessiveEnding(trimmed, in: text) { continue }
                for offset in trimmed { taken[offset >> 6] |= 1 << UInt64(offset & 63) }
                accepted.append(trimmed == finding.range ? finding : finding.with(range: trimmed))
            }
        }
        return mergeNameParts(accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }, text: text)
    }

    /// Joins two person findings separated only by spaces and quote marks into one
    /// (Reinaldo "Rey" Pupo): the quotes between the parts of a name belong to it.
    static func mergeNameParts(_ findings: [Finding], text: Text) -> [Finding] {
        guard findings.count > 1 else { return findings }
        var merged: [Finding] = []
        merged.reserveCapacity(findings.count)
        for finding in findings {
            if let last = merged.last, last.label == .person, finding.label == .person, last.range.upperBound <= finding.range.lowerBound,
               isNameGap(last.range.upperBound..<finding.range.lowerBound, in: text) {
                merged[merged.count - 1] = last.with(range: last.range.lowerBound..<finding.range.upperBound)
            } else {
                merged.append(finding)
            }
        }
        return merged
    }

    private static func isNameGap(_ gap: Range<Int>, in text: Text) -> Bool {
        guard !gap.isEmpty, gap.count <= 8 else { return false }
        let bytes = text.utf8[gap]
        var sawQuote = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x20 { index += 1; continue }
            if byte == 0x22 || byte == 0x27 { sawQuote = true; index += 1; continue }
            // “ ” ‘ ’ are E2 80 9C / 9D / 98 / 99.
            if byte == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80, [0x9C, 0x9D, 0x98, 0x99].contains(bytes[index + 2]) {
                sawQuote = true
                index += 3
                continue
            }
            return false
        }
        return sawQuote
    }

    private static func alphanumericCount(_ range: Range<Int>, in text: Text) -> Int {
        var count = 0
        for byte in text.utf8[range] where byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
            if byte < 0x80 || byte >= 0xC0 { count += 1 }
        }
        return count
    }

    private static func isPossessiveEnding(_ range: Range<Int>, in text: Text) -> Bool {
        let bytes = Array(text.utf8[range])
        return bytes == Array("'s".utf8) || bytes == Array("’s".utf8) || bytes == Array("'S".utf8) || bytes == Array("’S".utf8)
    }

    /// Drops leading and trailing white space, commas and semicolons (never a character that
    /// may belong to an identifier, such as ':' or '-'); returns an empty range when no letter or digit remains.
    static func trim(_ range: Range<Int>, in text: Text) -> Range<Int> {
        let bytes = text.utf8
        var lower = range.lowerBound
        var upper = range.upperBound
        func isEdge(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
        }
        while lower < upper, isEdge(bytes[lower]) { lower += 1 }
        while upper > lower, isEdge(bytes[upper - 1]) { upper -= 1 }
        var hasAlphanumeric = false
        var index = lower
        while index < upper {
            let byte = bytes[index]
            if byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
                hasAlphanumeric = true
                break
            }
            index += 1
        }
        return hasAlphanumeric ? lower..<upper : lower..<lower
    }
}
