extension DetectionEngine {
    /// A copy of this engine that runs `detector` after its own detectors.
    ///
    /// Internal, for fault-injection tests: a detector that throws proves that detection
    /// errors propagate to callers (fail closed) instead of yielding partial findings.
    func appending(_ detector: any Detector) -> DetectionEngine {
        DetectionEngine(copying: self, detectors: detectors + [detector])
    }

    private init(copying base: DetectionEngine, detectors: [any Detector]) {
        self.options = base.options
        self.rulePackVersions = base.rulePackVersions
        self.gazetteerVersion = base.gazetteerVersion
        self.detectors = detectors
        self.limits = base.limits
        self.scratches = base.scratches
    }
}

extension Redactor {
    /// A copy of this redactor that detects with `engine` (same configuration, key and
    /// renderer). Internal, for fault-injection tests.
    func replacingEngine(_ engine: DetectionEngine) -> Redactor {
        Redactor(copying: self, engine: engine)
    }

    private init(copying base: Redactor, engine: DetectionEngine) {
        self.configuration = base.configuration
        self.engine = engine
        self.configurationFingerprint = base.configurationFingerprint
        self.hash = base.hash
        self.renderer = base.renderer
    }
}
