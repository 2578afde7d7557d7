import Synchronization

/// Reuses PCRE2 match state across documents.
///
/// Each `Pattern.Scratch` owns match data, a match context and a 1 MB JIT stack; making
/// and freeing one per document costs an `mmap`/`munmap` pair that dominates short
/// narratives and makes cores flush each other's address caches. The pool hands a
/// scratch to one document at a time and takes it back afterwards. Scratches are keyed
/// by their limits, so engines with different limits never share one.
final class ScratchPool: Sendable {
    private let idle = Mutex<[Pattern.Scratch]>([])
    let limits: Pattern.Limits
    /// How many idle scratches are kept (more than the cores that use them at once).
    private let capacity = 16

    init(limits: Pattern.Limits) {
        self.limits = limits
    }

    /// A scratch for exclusive use until ``recycle(_:)``.
    func take() -> Pattern.Scratch {
        if let reused = idle.withLock({ $0.popLast() }) { return reused }
        return Pattern.Scratch(limits: limits)
    }

    /// Returns a scratch taken with ``take()``.
    func recycle(_ scratch: Pattern.Scratch) {
        idle.withLock { pool in
            if pool.count < capacity { pool.append(scratch) }
        }
    }
}
