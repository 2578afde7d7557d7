import Testing
@testable import Redaction

/// The open-addressing key table: the bulk build (pairs inserted in home-slot order, equal
/// keys merged) must hold exactly what inserting the pairs one by one holds, including
/// when the table has to grow on the way.
struct KeyTableTests {
    @Test(arguments: [(1, 10), (2, 1_000), (3, 50_000)] as [(UInt64, Int)])
    func bulkBuildEqualsOneByOne(seed: UInt64, count: Int) {
        var generator = SeededGenerator(seed: seed)
        // About a third of the keys repeat, with other bits, to exercise merging; 0 is the
        // empty-slot marker and must still be stored.
        var keys: [UInt64] = [0]
        var values: [UInt32] = [1 << 5]
        for _ in 0..<count {
            let key = keys.count > 3 && Bool.random(using: &generator) && Int.random(in: 0..<3, using: &generator) == 0
                ? keys.randomElement(using: &generator)! : generator.next()
            keys.append(key)
            values.append(1 << UInt32.random(in: 0..<31, using: &generator))
        }
        // A capacity far below the distinct count makes the bulk build grow mid-way.
        let bulk = KeyTable<UInt32>(capacity: 8, filler: 0, keys: keys, values: values) { $0 |= $1 }
        var single = KeyTable<UInt32>(capacity: 8, filler: 0)
        for (key, value) in zip(keys, values) { single.update(key) { $0 |= value } }
        #expect(bulk.count == single.count)
        for key in keys { #expect(bulk[key] == single[key]) }
        let present = Set(keys)
        for _ in 0..<1_000 {
            let absent = generator.next()
            if !present.contains(absent) { #expect(bulk[absent] == nil) }
        }
    }
}
