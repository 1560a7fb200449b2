internal import Foundation

/// How much work a batch runs at once.
public struct BatchOptions: Sendable, Hashable {
    /// The number of worker threads (at least 1). Defaults to the number of active processors.
    public var jobs: Int
    /// The most items read ahead of the next result to deliver: items being analysed plus
    /// finished results waiting for an earlier one (at least ``jobs``). Memory use is
    /// proportional to it, never to the size of the batch. Defaults to four times ``jobs``.
    public var window: Int

    /// Creates options; `nil` picks the defaults.
    public init(jobs: Int? = nil, window: Int? = nil) {
        let jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.jobs = jobs
        self.window = max(jobs, window ?? jobs * 4)
    }
}
