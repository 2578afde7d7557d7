/// Finds every identifier in a text: rules, gazetteer, name evidence and propagation,
/// then the overlap policy described in the README ("Resolution policy").
///
/// Built once (compiling patterns and loading the gazetteer), then shared: `Sendable`,
/// immutable, safe to call from many tasks at once.
///
/// ```swift
/// let engine = try DetectionEngine()
/// for finding in try engine.scan("Deputy Dana Whitfield (badge 4471)") {
///     print(finding.label, finding.range, finding.rule)
/// }
/// ```
public struct DetectionEngine: Sendable {
    /// The options the engine was built with.
    public let options: DetectionOptions
    /// Name → version of every rule pack in use.
    public let rulePackVersions: [String: String]
    /// The gazetteer's version string.
    public let gazetteerVersion: String
    let detectors: [any Detector]
    let limits: Pattern.Limits
    let scratches: ScratchPool

    /// Compiles the bundled and extra rule packs and loads the gazetteer.
    ///
    /// - Throws: ``DetectionError/configuration(_:)`` naming the rule and the offset of a
    ///   bad pattern, an unknown validator, a duplicate id, or a missing resource.
    public init(options: DetectionOptions = DetectionOptions()) throws(DetectionError) {
        guard options.threshold.isFinite, (0...1).contains(options.threshold) else {
            throw .configuration(.invalidRule(rule: "threshold", reason: "threshold must be a number in 0...1"))
        }
        self.options = options
        let limits = Pattern.Limits(match: options.matchLimit, depth: options.depthLimit)
        self.limits = limits
        self.scratches = ScratchPool(limits: limits)
        do {
            let packs = try RulePack.bundled() + options.extraRulePacks
            var seen: Set<String> = []
            var compiled: [CompiledRule] = []
            var versions: [String: String] = [:]
            for pack in packs {
                versions[pack.name] = pack.version
                for rule in pack.rules {
                    guard seen.insert(rule.id).inserted else { throw RulePackError.duplicateRule(rule.id) }
                    if options.disabledRules.contains(rule.id) { continue }
                    compiled.append(try CompiledRule(rule, limits: limits))
                }
            }
            let gazetteer = try Gazetteer.bundled(extraAllowList: options.allowList)
            self.rulePackVersions = versions
            self.gazetteerVersion = gazetteer.version
            let all: [(DetectorFamily, any Detector)] = [
                (.rules, RuleDetector(rules: compiled)),
                (.addressBlocks, AddressBlock()),
                (.places, PlaceDetector(gazetteer: gazetteer)),
                (.names, NameDetector(gazetteer: gazetteer)),
                (.allowList, AllowListFilter(gazetteer: gazetteer)),
                (.propagation, Propagation(gazetteer: gazetteer)),
            ]
            self.detectors = all.filter { !options.disabledDetectors.contains($0.0) }.map(\.1)
        } catch let error as RulePackError {
            throw .configuration(error)
        } catch {
            throw .configuration(.malformed(String(describing: error)))
        }
    }

    /// Detects identifiers in `text`; the result is sorted and non-overlapping.
    ///
    /// When the text needs normalising (look-alike or invisible characters, typographic
    /// quotes, Windows line ends, hard-wrapped lines), the detectors run on its
    /// ``ShadowText`` and every finding is mapped back to the original span (hidden
    /// characters included); otherwise they run on `text` itself.
    public func scan(_ text: Text) throws(DetectionError) -> [Finding] {
        let shadow: ShadowText?
        do {
            shadow = try ShadowText(normalising: text)
        } catch {
            throw .text(error)
        }
        var noCosts: [Int]? = nil
        guard let shadow else { return ShadowText.completingEdges(try scanExact(text, ruleCosts: &noCosts), in: text) }
        return shadow.originalFindings(try scanExact(shadow.text, ruleCosts: &noCosts))
    }

    /// Runs the detectors and resolution on `text` as it is; when `ruleCosts` is not nil,
    /// the regex rules add their CPU time to it (see ``ruleCosts(_:)``).
    func scanExact(_ text: Text, ruleCosts: inout [Int]?) throws(DetectionError) -> [Finding] {
        let scratch = scratches.take()
        defer { scratches.recycle(scratch) }
        var analysis = DocumentAnalysis(text: text, scratch: scratch)
        analysis.ruleNanoseconds = ruleCosts
        defer { ruleCosts = analysis.ruleNanoseconds }
        let disabled = options.disabledRules
        for detector in detectors {
            try detector.detect(&analysis)
            // Rule ids of the other detectors (regex rules switched off never compiled).
            if !disabled.isEmpty { analysis.findings.removeAll { disabled.contains($0.rule) } }
        }
        // ALLOW regions are markers for the allow-list filter, never identifiers (they stay
        // when that filter is switched off).
        var candidates = analysis.findings.filter { $0.label != AllowListFilter.allowLabel }
        if let labels = options.labels {
            candidates.removeAll { !labels.contains($0.label) && $0.label != .unanalysed }
        }
        return Resolution.resolve(candidates, text: text, threshold: options.threshold)
    }

    /// Tokenizes `string` and detects identifiers in it.
    public func scan(_ string: String) throws(DetectionError) -> [Finding] {
        let text: Text
        do {
            text = try Text(string)
        } catch {
            throw .text(error)
        }
        return try scan(text)
    }
}
