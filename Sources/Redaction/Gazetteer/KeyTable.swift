/// An open-addressing hash table keyed by 64-bit token keys.
///
/// Token keys are already well-mixed hashes, so the table skips `Hasher` (SipHash)
/// and probes linearly from a Fibonacci-scrambled slot: one multiply and, usually, one
/// comparison per look-up. Used for the gazetteer and for rule triggers, which are
/// probed once per token.
struct KeyTable<Value: Sendable>: Sendable {
    /// A key and its value side by side, so that a probe touches one cache line.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value
    }

    private var slots: [Slot]
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0
    private let filler: Value

    /// The key that marks an empty slot (a real key equal to it is remapped).
    private static var empty: UInt64 { 0 }

    /// Creates a table sized for about `capacity` keys; `filler` fills empty slots.
    init(capacity: Int, filler: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: Self.empty, value: filler), count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        self.filler = filler
    }

    @inline(__always)
    private static func normalise(_ key: UInt64) -> UInt64 { key == empty ? 0x9E37_79B9_7F4A_7C15 : key }

    /// Fibonacci hashing: the top bits of the product pick the slot.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value stored for `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let key = Self.normalise(key)
        return slots.withUnsafeBufferPointer { slots in
            var index = slot(key)
            while true {
                let stored = slots[index].key
                if stored == key { return slots[index].value }
                if stored == Self.empty { return nil }
                index = (index + 1) & mask
            }
        }
    }

    /// Builds a table from `keys[i]` → `values[i]`, merging the values of equal keys with
    /// `merge`. The pairs are inserted in the order of their home slots (a counting sort on
    /// the slot's top bits), so the writes sweep the table once instead of missing the
    /// cache on nearly every insert — what loading the gazetteer's lists costs otherwise.
    init(capacity: Int, filler: Value, keys: [UInt64], values: [Value], merge: (inout Value, Value) -> Void) {
        precondition(keys.count == values.count)
        self.init(capacity: capacity, filler: filler)
        let bucketBits = min(12, slots.count.trailingZeroBitCount)
        let toBucket = slots.count.trailingZeroBitCount - bucketBits
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        var homes = [Int32](repeating: 0, count: keys.count)
        for (index, key) in keys.enumerated() {
            let bucket = slot(Self.normalise(key)) >> toBucket
            homes[index] = Int32(bucket)
            starts[bucket + 1] += 1
        }
        for bucket in 0..<(1 << bucketBits) { starts[bucket + 1] += starts[bucket] }
        var order = [Int32](repeating: 0, count: keys.count)
        for index in keys.indices {
            let bucket = Int(homes[index])
            order[starts[bucket]] = Int32(index)
            starts[bucket] += 1
        }
        for index in order {
            let value = values[Int(index)]
            update(keys[Int(index)]) { merge(&$0, value) }
        }
    }

    /// Inserts `key` with the filler value if absent, then applies `update` to its value.
    mutating func update(_ key: UInt64, _ update: (inout Value) -> Void) {
        if (count + 1) * 2 > slots.count { grow() }
        let key = Self.normalise(key)
        var index = slot(key)
        while true {
            let stored = slots[index].key
            if stored == key {
                update(&slots[index].value)
                return
            }
            if stored == Self.empty {
                slots[index].key = key
                update(&slots[index].value)
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = KeyTable(capacity: slots.count, filler: filler)
        for slot in slots where slot.key != Self.empty {
            let value = slot.value
            bigger.update(slot.key) { $0 = value }
        }
        self = bigger
    }
}
