import ArgumentParser

/// The exit statuses of `zhnews`, documented in `--help`, README.md and Docs/CLI.md.
enum ExitStatus: Int32 {
    /// Every input was processed.
    case success = 0
    /// Some input could not be read or is not usable text (the others were still processed),
    /// or a corpus record failed under `--on-error fail`.
    case inputFailure = 1
    /// Bad command line: unknown option, bad value, unreadable lexicon file.
    case usage = 2
    /// An internal or ICU failure.
    case internalFailure = 3
    /// Interrupted by SIGINT (after flushing whole lines).
    case interrupted = 130

    /// The help text's exit status section.
    static let helpText = """
        Exit status: 0 all inputs processed; 1 some input missing, unreadable or not usable text \
        (the others are still processed), or a corpus record failed with --on-error fail; \
        2 usage error; 3 internal or ICU error; 130 interrupted.
        """
}

/// An error that ends a command with a given exit status; its message is already printed.
struct CommandFailure: Error {
    var status: ExitStatus
}

/// A usage problem found while running (e.g. an unreadable lexicon file).
struct UsageError: Error, CustomStringConvertible {
    var description: String
}
