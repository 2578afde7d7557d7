/// ICU's word-break iterator alone, with nothing of this package around it: the floor the
/// benchmark compares tokenization and scanning against ("within 2× of ICU").
///
/// Not part of the supported API; the benchmark imports it with `@_spi(Benchmarks)`.
@_spi(Benchmarks)
public enum ICUBaseline {
    /// Runs ICU's word rules over `string`'s UTF-8 and returns how many boundaries it
    /// found (with each boundary's rule status read, as the tokenizer does).
    public static func wordBoundaries(in string: String) throws(TextError) -> Int {
        var owned = string
        owned.makeContiguousUTF8()
        let breaker = try WordBreaker(.word)
        var count = 0
        var failure: TextError?
        _ = owned.utf8.withContiguousStorageIfAvailable { bytes in
            do throws(TextError) {
                // The C side reads each boundary's rule status, as for the tokenizer.
                try breaker.forEachBoundary(in: bytes) { _, _ in count += 1 }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return count
    }
}
