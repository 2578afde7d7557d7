/// Placeholder while the detector is written.
struct AllowListFilter: Detector {
    let name = "AllowListFilter"
    let gazetteer: Gazetteer
    var disabled: Set<String> = []
    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {}
}
