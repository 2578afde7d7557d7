/// Byte ranges sorted by start, answering "which ranges touch this span" by binary search
/// so that per-finding checks stay logarithmic on long documents.
struct RangeIndex {
    private let ranges: [Range<Int>]
    /// For each position, the largest upper bound among ranges up to and including it.
    private let maxUpper: [Int]

    init(_ ranges: [Range<Int>]) {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        self.ranges = sorted
        var running = Int.min
        maxUpper = sorted.map { running = max(running, $0.upperBound); return running }
    }

    var isEmpty: Bool { ranges.isEmpty }

    /// Index of the last range starting at or before `offset`, if any.
    private func lastStarting(atOrBefore offset: Int) -> Int? {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// Whether some range contains all of `span`.
    func containsWhole(_ span: Range<Int>) -> Bool {
        guard let last = lastStarting(atOrBefore: span.lowerBound) else { return false }
        return maxUpper[last] >= span.upperBound && maxUpper[last] > span.lowerBound
    }

    /// Whether some range contains `offset`.
    func contains(_ offset: Int) -> Bool {
        guard let last = lastStarting(atOrBefore: offset) else { return false }
        return maxUpper[last] > offset
    }

    /// Whether some range overlaps `span`.
    func overlaps(_ span: Range<Int>) -> Bool {
        guard !span.isEmpty else { return false }
        if let last = lastStarting(atOrBefore: span.upperBound - 1), maxUpper[last] > span.lowerBound { return true }
        return false
    }

    /// Bytes of `span` covered by the ranges (ranges assumed not to overlap each other).
    func coveredCount(_ span: Range<Int>) -> Int {
        var index = lastStarting(atOrBefore: span.lowerBound) ?? 0
        var covered = 0
        while index < ranges.count, ranges[index].lowerBound < span.upperBound {
            if ranges[index].overlaps(span) { covered += ranges[index].clamped(to: span).count }
            index += 1
        }
        return covered
    }
}
