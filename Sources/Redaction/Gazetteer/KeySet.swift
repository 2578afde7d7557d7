/// A set of token keys on ``KeyTable``: membership without `Hasher`, for the closed word
/// lists the detectors probe once per token.
struct KeySet: Sendable {
    private var table: KeyTable<Bool>

    /// A set holding `keys`.
    init(_ keys: [UInt64]) {
        table = KeyTable(capacity: max(keys.count, 8), filler: false)
        for key in keys { table.update(key) { $0 = true } }
    }

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table[key] != nil }
}
