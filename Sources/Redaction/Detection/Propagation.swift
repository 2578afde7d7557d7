/// Placeholder while the detector is written.
struct Propagation: Detector {
    let name = "Propagation"
    let gazetteer: Gazetteer
    var disabled: Set<String> = []
    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {}
}
