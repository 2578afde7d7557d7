import Synchronization

/// Holds a text's ICU sentences once computed; shared by copies of the `Text` value.
final class SentenceCache: Sendable {
    private let storage = Mutex<[Range<Int>]?>(nil)

    /// The sentences of `bytes`, computing them on the first call. If ICU cannot run (it
    /// could tokenize the same text a moment before, so this does not happen in practice)
    /// the whole text is one sentence.
    func sentences(of bytes: [UInt8]) -> [Range<Int>] {
        if let cached = storage.withLock({ $0 }) { return cached }
        let computed: [Range<Int>]
        do {
            computed = try bytes.withUnsafeBufferPointer { (buffer) throws(TextError) in try Tokenizer.sentences(buffer) }
        } catch {
            computed = bytes.isEmpty ? [] : [0..<bytes.count]
        }
        storage.withLock { $0 = computed }
        return computed
    }
}
