internal import Dispatch
internal import Foundation
internal import Synchronization

/// Runs a transform over a sequence on several threads and delivers the results
/// in input order, holding at most a bounded window of items in memory.
///
/// ```swift
/// try OrderedBatch.map(lines, options: BatchOptions(jobs: 4)) { line in
///     line.count                      // runs on a worker thread
/// } consume: { index, count in
///     print(index, count)             // runs on the calling thread, in order
/// }
/// ```
///
/// The input sequence is iterated and `consume` is called on the calling thread only, so
/// neither needs to be `Sendable`; `transform` runs on worker threads.
public enum OrderedBatch {
    /// Maps `inputs` through `transform` concurrently and hands each result to `consume` in input order.
    ///
    /// - Parameters:
    ///   - inputs: The items; iterated lazily on the calling thread (it may be a stream of unknown length).
    ///   - options: The number of workers and the size of the read-ahead window.
    ///   - transform: The work for one item; runs on a worker thread.
    ///   - consume: Receives the index and result of each item, in input order, on the calling thread.
    /// - Throws: Whatever `consume` throws; the batch then stops reading, lets the items in progress
    ///   finish, discards their results and rethrows.
    /// - Complexity: Memory holds at most `options.window` inputs and results at a time.
    public static func map<Input: Sendable, Output: Sendable, Failure: Error>(
        _ inputs: some Sequence<Input>,
        options: BatchOptions = BatchOptions(),
        transform: @escaping @Sendable (Input) -> Output,
        consume: (Int, Output) throws(Failure) -> Void
    ) throws(Failure) {
        let jobs = max(1, options.jobs)
        let window = max(jobs, options.window)
        let state = BatchState<Input, Output>()
        state.startWorkers(jobs, transform)
        var next = 0
        var delivered = 0

        func deliverReady() throws(Failure) {
            while let output = state.takeResult(delivered) {
                try consume(delivered, output)
                delivered += 1
            }
        }

        do {
            var iterator = inputs.makeIterator()
            while true {
                // Make room before reading, so at most `window` inputs are ever held.
                while next - delivered >= window {
                    state.resultReady.wait()
                    try deliverReady()
                }
                guard let input = iterator.next() else { break }
                state.enqueue(next, input)
                next += 1
                try deliverReady()
            }
            while delivered < next {
                state.resultReady.wait()
                try deliverReady()
            }
        } catch {
            state.finish(discardingQueued: true, workers: jobs)
            throw error
        }
        state.finish(discardingQueued: false, workers: jobs)
    }
}

extension OrderedBatch {
    /// Like ``map(_:options:transform:consume:)``, but iterates `inputs` on a background
    /// thread, so results are delivered as soon as they are ready even while reading the next
    /// input blocks (a pipe or a terminal that has no more data yet).
    ///
    /// Use it for streams read from standard input or a socket: a co-process that writes one
    /// record and waits for its answer gets it without the input being closed.
    ///
    /// - Parameters:
    ///   - inputs: The items; iterated on a background thread, hence `Sendable`.
    ///   - options: The number of workers and the size of the read-ahead window.
    ///   - transform: The work for one item; runs on a worker thread.
    ///   - consume: Receives the index and result of each item, in input order, on the calling thread.
    /// - Throws: Whatever `consume` throws. The workers stop; a reader blocked in a read that never
    ///   returns is left behind, and its next item is dropped.
    /// - Complexity: At most `options.window` items are read ahead of delivery.
    public static func stream<Input: Sendable, Output: Sendable, Failure: Error>(
        _ inputs: some Sequence<Input> & Sendable,
        options: BatchOptions = BatchOptions(),
        transform: @escaping @Sendable (Input) -> Output,
        consume: (Int, Output) throws(Failure) -> Void
    ) throws(Failure) {
        let jobs = max(1, options.jobs)
        let window = max(jobs, options.window)
        let state = BatchState<Input, Output>()
        // Created at zero and raised by signals: libdispatch traps when a semaphore is released
        // below its initial value.
        let room = DispatchSemaphore(value: 0)
        for _ in 0..<window { room.signal() }
        state.startWorkers(jobs, transform)
        let reader = Thread {
            var count = 0
            for input in inputs {
                room.wait()
                if state.isFinished { return }
                state.enqueue(count, input)
                count += 1
            }
            state.finishReading(count: count)
        }
        reader.start()

        var delivered = 0
        do {
            while true {
                while let output = state.takeResult(delivered) {
                    try consume(delivered, output)
                    delivered += 1
                    room.signal()
                }
                if let total = state.readCount, delivered >= total { break }
                state.resultReady.wait()
            }
        } catch {
            state.finish(discardingQueued: true, workers: jobs)
            room.signal()
            throw error
        }
        state.finish(discardingQueued: false, workers: jobs)
    }
}

/// The state shared between the calling thread and the workers of one batch.
private final class BatchState<Input: Sendable, Output: Sendable>: Sendable {
    struct Shared {
        var queue: [(Int, Input)] = []
        var queueHead = 0
        var results: [Int: Output] = [:]
        var finished = false
        /// Set by a background reader when the input is exhausted.
        var readCount: Int?
    }

    let shared = Mutex(Shared())
    /// Signalled once per queued item and once per worker at the end.
    let workAvailable = DispatchSemaphore(value: 0)
    /// Signalled once per finished item.
    let resultReady = DispatchSemaphore(value: 0)
    /// Signalled by each worker as it exits.
    let exited = DispatchSemaphore(value: 0)

    func enqueue(_ index: Int, _ input: Input) {
        shared.withLock { state in
            if state.queueHead > 64, state.queueHead * 2 > state.queue.count {
                state.queue.removeFirst(state.queueHead)
                state.queueHead = 0
            }
            state.queue.append((index, input))
        }
        workAvailable.signal()
    }

    var isFinished: Bool { shared.withLock { $0.finished } }

    /// The number of inputs, once a background reader has read them all.
    var readCount: Int? { shared.withLock { $0.readCount } }

    /// Records the end of the input and wakes the delivering thread.
    func finishReading(count: Int) {
        shared.withLock { $0.readCount = count }
        resultReady.signal()
    }

    func takeResult(_ index: Int) -> Output? {
        shared.withLock { $0.results.removeValue(forKey: index) }
    }

    /// Starts `jobs` worker threads running ``work(_:)``, with stacks large enough for deep pages.
    func startWorkers(_ jobs: Int, _ transform: @escaping @Sendable (Input) -> Output) {
        for _ in 0..<jobs {
            let thread = Thread { self.work(transform) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// The worker loop: take an item, transform it, store the result; exit when the batch is finished.
    func work(_ transform: @Sendable (Input) -> Output) {
        while true {
            workAvailable.wait()
            let item: (Int, Input)? = shared.withLock { state in
                guard state.queueHead < state.queue.count else { return nil }
                defer { state.queueHead += 1 }
                return state.queue[state.queueHead]
            }
            guard let (index, input) = item else { break }
            let output = transform(input)
            let keep = shared.withLock { state in
                if !state.finished { state.results[index] = output }
                return !state.finished
            }
            if keep { resultReady.signal() }
        }
        exited.signal()
    }

    /// Stops the workers and waits for them to exit.
    func finish(discardingQueued: Bool, workers: Int) {
        shared.withLock { state in
            if discardingQueued {
                state.queue.removeAll()
                state.queueHead = 0
                state.finished = true
            }
        }
        for _ in 0..<workers { workAvailable.signal() }
        for _ in 0..<workers { exited.wait() }
    }
}
