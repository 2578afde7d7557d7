import Foundation
import Testing
@testable import Redaction

/// The PCRE2 binding: compile errors, limits, iteration and sharing across tasks.
struct PatternTests {
    private func matches(_ pattern: Pattern, _ subject: String) throws -> [String] {
        let bytes = Array(subject.utf8)
        var found: [String] = []
        let scratch = Pattern.Scratch(limits: pattern.limits)
        try bytes.withUnsafeBufferPointer { (buffer) throws(PatternError) in
            try pattern.forEachMatch(in: buffer, scratch: scratch) { match in
                found.append(String(decoding: bytes[match.range], as: UTF8.self))
                return true
            }
        }
        return found
    }

    @Test func iteratesEveryMatch() throws {
        let phone = try Pattern(#"\b[0-9]{3}-[0-9]{3}-[0-9]{4}\b"#)
        #expect(try matches(phone, "Call 602-555-0143 or 480-555-0199, not 12-34.") == ["602-555-0143", "480-555-0199"])
    }

    @Test func capturesAndUTF8Offsets() throws {
        let pattern = try Pattern(#"(Nguyễn) (\w+)?(x)?"#, options: [.ucp])
        let subject = "Mr Nguyễn Văn"
        let bytes = Array(subject.utf8)
        let scratch = Pattern.Scratch()
        var groups: [Range<Int>?] = []
        try bytes.withUnsafeBufferPointer { (buffer) throws(PatternError) in
            try pattern.forEachMatch(in: buffer, scratch: scratch) { match in
                #expect(match.captureCount == 3)
                groups = (0...4).map { match.group($0) }
                return false
            }
        }
        // Group 0 and 4 are not capture groups; group 3 did not take part.
        #expect(groups[0] == nil && groups[4] == nil && groups[3] == nil)
        #expect(groups[1] == 3..<11)
        #expect(String(decoding: bytes[groups[2]!], as: UTF8.self) == "Văn")
    }

    @Test func emptyMatchesAdvanceOverWholeScalars() throws {
        let pattern = try Pattern("x*")
        #expect(try matches(pattern, "é👍").allSatisfy(\.isEmpty))
        #expect(try matches(pattern, "").count == 1)
    }

    @Test(arguments: [
        ("(abc", 4),
        ("[0-9", 4),
        ("a{2,1}", 5),
        ("(?<n>a)(?<n>b)", 12),
    ])
    func malformedPatternReportsOffset(_ source: String, _ offset: Int) {
        #expect {
            _ = try Pattern(source)
        } throws: { error in
            guard case PatternError.compile(let message, let at) = error else { return false }
            return at == offset && !message.isEmpty
        }
    }

    @Test func catastrophicBacktrackingStopsAtLimit() throws {
        let pattern = try Pattern("(a+)+$", limits: .init(match: 100_000, depth: 10_000, heapKibibytes: 1024))
        let subject = String(repeating: "a", count: 40) + "!"
        #expect {
            _ = try matches(pattern, subject)
        } throws: { error in
            guard case PatternError.limitExceeded = error else { return false }
            return !(error as! PatternError).description.contains("aaaa")
        }
    }

    @Test func sharedPatternGivesSerialResultsFromManyTasks() async throws {
        let pattern = try Pattern(#"\b[0-9]{3}[-. ][0-9]{4}\b"#)
        let subjects = (0..<50).map { "Line \($0): call 555-\(String(format: "%04d", $0 * 7)) or 555.\(1000 + $0)" }
        let serial = try subjects.map { try matches(pattern, $0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for _ in 0..<8 {
                for (index, subject) in subjects.enumerated() {
                    group.addTask { (index, try self.matches(pattern, subject)) }
                }
            }
            var all: [(Int, [String])] = []
            for try await item in group { all.append(item) }
            return all
        }
        #expect(parallel.count == subjects.count * 8)
        for (index, found) in parallel { #expect(found == serial[index]) }
    }
}
