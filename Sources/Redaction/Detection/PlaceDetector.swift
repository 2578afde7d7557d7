/// Placeholder while the detector is written.
struct PlaceDetector: Detector {
    let name = "PlaceDetector"
    let gazetteer: Gazetteer
    var disabled: Set<String> = []
    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {}
}
