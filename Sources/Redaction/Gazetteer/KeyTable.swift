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
