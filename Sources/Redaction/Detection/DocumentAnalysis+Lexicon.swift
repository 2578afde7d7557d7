extension DocumentAnalysis {
    /// The document's lexicon, built on first use and shared by later detectors.
    mutating func lexicon(_ gazetteer: Gazetteer) -> Lexicon {
        if let cached = cachedLexicon { return cached }
        let built = Lexicon(text: text, gazetteer: gazetteer)
        cachedLexicon = built
        return built
    }
}
