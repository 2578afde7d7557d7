import Crypto
import Foundation
import Testing
@testable import Redaction

/// The committed lists are exactly what `Scripts/build-gazetteer` wrote: each file's
/// SHA-256 and line count match `manifest.json`, and every list is in the generator's
/// normal form (lower case, sorted, unique, one entry per line, final newline).
struct GazetteerReproducibilityTests {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/Redaction/Resources")

    struct Entry: Decodable { let lines: Int; let sha256: String; let bytes: Int }
    struct Manifest: Decodable { let version: String; let files: [String: Entry] }

    static func manifest() throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: resources.appendingPathComponent("gazetteer/manifest.json")))
    }

    static let files: [String] = (try? manifest().files.keys.sorted()) ?? []

    @Test func manifestListsEveryLoadedFile() throws {
        let listed = Set(try Self.manifest().files.keys)
        for (path, _) in Gazetteer.files { #expect(listed.contains(path), "\(path) is loaded but not in the manifest") }
        #expect(listed.contains("gazetteer/nicknames.txt"))
    }

    @Test(arguments: files)
    func fileMatchesManifest(_ path: String) throws {
        let entry = try #require(try Self.manifest().files[path])
        let data = try Data(contentsOf: Self.resources.appendingPathComponent(path))
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        #expect(digest == entry.sha256)
        #expect(data.count == entry.bytes)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "", "missing final newline")
        let entries = lines.dropLast()
        #expect(entries.count == entry.lines)
        #expect(entries.allSatisfy { !$0.isEmpty && $0 == $0.lowercased() && $0.trimmingCharacters(in: .whitespaces) == $0 })
        // Sorted by bytes, no duplicates.
        let bytes = entries.map { Array($0.utf8) }
        #expect(zip(bytes, bytes.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) }, "\(path) is not sorted and unique")
    }

    @Test func loadsTheBundledVersion() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.version == (try Self.manifest().version))
        #expect(gazetteer.maxTokens >= 3)
    }
}
