import Synchronization
import Testing
@testable import ZhNewsKit

struct OrderedBatchTests {
    @Test(arguments: [1, 2, 4])
    func resultsArriveInInputOrder(jobs: Int) {
        var seen: [Int] = []
        OrderedBatch.map(0..<500, options: BatchOptions(jobs: jobs, window: jobs * 3)) { n in
            // Uneven work so that later items often finish first.
            var x = 0
            for i in 0..<((n * 7919) % 2000) { x &+= i }
            return (n, x)
        } consume: { index, output in
            #expect(index == output.0)
            seen.append(output.0)
        }
        #expect(seen == Array(0..<500))
    }

    /// Counts how many items are read ahead of delivery.
    final class Gauge: Sendable {
        let state = Mutex((current: 0, peak: 0))
        func enter() { state.withLock { $0.current += 1; $0.peak = max($0.peak, $0.current) } }
        func leave() { state.withLock { $0.current -= 1 } }
        var peak: Int { state.withLock { $0.peak } }
    }

    @Test func inFlightWorkIsBoundedByTheWindow() {
        let gauge = Gauge()
        let inputs = (0..<300).lazy.map { n -> Int in
            gauge.enter()
            return n
        }
        OrderedBatch.map(inputs, options: BatchOptions(jobs: 3, window: 5)) { n in n * 2 } consume: { _, _ in
            gauge.leave()
        }
        #expect(gauge.peak <= 5)
        #expect(gauge.peak >= 1)
    }

    struct Stop: Error, Equatable {}

    @Test func anErrorFromTheConsumerStopsTheBatch() {
        var delivered = 0
        #expect(throws: Stop()) {
            try OrderedBatch.map(0..<10_000, options: BatchOptions(jobs: 2, window: 8)) { $0 } consume: {
                (index: Int, _: Int) throws(Stop) in
                delivered += 1
                if index == 10 { throw Stop() }
            }
        }
        #expect(delivered == 11)
    }

    @Test func emptyInputDeliversNothing() {
        var count = 0
        OrderedBatch.map([Int](), options: BatchOptions(jobs: 4)) { $0 } consume: { _, _ in count += 1 }
        #expect(count == 0)
    }

    @Test func optionsHaveSaneDefaults() {
        let options = BatchOptions()
        #expect(options.jobs >= 1)
        #expect(options.window >= options.jobs)
        #expect(BatchOptions(jobs: 0, window: 0).jobs == 1)
        #expect(BatchOptions(jobs: 4, window: 2).window == 4)
    }
}
