import Foundation
import Testing
@testable import Redaction

/// Pins detection quality on the fixture corpora at what has been reached. Raise a floor
/// when quality improves; never lower one. Figures, not timings.
struct QualityFloorTests {
    /// A corpus and the minimum figures it must keep.
    struct Floor: Sendable, CustomTestStringConvertible {
        let corpus: String
        /// Core leak-free recall (every non-space character of a core identifier covered).
        let coreLeakFreeRecall: Double
        /// Leak-free recall of each core label.
        let perLabel: [String: Double]
        /// Character precision over all labels.
        let characterPrecision: Double
        /// Highest share of identifier-free documents that get any redaction.
        let maxIdentifierFreeRedacted: Double?
        var testDescription: String { corpus }
    }

    static let floors: [Floor] = [
        Floor(corpus: "dev-a", coreLeakFreeRecall: 0.990,
              perLabel: ["PERSON": 0.994, "BADGE": 0.98, "LOCATION": 0.979, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.952, maxIdentifierFreeRedacted: nil),
        Floor(corpus: "dev-b", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.997, "BADGE": 1, "LOCATION": 0.97, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.97, maxIdentifierFreeRedacted: nil),
        Floor(corpus: "traps-a", coreLeakFreeRecall: 1, perLabel: [:], characterPrecision: 0.991, maxIdentifierFreeRedacted: 0),
        Floor(corpus: "traps-b", coreLeakFreeRecall: 0.999, perLabel: [:], characterPrecision: 0.979, maxIdentifierFreeRedacted: 0),
        Floor(corpus: "external/presidio-synth", coreLeakFreeRecall: 0.928, perLabel: [:], characterPrecision: 0.936, maxIdentifierFreeRedacted: 0.083),
        Floor(corpus: "external/presidio-recognizer-cases", coreLeakFreeRecall: 0.98, perLabel: ["DATE": 1],
              characterPrecision: 0.97, maxIdentifierFreeRedacted: 0.13),
        // Written by this team as a generalisation check (Fixtures/corpus/README.md).
        Floor(corpus: "generalization", coreLeakFreeRecall: 0.995,
              perLabel: ["PERSON": 1, "BADGE": 1, "LOCATION": 0.988, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.975, maxIdentifierFreeRedacted: 0.23),
        // A second check written by this team; 0.911 core before any fix (README.md).
        Floor(corpus: "generalization-2", coreLeakFreeRecall: 0.991,
              perLabel: ["PERSON": 1, "BADGE": 1, "LOCATION": 0.972, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.95, maxIdentifierFreeRedacted: 0.13),
        // A third check written by this team; 0.884 core before any fix (README.md).
        Floor(corpus: "generalization-3", coreLeakFreeRecall: 0.973,
              perLabel: ["PERSON": 0.962, "BADGE": 1, "LOCATION": 0.969, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.955, maxIdentifierFreeRedacted: 0.1),
        // A fourth check written by this team; 0.943 core before any fix (README.md).
        Floor(corpus: "generalization-4", coreLeakFreeRecall: 0.993,
              perLabel: ["PERSON": 0.999, "BADGE": 1, "LOCATION": 0.982, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.97, maxIdentifierFreeRedacted: 0),
        // A fifth check written by this team; 0.933 core before any fix (README.md).
        Floor(corpus: "generalization-5", coreLeakFreeRecall: 0.980,
              perLabel: ["PERSON": 0.999, "BADGE": 0.954, "LOCATION": 0.942, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.966, maxIdentifierFreeRedacted: 0.29),
        // A sixth check written by this team; 0.930 core before any fix (README.md).
        Floor(corpus: "generalization-6", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.989, "BADGE": 1, "LOCATION": 0.985, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.966, maxIdentifierFreeRedacted: 0),
        // Fresh short hard cases written by this team; 0.905 core and 4/31 identifier-free
        // texts redacted before any fix (README.md).
        Floor(corpus: "traps-c", coreLeakFreeRecall: 0.95,
              perLabel: ["PERSON": 0.94, "BADGE": 1, "LOCATION": 1, "DATE": 1],
              characterPrecision: 0.94, maxIdentifierFreeRedacted: 0),
        // A seventh check written by this team; 0.973 core before any fix (README.md). One
        // identifier-free narrative says "at three in the morning" in general: TIME, over-redacted.
        Floor(corpus: "generalization-7", coreLeakFreeRecall: 0.999,
              perLabel: ["PERSON": 0.999, "BADGE": 1, "LOCATION": 0.999, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.964, maxIdentifierFreeRedacted: 0.34),
        // A thirteenth check written by this team on places and organisations; 0.917 core
        // and 2/7 identifier-free documents redacted before any fix (README.md).
        Floor(corpus: "generalization-13", coreLeakFreeRecall: 0.985,
              perLabel: ["PERSON": 0.99, "BADGE": 0.99, "LOCATION": 0.98, "DATE": 0.99, "PHONE": 1],
              characterPrecision: 0.975, maxIdentifierFreeRedacted: 0),
        // A twelfth check written by this team on people's names in hard contexts; 0.959 core
        // and 3 of 7 identifier-free narratives redacted before any fix (README.md).
        Floor(corpus: "generalization-12", coreLeakFreeRecall: 0.985,
              perLabel: ["PERSON": 0.99, "BADGE": 1, "LOCATION": 0.97, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.975, maxIdentifierFreeRedacted: 0),
        // A fourteenth check written by this team; 0.978 core (all labels 0.961) before any
        // fix (README.md).
        Floor(corpus: "generalization-14", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.99, "BADGE": 1, "LOCATION": 0.99, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.97, maxIdentifierFreeRedacted: 0),
        // A fifteenth check written by this team (regional road and address systems); 0.923
        // core before any fix (README.md).
        Floor(corpus: "generalization-15", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.99, "BADGE": 1, "LOCATION": 0.98, "DATE": 1],
              characterPrecision: 0.97, maxIdentifierFreeRedacted: 0),
        // A sixteenth check written by this team (businesses and store numbers); 0.932 core
        // before any fix (README.md).
        Floor(corpus: "generalization-16", coreLeakFreeRecall: 0.98,
              perLabel: ["PERSON": 0.99, "BADGE": 1, "LOCATION": 0.96, "DATE": 1],
              characterPrecision: 0.97, maxIdentifierFreeRedacted: 0),
        // A seventeenth check written by this team (courts, crashes, vehicles); 0.970 core
        // before any fix (README.md).
        Floor(corpus: "generalization-17", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.99, "BADGE": 1, "LOCATION": 0.99, "DATE": 0.99],
              characterPrecision: 0.96, maxIdentifierFreeRedacted: 0),
        // An eighteenth check written by this team (boats, planes, trains, buses, campuses);
        // 0.966 core before any fix (README.md).
        Floor(corpus: "generalization-18", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.99, "LOCATION": 0.99, "DATE": 1],
              characterPrecision: 0.96, maxIdentifierFreeRedacted: 0),
        // A nineteenth check written by this team in the development corpora's own forms;
        // 0.958 core before any fix (README.md).
        Floor(corpus: "generalization-19", coreLeakFreeRecall: 0.98,
              perLabel: ["PERSON": 0.99, "BADGE": 1, "LOCATION": 0.96, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.98, maxIdentifierFreeRedacted: 0),
        // A twentieth check written by this team: long stories with many mentions; 0.980
        // core before any fix (README.md).
        Floor(corpus: "generalization-20", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 1, "LOCATION": 0.99, "DATE": 1],
              characterPrecision: 0.97, maxIdentifierFreeRedacted: 0),
        // A twenty-first check written by this team: names a gazetteer lacks (modern and
        // invented spellings, diacritics, patronymics, dictation); 0.942 core before any fix
        // (README.md). "Jordans" (the shoes) is still read as a place.
        Floor(corpus: "generalization-21", coreLeakFreeRecall: 0.95,
              perLabel: ["PERSON": 0.94, "LOCATION": 0.95, "DATE": 1],
              characterPrecision: 0.98, maxIdentifierFreeRedacted: 1),
        // A twenty-second check written by this team: identifiers in spoken, radio and
        // dispatch form (call signs, APCO plates, times, dates and addresses read out); 0.833
        // core before any fix (README.md). Bare months and "midnight" are still left alone.
        Floor(corpus: "generalization-22", coreLeakFreeRecall: 0.96,
              perLabel: ["PERSON": 0.99, "BADGE": 0.96, "LOCATION": 0.93, "DATE": 0.92, "PHONE": 1],
              characterPrecision: 0.98, maxIdentifierFreeRedacted: 0),
        // A twenty-third check written by this team: US places a gazetteer lacks, named with
        // few cue words (hamlets, hollows, colonias, trailer courts, towns named like words);
        // 0.968 core before any fix (README.md).
        Floor(corpus: "generalization-23", coreLeakFreeRecall: 0.98,
              perLabel: ["PERSON": 0.99, "BADGE": 1, "LOCATION": 0.97, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.985, maxIdentifierFreeRedacted: 0),
        // A twenty-fourth check written by this team: people and agencies without titles
        // (nicknames, vocatives, surnames alone, initials, agency acronyms); 0.962 core and
        // 1/7 identifier-free stories redacted before any fix (README.md).
        Floor(corpus: "generalization-24", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.99, "LOCATION": 0.99, "DATE": 1, "ORG": 0.95],
              characterPrecision: 0.98, maxIdentifierFreeRedacted: 0),
        // A twenty-fifth check written by this team: institutions and events (schools,
        // hospitals, churches, jails and courts, fairs, festivals, games); 0.957 core and 1/7
        // identifier-free documents redacted before any fix.
        Floor(corpus: "generalization-25", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 1, "LOCATION": 0.99, "DATE": 1],
              characterPrecision: 0.97, maxIdentifierFreeRedacted: 0),
        // A twenty-sixth check written by this team: dates and times in every form, among
        // numbers that are not identifiers; 0.967 core and 1/2 identifier-free documents
        // redacted before any fix.
        Floor(corpus: "generalization-26", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 1, "LOCATION": 0.99, "DATE": 0.99],
              characterPrecision: 0.96, maxIdentifierFreeRedacted: 0),
        // Fresh short hard cases written by this team after traps-c; 0.920 core and 0/20
        // identifier-free texts redacted before any fix (README.md).
        Floor(corpus: "traps-d", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.99, "LOCATION": 1, "DATE": 1],
              characterPrecision: 0.98, maxIdentifierFreeRedacted: 0),
        // Fresh short hard cases on places, agencies and numbers; 2/15 identifier-free texts
        // redacted before any fix (README.md).
        Floor(corpus: "traps-e", coreLeakFreeRecall: 1,
              perLabel: ["PERSON": 1, "LOCATION": 1, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.99, maxIdentifierFreeRedacted: 0),
        // A tenth check written by this team; 0.974 core before any fix (README.md).
        Floor(corpus: "generalization-10", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.99, "BADGE": 0.99, "LOCATION": 0.98, "DATE": 0.99, "PHONE": 1],
              characterPrecision: 0.97, maxIdentifierFreeRedacted: 0),
        // A ninth check written by this team; 0.951 core before any fix (README.md).
        Floor(corpus: "generalization-9", coreLeakFreeRecall: 0.99,
              perLabel: ["PERSON": 0.99, "BADGE": 1, "LOCATION": 0.987, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.98, maxIdentifierFreeRedacted: 0),
        // An eighth check written by this team on form and noise (dictation, OCR, markdown,
        // CAD logs, code-switching, spelled-out numbers and names); 0.799 core before any fix
        // (README.md); 0.936 before the noise round, 0.973 after (bare initials, text-thread
        // lower-case names, line-wrapped names and places, OCR capitals, caps complexes).
        // One identifier-free narrative is still over-redacted (a capitalised Spanish word).
        Floor(corpus: "generalization-8", coreLeakFreeRecall: 0.975,
              perLabel: ["PERSON": 0.99, "BADGE": 0.961, "LOCATION": 0.94, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.935, maxIdentifierFreeRedacted: 0.15),
        // An eleventh check written by this team on identifiers written as numbers and codes
        // (Commonwealth dates, times, phones, collar numbers, call signs, references, plates,
        // Eircodes, GPS coordinates); 0.935 core and 4/7 identifier-free redacted before any fix.
        Floor(corpus: "generalization-11", coreLeakFreeRecall: 0.985,
              perLabel: ["PERSON": 0.99, "BADGE": 0.97, "LOCATION": 0.985, "DATE": 1, "PHONE": 1],
              characterPrecision: 0.985, maxIdentifierFreeRedacted: 0),
    ]

    static let engine: DetectionEngine = try! DetectionEngine()

    static func corpusURL(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/corpus/\(name).jsonl")
    }

    /// Hard-wrapped copies of the development narratives (a space after column 68 becomes a
    /// line break, as a mail client or a PDF export wraps them; offsets do not move) keep
    /// nearly the recall of the originals: names and agencies broken over a line are found.
    @Test(arguments: [("dev-a", 0.99), ("dev-b", 0.995)])
    func hardWrappedNarrativesKeepTheirRecall(_ name: String, _ minimum: Double) throws {
        let corpus = try Corpus(contentsOf: Self.corpusURL(name))
        let wrapped = Self.copy(of: corpus, named: "wrapped") { Self.wrapped($0, at: 68) }
        let evaluation = try Evaluation.run(corpus: wrapped, engine: Self.engine)
        let core = try #require(evaluation.groups.core.leakFreeRecall)
        #expect(core >= minimum, "core leak-free recall \(core) of the wrapped copy fell below \(minimum)")
    }

    /// CRLF copies of the development narratives and of the form-and-noise set (OCR text,
    /// scanned forms, names broken over a line) score as their LF originals.
    @Test(arguments: ["dev-a", "dev-b", "generalization-8"])
    func windowsLineEndsScoreAsUnixOnes(_ name: String) throws {
        let corpus = try Corpus(contentsOf: Self.corpusURL(name))
        let crlf = Corpus(name: name + "-crlf", documents: corpus.documents.map { document in
            // A span's offsets move by the line feeds before it (each gains a carriage return).
            var feedsBefore: [Int] = []
            var feeds = 0
            for scalar in document.text.unicodeScalars {
                feedsBefore.append(feeds)
                if scalar == "\n" { feeds += 1 }
            }
            feedsBefore.append(feeds)
            return GoldDocument(id: document.id, text: document.text.replacingOccurrences(of: "\n", with: "\r\n"),
                                spans: document.spans.map {
                                    GoldSpan(start: $0.start + feedsBefore[$0.start], end: $0.end + feedsBefore[$0.end - 1], label: $0.label)
                                })
        })
        try Self.expectSameRecall(crlf, as: corpus)
    }

    /// Copies written with typographic apostrophes and quotation marks (’ “ ”), as word
    /// processors write them, score as the originals.
    @Test(arguments: ["dev-a", "generalization-12"])
    func typographicQuotesScoreAsStraightOnes(_ name: String) throws {
        let corpus = try Corpus(contentsOf: Self.corpusURL(name))
        let curly = Self.copy(of: corpus, named: "curly") { text in
            var opening = true
            return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
                switch scalar {
                case "'": return "\u{2019}"
                case "\"":
                    defer { opening.toggle() }
                    return opening ? "\u{201C}" : "\u{201D}"
                default: return scalar
                }
            }))
        }
        try Self.expectSameRecall(curly, as: corpus)
    }

    /// Copies of the development narratives typed wholly in capitals or in lower case (the
    /// weakest forms: case says nothing about names there) keep the floors reached so far.
    @Test(arguments: [("dev-a", true, 0.92), ("dev-b", true, 0.90), ("dev-a", false, 0.80), ("dev-b", false, 0.80)])
    func singleCaseNarrativesKeepTheirFloor(_ name: String, _ capitals: Bool, _ minimum: Double) throws {
        let corpus = try Corpus(contentsOf: Self.corpusURL(name))
        let cased = Self.copy(of: corpus, named: capitals ? "capitals" : "lower") { text in
            // Scalar by scalar, keeping a scalar whose other case is longer (ß), so offsets hold.
            String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
                let mapped = capitals ? scalar.properties.uppercaseMapping : scalar.properties.lowercaseMapping
                return mapped.unicodeScalars.count == 1 ? mapped.unicodeScalars.first! : scalar
            }))
        }
        let evaluation = try Evaluation.run(corpus: cased, engine: Self.engine)
        let core = try #require(evaluation.groups.core.leakFreeRecall)
        #expect(core >= minimum, "core leak-free recall \(core) of the \(cased.name) copy fell below \(minimum)")
    }

    /// A copy of `corpus` whose texts are rewritten by `rewrite`, which keeps every scalar's
    /// offset; the gold spans stay where they were (their texts change with the rewrite).
    static func copy(of corpus: Corpus, named suffix: String, rewrite: (String) -> String) -> Corpus {
        Corpus(name: corpus.name + "-" + suffix, documents: corpus.documents.map { document in
            GoldDocument(id: document.id, text: rewrite(document.text),
                         spans: document.spans.map { GoldSpan(start: $0.start, end: $0.end, label: $0.label) })
        })
    }

    /// Expects `copy` to score exactly the leak-free recall of `original` (core and all labels).
    static func expectSameRecall(_ copy: Corpus, as original: Corpus, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try Evaluation.run(corpus: original, engine: engine)
        let actual = try Evaluation.run(corpus: copy, engine: engine)
        #expect(actual.groups.core.leakFreeRecall == expected.groups.core.leakFreeRecall, sourceLocation: sourceLocation)
        #expect(actual.groups.all.leakFreeRecall == expected.groups.all.leakFreeRecall, sourceLocation: sourceLocation)
    }

    /// `text` with the first space at or after `column` on each line turned into a line break.
    static func wrapped(_ text: String, at column: Int) -> String {
        var scalars = String.UnicodeScalarView()
        var position = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                position = 0
            } else {
                position += 1
                if scalar == " ", position >= column {
                    scalars.append("\n")
                    position = 0
                    continue
                }
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    @Test(arguments: floors)
    func detectionKeepsItsFloor(_ floor: Floor) throws {
        let corpus = try Corpus(contentsOf: Self.corpusURL(floor.corpus))
        let evaluation = try Evaluation.run(corpus: corpus, engine: Self.engine)
        let core = try #require(evaluation.groups.core.leakFreeRecall)
        #expect(core >= floor.coreLeakFreeRecall, "core leak-free recall \(core) fell below \(floor.coreLeakFreeRecall)")
        for (name, minimum) in floor.perLabel {
            let recall = try #require(evaluation.scores(for: Label(rawValue: name))?.leakFreeRecall)
            #expect(recall >= minimum, "\(name) leak-free recall \(recall) fell below \(minimum)")
        }
        let precision = try #require(evaluation.groups.all.characterPrecision)
        #expect(precision >= floor.characterPrecision, "character precision \(precision) fell below \(floor.characterPrecision)")
        if let maximum = floor.maxIdentifierFreeRedacted, let share = evaluation.documents.identifierFreeRedactedShare {
            #expect(share <= maximum, "\(share) of identifier-free documents redacted (at most \(maximum))")
        }
    }
}
