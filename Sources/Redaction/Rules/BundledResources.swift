import Foundation

/// Finds and reads the library's bundled resources (rule packs, gazetteer, allow-lists)
/// without ever trapping: a missing resource is an error the caller sees.
enum BundledResources {
    /// The folder holding `rules/`, `gazetteer/` and `allowlist/`.
    static func directory() throws(RulePackError) -> URL {
        if let cached = cachedDirectory { return cached }
        throw .missingResource("Redact_Redaction.resources (set REDACT_RESOURCES to its Resources folder)")
    }

    private static let cachedDirectory: URL? = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["REDACT_RESOURCES"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let bundleName = "Redact_Redaction.resources"
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for base in [Bundle.main.bundleURL, Bundle.main.resourceURL, executable.deletingLastPathComponent()].compactMap({ $0 }) {
            candidates.append(base.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
            candidates.append(base.appendingPathComponent(bundleName))
        }
        // Last resort while developing: the source tree this file was compiled from.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources"))
        for candidate in candidates where fileManager.fileExists(atPath: candidate.appendingPathComponent("rules").path) {
            return candidate
        }
        return nil
    }()

    /// Reads one resource file.
    static func data(_ relativePath: String) throws(RulePackError) -> Data {
        let url = try directory().appendingPathComponent(relativePath)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .missingResource(relativePath)
        }
    }

    /// The bundled rule packs, in file-name order.
    static func rulePacks() throws(RulePackError) -> [RulePack] {
        let folder = try directory().appendingPathComponent("rules")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw .missingResource("rules/")
        }
        guard !names.isEmpty else { throw .missingResource("rules/*.json") }
        var packs: [RulePack] = []
        for name in names {
            packs.append(try RulePack(json: data("rules/" + name)))
        }
        return packs
    }
}
