/// Placeholder while the detector is written.
struct NameDetector: Detector {
    let name = "NameDetector"
    let gazetteer: Gazetteer
    var disabled: Set<String> = []
    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {}
}
