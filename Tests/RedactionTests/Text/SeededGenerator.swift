/// SplitMix64: a small deterministic generator, so that a property test that fails
/// fails the same way on the next run (the seed is in the test).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A string of `count` elements drawn from `pieces`.
    mutating func string(of pieces: [String], count: Int) -> String {
        var result = ""
        for _ in 0..<count { result += pieces.randomElement(using: &self)! }
        return result
    }
}
