/// Named checks a rule can require of its matched text, written in Swift because a
/// pattern cannot express them (check digits, calendar validity, numbering plans).
///
/// Validators see only the bytes of the match and return whether to keep it.
public enum Validators {
    /// A validator: takes the matched UTF-8 bytes, returns whether the match stands.
    typealias Check = @Sendable (ArraySlice<UInt8>) -> Bool

    /// Every validator a rule may name.
    static let all: [String: Check] = [
        "phone-nanp": nanpPhone,
        "date": calendarDate,
        "luhn": luhn,
        "vin": vin,
        "ssn": ssn,
        "phone-digits": { bytes in
            let count = bytes.filter { $0 >= 0x30 && $0 <= 0x39 }.count
            return (7...15).contains(count)
        },
        "has-digit": { $0.contains { $0 >= 0x30 && $0 <= 0x39 } },
        "has-letter-and-digit": { bytes in
            bytes.contains { $0 >= 0x30 && $0 <= 0x39 } && bytes.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        },
        "not-year": { bytes in
            let value = digits(bytes)
            return !(value.count == 4 && (value.starts(with: [1, 9]) || value.starts(with: [2, 0])))
        },
    ]

    /// The names of the available validators.
    public static var names: [String] { all.keys.sorted() }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> [Int] {
        bytes.compactMap { $0 >= 0x30 && $0 <= 0x39 ? Int($0 - 0x30) : nil }
    }

    /// North American numbering plan: area code and exchange do not start with 0 or 1
    /// (after an optional country code 1). Seven-digit local numbers: exchange rule only.
    static let nanpPhone: Check = { bytes in
        var number = digits(bytes)
        // Strip an extension: digits after "x" or "ext" are not part of the check.
        if let extensionStart = bytes.firstIndex(where: { $0 | 0x20 == UInt8(ascii: "x") || $0 | 0x20 == UInt8(ascii: "e") }) {
            number = digits(bytes[bytes.startIndex..<extensionStart])
        }
        if number.count == 11, number.first == 1 { number.removeFirst() }
        if number.count == 10 {
            return number[0] >= 2 && number[3] >= 2
        }
        if number.count == 7 { return number[0] >= 2 }
        return false
    }

    /// A numeric date whose fields form a real calendar date in month-first, day-first or
    /// ISO order (any of them).
    static let calendarDate: Check = { bytes in
        var fields: [Int] = []
        var current = -1
        var widths: [Int] = []
        var width = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                current = (current < 0 ? 0 : current) * 10 + Int(byte - 0x30)
                width += 1
            } else if current >= 0 {
                fields.append(current)
                widths.append(width)
                current = -1
                width = 0
            }
        }
        if current >= 0 {
            fields.append(current)
            widths.append(width)
        }
        func valid(month: Int, day: Int, year: Int?) -> Bool {
            guard (1...12).contains(month), day >= 1 else { return false }
            let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard day <= lengths[month - 1] else { return false }
            if month == 2, day == 29, let year, year >= 100 {
                return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            }
            return true
        }
        switch fields.count {
        case 2:
            return valid(month: fields[0], day: fields[1], year: nil) || valid(month: fields[1], day: fields[0], year: nil)
        case 3:
            if widths[0] == 4 {
                return valid(month: fields[1], day: fields[2], year: fields[0])
            }
            guard widths[2] == 2 || widths[2] == 4 else { return false }
            if widths[2] == 4, !(1900...2099).contains(fields[2]) { return false }
            return valid(month: fields[0], day: fields[1], year: fields[2]) || valid(month: fields[1], day: fields[0], year: fields[2])
        default:
            return false
        }
    }

    /// The Luhn check digit (payment cards and some agency ids).
    static let luhn: Check = { bytes in
        let number = digits(bytes)
        guard number.count >= 12 else { return false }
        var sum = 0
        for (index, digit) in number.reversed().enumerated() {
            if index % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// A 17-character VIN: no I, O or Q, at least one digit, and a valid check digit
    /// (position 9) — or, when the check digit fails, a plausible shape (many narratives
    /// quote VINs with typos; recall first), accepting three or more digits in the last six.
    static let vin: Check = { bytes in
        let characters = bytes.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
        guard characters.count == 17 else { return false }
        let forbidden: Set<UInt8> = [UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "Q")]
        guard !characters.contains(where: forbidden.contains) else { return false }
        func value(_ c: UInt8) -> Int? {
            if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
            let table: [Character: Int] = [
                "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4,
                "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
            ]
            return table[Character(Unicode.Scalar(c))]
        }
        let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for (index, c) in characters.enumerated() {
            guard let v = value(c) else { return false }
            sum += v * weights[index]
        }
        let check = sum % 11
        let expected: UInt8 = check == 10 ? UInt8(ascii: "X") : UInt8(0x30 + check)
        if characters[8] == expected { return true }
        return characters[11...].filter { $0 >= 0x30 && $0 <= 0x39 }.count >= 3
    }

    /// A US social security number: area not 000, 666 or 900-999; group and serial not zero.
    static let ssn: Check = { bytes in
        let number = digits(bytes)
        guard number.count == 9 else { return false }
        let area = number[0] * 100 + number[1] * 10 + number[2]
        let group = number[3] * 10 + number[4]
        let serial = number[5] * 1000 + number[6] * 100 + number[7] * 10 + number[8]
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }
}
