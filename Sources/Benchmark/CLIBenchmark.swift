import Foundation

/// Runs the `zhnews` executable built beside the benchmark over the corpus, as a user
/// would: `zhnews extract --input-format jsonl --jobs N --quiet corpus.jsonl > /dev/null`.
enum CLIBenchmark {
    /// What one run of the executable cost, from `wait4`'s resource usage of that child alone.
    struct Run {
        var jobs: Int
        var seconds: Double
        var cpuSeconds: Double
        var peakRSSMB: Double
        var status: Int32
    }

    /// The `zhnews` executable in the benchmark's own build folder, if it was built.
    static var executable: String? {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let path = folder.appendingPathComponent("zhnews").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Spawns the executable on `path` with `jobs` workers, discards its output and waits for it.
    static func run(executable: String, path: String, jobs: Int) throws -> Run {
        let arguments = [executable, "extract", "--input-format", "jsonl", "--jobs", String(jobs), "--quiet", path]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let start = ContinuousClock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw BenchmarkOptions.UsageError(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let seconds = Stopwatch.seconds(ContinuousClock.now - start)
        func time(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return Run(
            jobs: jobs, seconds: seconds, cpuSeconds: time(usage.ru_utime) + time(usage.ru_stime),
            peakRSSMB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }
}
