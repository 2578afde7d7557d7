import Foundation

/// Finds identifiers in a narrative and replaces them, returning the redacted text and an
/// audit of every change.
///
/// Built once from a ``RedactorConfiguration`` (compiling rules, loading the gazetteer,
/// fixing the HMAC key), then shared: `Sendable` and immutable, so one instance serves
/// any number of concurrent callers.
///
/// ```swift
/// var configuration = RedactorConfiguration(key: keyData)
/// configuration.operators[.person] = .numbered
/// let redactor = try Redactor(configuration: configuration)
/// let result = try redactor.redact("Deputy Dana Whitfield said Whitfield's car…")
/// print(result.text)       // "Deputy [PERSON-1] said [PERSON-1]'s car…"
/// let again = try redactor.apply(audit: result.audit, to: original)  // same text
/// ```
///
/// Fail closed: every error is thrown; no method ever returns unredacted text as if it
/// were clean, and no error message quotes the input.
public struct Redactor: Sendable {
    /// The configuration the redactor was built with.
    public let configuration: RedactorConfiguration
    /// The detection engine in use.
    public let engine: DetectionEngine
    /// Keyed HMAC (hex) of the configuration without its key; recorded in every audit.
    public let configurationFingerprint: String
    let hash: KeyedHash
    let renderer: Renderer

    /// Builds a redactor.
    ///
    /// - Throws: ``RedactionError/invalidConfiguration(_:)`` for a key shorter than 16
    ///   bytes, a mask character that is not one character, a mask length outside
    ///   1…1000 or a pseudonym length outside 4…64; ``RedactionError/detection(_:)`` when
    ///   rules or the gazetteer cannot be loaded.
    public init(configuration: RedactorConfiguration = RedactorConfiguration()) throws(RedactionError) {
        if let key = configuration.key, key.count < 16 {
            throw .invalidConfiguration("the HMAC key must be at least 16 bytes (got \(key.count))")
        }
        guard configuration.maskCharacter.count == 1 else { throw .invalidConfiguration("the mask character must be one character") }
        guard (1...1000).contains(configuration.maskLength) else { throw .invalidConfiguration("mask length must be in 1...1000") }
        guard (4...64).contains(configuration.pseudonymLength) else { throw .invalidConfiguration("pseudonym length must be in 4...64") }
        do {
            engine = try DetectionEngine(options: configuration.detection)
        } catch {
            throw .detection(error)
        }
        self.configuration = configuration
        let hash = KeyedHash(key: configuration.key ?? KeyedHash.randomKey())
        self.hash = hash
        self.configurationFingerprint = KeyedHash.hex(hash.digest("configuration:", configuration.canonicalBytes()))
        self.renderer = Renderer(configuration: configuration, hash: hash)
    }

    /// The findings that would be redacted in `string`: detection's findings of the
    /// configured labels (and every `UNANALYSED` region), sorted and non-overlapping.
    public func scan(_ string: String) throws(RedactionError) -> [Finding] {
        try scan(text(string))
    }

    /// Redacts `string`.
    ///
    /// - Returns: the redacted text and its audit.
    /// - Throws: ``RedactionError`` when detection or the text model fails (no text is returned).
    public func redact(_ string: String) throws(RedactionError) -> RedactionResult {
        let text = try text(string)
        let findings = try scan(text)
        return try render(text, findings.map { Renderer.Item(finding: $0, status: .applied) }, rejected: [])
    }

    /// Redacts raw bytes: strictly decoded (invalid UTF-8 is an error naming its offset)
    /// or, when `lossy`, with invalid sequences replaced by U+FFFD and listed in the audit's
    /// ``RedactionAudit/invalidUTF8``.
    public func redact(bytes: some Collection<UInt8>, lossy: Bool) throws(RedactionError) -> RedactionResult {
        let input = try UTF8Input(bytes: bytes, lossy: lossy)
        var result = try redact(input.string)
        result.audit.invalidUTF8 = input.invalidSequences
        return result
    }

    /// Redacts many documents in parallel, one task per document with at most
    /// `jobs` (default: every active core) running at once; results keep the input order.
    ///
    /// - Throws: the first ``RedactionError`` (the remaining tasks are cancelled).
    public func redact(_ documents: [String], jobs: Int? = nil) async throws -> [RedactionResult] {
        let width = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        return try await withThrowingTaskGroup(of: (Int, RedactionResult).self) { group in
            var results = [RedactionResult?](repeating: nil, count: documents.count)
            var next = 0
            func addTask() {
                let index = next
                let document = documents[index]
                group.addTask { (index, try self.redact(document)) }
                next += 1
            }
            while next < min(width, documents.count) { addTask() }
            while let (index, result) = try await group.next() {
                results[index] = result
                if next < documents.count { addTask() }
            }
            return results.map { $0! }
        }
    }

    /// Re-applies a (possibly reviewer-edited) audit to the original text.
    ///
    /// Each change's span is taken from its UTF-8 offsets, or else its Unicode-scalar or
    /// UTF-16 offsets; each fingerprint must match the original's text at that span, so an
    /// audit applied to the wrong document (or with the wrong key) fails instead of leaking.
    /// Rejected changes leave the original text; added changes (no fingerprint needed) are
    /// redacted with the label's operator. The replacements are recomputed, so an unedited
    /// audit reproduces the original redaction exactly.
    ///
    /// - Returns: the final text and a fresh audit (rejected changes kept, without output span).
    /// - Throws: ``RedactionError/configurationMismatch``, ``RedactionError/fingerprintMismatch(change:utf8:)``,
    ///   ``RedactionError/overlappingChanges(_:_:)``, ``RedactionError/cannotRejectUnanalysed(change:)``,
    ///   span errors and ``RedactionError/unsupportedSchema(_:)``. Messages carry offsets only.
    public func apply(audit: RedactionAudit, to original: String) throws(RedactionError) -> RedactionResult {
        guard audit.schemaVersion == RedactionAudit.currentSchemaVersion else { throw .unsupportedSchema(audit.schemaVersion) }
        guard audit.configurationFingerprint == configurationFingerprint else { throw .configurationMismatch }
        let text = try text(original)
        var kept: [(index: Int, item: Renderer.Item)] = []
        var rejected: [RedactionChange] = []
        for (index, change) in audit.changes.enumerated() {
            let range = try resolve(change.input, change: index, in: text)
            if let fingerprint = change.fingerprint {
                guard hash.fingerprint(text.utf8[range]) == fingerprint else { throw .fingerprintMismatch(change: index, utf8: range) }
            } else if change.status != .added {
                throw .missingFingerprint(change: index)
            }
            switch change.status {
            case .rejected:
                if change.label == .unanalysed || change.failClosed { throw .cannotRejectUnanalysed(change: index) }
                var entry = change
                entry.input = try spanOrThrow(range, change: index, in: text)
                entry.output = nil
                entry.replacement = nil
                entry.operator = nil
                entry.fingerprint = hash.fingerprint(text.utf8[range])
                entry.original = configuration.includeOriginalText ? text.slice(range) : nil
                rejected.append(entry)
            case .applied, .added:
                guard !range.isEmpty else { throw .invalidSpan(change: index, detail: .offsetOutOfBounds(offset: range.lowerBound, unit: .utf8)) }
                let finding = Finding(label: change.label, range: range, score: change.score, detector: change.detector,
                                      rule: change.rule, context: change.context)
                kept.append((index, Renderer.Item(finding: finding, status: change.status)))
            }
        }
        kept.sort { $0.item.finding.range.lowerBound < $1.item.finding.range.lowerBound }
        for (a, b) in zip(kept, kept.dropFirst()) where a.item.finding.range.overlaps(b.item.finding.range) {
            throw .overlappingChanges(min(a.index, b.index), max(a.index, b.index))
        }
        return try render(text, kept.map(\.item), rejected: rejected, invalidUTF8: audit.invalidUTF8)
    }

    /// Re-applies an audit to the original file's bytes, decoding them the way the audit
    /// says they were decoded (lossily when it lists invalid UTF-8, which must then be at
    /// the same offsets; strictly otherwise).
    public func apply(audit: RedactionAudit, toBytes original: some Collection<UInt8>) throws(RedactionError) -> RedactionResult {
        let input = try UTF8Input(bytes: original, lossy: !audit.invalidUTF8.isEmpty)
        guard input.invalidSequences == audit.invalidUTF8 else { throw .configurationMismatch }
        return try apply(audit: audit, to: input.string)
    }

    // MARK: Internals

    private func text(_ string: String) throws(RedactionError) -> Text {
        do {
            return try Text(string)
        } catch {
            throw .text(error)
        }
    }

    private func scan(_ text: Text) throws(RedactionError) -> [Finding] {
        do {
            return try engine.scan(text).filter { configuration.redacts($0.label) }
        } catch {
            throw .detection(error)
        }
    }

    private func render(_ text: Text, _ items: [Renderer.Item], rejected: [RedactionChange],
                        invalidUTF8: [Range<Int>] = []) throws(RedactionError) -> RedactionResult {
        let output: Renderer.Output
        do {
            output = try renderer.render(text, items)
        } catch {
            throw .text(error)
        }
        var changes = output.changes + rejected
        changes.sort { ($0.input.utf8?.lowerBound ?? 0) < ($1.input.utf8?.lowerBound ?? 0) }
        let audit = RedactionAudit(
            rulePackVersions: engine.rulePackVersions, gazetteerVersion: engine.gazetteerVersion,
            configurationFingerprint: configurationFingerprint, inputLength: output.inputLength,
            outputLength: output.outputLength, invalidUTF8: invalidUTF8, changes: changes)
        return RedactionResult(text: output.text, audit: audit)
    }

    private func spanOrThrow(_ range: Range<Int>, change: Int, in text: Text) throws(RedactionError) -> TextSpan {
        do {
            return try TextSpan(utf8: range, in: text)
        } catch {
            throw .invalidSpan(change: change, detail: error)
        }
    }

    /// The UTF-8 range of a change's span, checking that the units given agree.
    private func resolve(_ span: TextSpan, change: Int, in text: Text) throws(RedactionError) -> Range<Int> {
        var candidates: [Range<Int>] = []
        do {
            if let utf8 = span.utf8 {
                _ = try text.offsets.convert(utf8, from: .utf8, to: .unicodeScalars)  // bounds and boundaries
                candidates.append(utf8)
            }
            if let scalars = span.unicodeScalars { candidates.append(try text.offsets.convert(scalars, from: .unicodeScalars, to: .utf8)) }
            if let utf16 = span.utf16 { candidates.append(try text.offsets.convert(utf16, from: .utf16, to: .utf8)) }
        } catch {
            throw .invalidSpan(change: change, detail: error)
        }
        guard let first = candidates.first else { throw .missingSpan(change: change) }
        guard candidates.allSatisfy({ $0 == first }) else { throw .inconsistentSpan(change: change) }
        return first
    }
}
