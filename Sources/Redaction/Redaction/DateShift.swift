/// Shifts a date written in a common format by a number of days and writes it back in the
/// same format: separators, field order, zero padding, two- or four-digit years, month
/// names (full or abbreviated, same case), ordinal suffixes and weekday names.
///
/// Numeric dates read as `YYYY-MM-DD`, or month first (`3/14/2024`, `03-14-24`) unless the
/// first field exceeds 12 and the second does not (`14.03.2024`, day first). Month-name
/// dates: `March 14, 2024`, `Mar. 14th`, `14 March 2024`, `14th of March`, optionally after
/// a weekday. Anything else returns nil (the caller falls back to a tag).
enum DateShift {
    private enum Kind { case digits, letters, other }
    private struct Run {
        let kind: Kind
        let text: String
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// The shifted date in the original format, or nil when `raw` is not a date this parser reads.
    static func shift(_ raw: String, days: Int) -> String? {
        let runs = split(raw)
        return shiftNumeric(runs, days: days) ?? shiftNamed(runs, days: days)
    }

    private static func split(_ raw: String) -> [Run] {
        var runs: [Run] = []
        var current = ""
        var kind: Kind?
        for character in raw {
            let k: Kind = character.isASCII && character.isNumber ? .digits : (character.isLetter ? .letters : .other)
            if k != kind, let previous = kind {
                runs.append(Run(kind: previous, text: current))
                current = ""
            }
            kind = k
            current.append(character)
        }
        if let kind { runs.append(Run(kind: kind, text: current)) }
        return runs
    }

    // MARK: Numeric

    private static func shiftNumeric(_ runs: [Run], days: Int) -> String? {
        guard runs.count == 5 || runs.count == 3, runs.allSatisfy({ $0.kind != .letters }) else { return nil }
        let fields = stride(from: 0, to: runs.count, by: 2).map { runs[$0] }
        let separators = stride(from: 1, to: runs.count, by: 2).map { runs[$0].text }
        guard fields.allSatisfy({ $0.kind == .digits }), Set(separators).count == 1,
              let separator = separators.first, ["/", "-", "."].contains(separator) else { return nil }
        let values = fields.map { Int($0.text) ?? -1 }
        let widths = fields.map(\.text.count)
        // Field roles: indexes of year, month, day in `fields` (year nil when absent).
        var year: Int?
        let order: (year: Int?, month: Int, day: Int)
        if fields.count == 3, widths[0] == 4 {
            order = (0, 1, 2)
        } else if fields.count == 3, widths[2] == 4 || widths[2] == 2, widths[0] <= 2, widths[1] <= 2 {
            order = values[0] > 12 && values[1] <= 12 ? (2, 1, 0) : (2, 0, 1)
        } else if fields.count == 2, widths[0] <= 2, widths[1] <= 2 {
            order = values[0] > 12 && values[1] <= 12 ? (nil, 1, 0) : (nil, 0, 1)
        } else {
            return nil
        }
        let month = values[order.month]
        let day = values[order.day]
        if let y = order.year { year = expandYear(values[y], width: widths[y]) }
        guard let shifted = shiftDate(year: year ?? 2000, month: month, day: day, by: days) else { return nil }
        var out = fields.map(\.text)
        // "03/14/24": one zero-padded field means both month and day are written with two digits.
        let padded = fields[order.month].text.hasPrefix("0") || fields[order.day].text.hasPrefix("0")
        out[order.month] = pad(shifted.month, width: padded ? 2 : 1)
        out[order.day] = pad(shifted.day, width: padded ? 2 : 1)
        if let y = order.year { out[y] = formatYear(shifted.year, width: widths[y]) }
        return out.joined(separator: separator)
    }

    // MARK: Month names

    private static func shiftNamed(_ runs: [Run], days: Int) -> String? {
        var runs = runs
        var index = 0
        var weekdayRun: Int?
        // Optional leading weekday and its separator.
        if let first = runs.first, first.kind == .letters, weekdayIndex(first.text) != nil, runs.count > 2, runs[1].kind == .other {
            weekdayRun = 0
            index = 2
        }
        var monthRun: Int?
        var dayRun: Int?
        var ordinalRun: Int?
        var yearRun: Int?
        func isSeparator(_ i: Int) -> Bool {
            i < runs.count && runs[i].kind == .other && runs[i].text.allSatisfy { $0 == " " || $0 == "," || $0 == "." }
        }
        if index < runs.count, runs[index].kind == .letters, monthIndex(runs[index].text) != nil {
            // Month first: "March 14th, 2024".
            monthRun = index
            index += 1
            guard isSeparator(index), index + 1 < runs.count, runs[index + 1].kind == .digits else { return nil }
            dayRun = index + 1
            index += 2
            if index < runs.count, runs[index].kind == .letters, isOrdinal(runs[index].text) {
                ordinalRun = index
                index += 1
            }
            if isSeparator(index), index + 1 < runs.count, runs[index + 1].kind == .digits {
                yearRun = index + 1
                index += 2
            }
        } else if index < runs.count, runs[index].kind == .digits {
            // Day first: "14 March 2024", "14th of March".
            dayRun = index
            index += 1
            if index < runs.count, runs[index].kind == .letters, isOrdinal(runs[index].text) {
                ordinalRun = index
                index += 1
            }
            guard isSeparator(index) else { return nil }
            index += 1
            if index + 1 < runs.count, runs[index].kind == .letters, runs[index].text.lowercased() == "of", isSeparator(index + 1) {
                index += 2
            }
            guard index < runs.count, runs[index].kind == .letters, monthIndex(runs[index].text) != nil else { return nil }
            monthRun = index
            index += 1
            if isSeparator(index), index + 1 < runs.count, runs[index + 1].kind == .digits {
                yearRun = index + 1
                index += 2
            }
        }
        // A trailing period after an abbreviation or the year is allowed.
        if index < runs.count, index == runs.count - 1, isSeparator(index) { index += 1 }
        guard index == runs.count, let monthRun, let dayRun, let month = monthIndex(runs[monthRun].text),
              let day = Int(runs[dayRun].text), runs[dayRun].text.count <= 2 else { return nil }
        var year: Int?
        if let yearRun {
            let width = runs[yearRun].text.count
            guard width == 4 || width == 2, let value = Int(runs[yearRun].text) else { return nil }
            year = expandYear(value, width: width)
        }
        if weekdayRun != nil, year == nil { return nil }
        guard let shifted = shiftDate(year: year ?? 2000, month: month, day: day, by: days) else { return nil }
        runs[monthRun] = Run(kind: .letters, text: monthName(shifted.month, like: runs[monthRun].text))
        runs[dayRun] = Run(kind: .digits, text: pad(shifted.day, like: runs[dayRun].text))
        if let ordinalRun { runs[ordinalRun] = Run(kind: .letters, text: matchCase(ordinal(shifted.day), like: runs[ordinalRun].text)) }
        if let yearRun { runs[yearRun] = Run(kind: .digits, text: formatYear(shifted.year, width: runs[yearRun].text.count)) }
        if let weekdayRun {
            let weekday = weekdayOf(daysFromCivil(shifted.year, shifted.month, shifted.day))
            runs[weekdayRun] = Run(kind: .letters, text: styled(weekdays[weekday], like: runs[weekdayRun].text, full: weekdays))
        }
        return runs.map(\.text).joined()
    }

    private static func monthIndex(_ word: String) -> Int? {
        let lower = word.lowercased()
        if let full = months.firstIndex(of: lower) { return full + 1 }
        if lower == "sept" { return 9 }
        if lower.count == 3, let abbreviation = months.firstIndex(where: { $0.hasPrefix(lower) }) { return abbreviation + 1 }
        return nil
    }

    private static func weekdayIndex(_ word: String) -> Int? {
        let lower = word.lowercased()
        if let full = weekdays.firstIndex(of: lower) { return full }
        if ["tues", "thur", "thurs", "weds"].contains(lower) || lower.count == 3 {
            return weekdays.firstIndex { $0.hasPrefix(String(lower.prefix(3))) }
        }
        return nil
    }

    private static func isOrdinal(_ word: String) -> Bool { ["st", "nd", "rd", "th"].contains(word.lowercased()) }

    private static func ordinal(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    private static func monthName(_ month: Int, like original: String) -> String {
        let full = months[month - 1]
        let lower = original.lowercased()
        let isFull = months.contains(lower)
        var name = isFull ? full : String(full.prefix(3))
        if lower == "sept", month == 9 { name = "sept" }
        return matchCase(name, like: original)
    }

    private static func styled(_ name: String, like original: String, full: [String]) -> String {
        let isFull = full.contains(original.lowercased())
        return matchCase(isFull ? name : String(name.prefix(original.count >= 3 ? 3 : original.count)), like: original)
    }

    private static func matchCase(_ word: String, like original: String) -> String {
        let letters = original.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return word.uppercased() }
        if letters.allSatisfy(\.isLowercase) { return word.lowercased() }
        return word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    // MARK: Calendar arithmetic (proleptic Gregorian, days since 1970-01-01)

    private static func expandYear(_ value: Int, width: Int) -> Int {
        width == 2 ? (value < 70 ? 2000 + value : 1900 + value) : value
    }

    private static func formatYear(_ year: Int, width: Int) -> String {
        width == 2 ? pad(year % 100, width: 2) : pad(year, width: width)
    }

    /// Zero-pads like the original field: "03" → two digits, "3" or "12" → no padding.
    private static func pad(_ value: Int, like original: String) -> String {
        pad(value, width: original.hasPrefix("0") ? original.count : 1)
    }

    private static func pad(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func weekdayOf(_ days: Int) -> Int { ((days % 7) + 7 + 4) % 7 }

    private static func shiftDate(year: Int, month: Int, day: Int, by days: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= daysInMonth(year, month) else { return nil }
        let shifted = civilFromDays(daysFromCivil(year, month, day) + days)
        guard (1...9999).contains(shifted.year) else { return nil }
        return shifted
    }
}
