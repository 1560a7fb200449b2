import Foundation

/// Wall-clock timing and resource usage helpers.
enum Stopwatch {
    /// Seconds taken by `body`, and its result.
    static func time<R>(_ body: () throws -> R) rethrows -> (seconds: Double, result: R) {
        let clock = ContinuousClock()
        var result: R?
        let elapsed = try clock.measure { result = try body() }
        return (seconds(elapsed), result!)
    }

    /// Seconds taken by an asynchronous `body`, and its result.
    static func time<R>(_ body: () async throws -> R) async rethrows -> (seconds: Double, result: R) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await body()
        return (seconds(clock.now - start), result)
    }

    /// The fastest of `repetitions` runs of `body`, in seconds, and the last result.
    static func best<R>(of repetitions: Int, _ body: () throws -> R) rethrows -> (seconds: Double, result: R) {
        var best = Double.infinity
        var last: R?
        for _ in 0..<max(1, repetitions) {
            let (s, r) = try time(body)
            best = min(best, s)
            last = r
        }
        return (best, last!)
    }

    /// CPU time consumed by the calling thread so far, in seconds
    /// (`CLOCK_THREAD_CPUTIME_ID`): unlike wall-clock time, it does not grow
    /// while other processes on a busy machine hold the core.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// The system's load averages over 1, 5 and 15 minutes (`/proc/loadavg`), as written there.
    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// Peak resident set size of this process so far, in MB (getrusage `ru_maxrss`).
    static func peakRSSMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    }

    /// Peak resident set size of this process's own address space, in MB
    /// (`VmHWM` in `/proc/self/status`), or `nil` where that file is missing.
    ///
    /// Unlike `ru_maxrss`, which on Linux carries over the high-water mark of
    /// the process that spawned this one, `VmHWM` starts afresh at `exec`.
    static func highWaterMarkMB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return Double(String(digits)).map { $0 / 1024 }
        }
        return nil
    }

    /// CPU time (user + system) used by this process so far, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
