import ArgumentParser
import ZhNewsKit

/// The input arguments every command shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Input files; standard input when none is given or for '-'.")
    var files: [String] = []

    @Option(help: "Input encoding: utf-8 (default, strict), gb18030, gbk, big5, utf-16le, utf-16be or auto (detect).")
    var encoding: EncodingChoice = .utf8

    @Flag(help: "Replace malformed byte sequences with U+FFFD instead of rejecting the input.")
    var lossy = false

    @Option(name: .customLong("max-bytes"), help: "Reject inputs (or corpus records) larger than this many bytes.")
    var maxBytes: Int = InputDecoder.defaultMaxBytes

    /// The inputs named on the command line (standard input when none).
    var sources: [InputSource] {
        (files.isEmpty ? ["-"] : files).map(InputSource.init(argument:))
    }

    /// The decoder these options describe.
    var decoder: InputDecoder { InputDecoder(encoding: encoding.textEncoding, lossy: lossy, maxBytes: maxBytes) }

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive.") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input ('-') can be named only once.") }
    }
}

/// Segmentation settings shared by the commands that segment.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp(
            "A user lexicon: a UTF-8 file with one term per line (a line starting with '#' is a comment; "
                + "further columns are ignored); its terms are kept whole. Repeatable.",
            valueName: "file"))
    var lexiconFiles: [String] = []

    @Flag(name: .customLong("no-builtin-lexicon"), help: "Do not use the built-in lexicon of domain terms.")
    var noBuiltinLexicon = false

    /// Segmenter options with the lexicons applied.
    func segmenterOptions() throws(UsageError) -> Segmenter.Options {
        var options = Segmenter.Options()
        var lexicon = noBuiltinLexicon ? UserLexicon([]) : options.lexicon
        for path in lexiconFiles {
            let source = InputSource(argument: path)
            let text: String
            do {
                let bytes = try source.readBytes(limit: InputDecoder.defaultMaxBytes)
                text = try InputDecoder().decode(bytes).text
            } catch let failure as InputFailure {
                throw UsageError(description: "lexicon \(source.name): \(failure.message)")
            } catch {
                throw UsageError(description: "lexicon \(source.name): \(error)")
            }
            let loaded: (lexicon: UserLexicon, report: UserLexicon.LoadReport)
            do {
                loaded = try UserLexicon.load(from: text, normalizer: Normalizer(options: options.normalization))
            } catch {
                throw UsageError(description: "lexicon \(source.name): \(error)")
            }
            for problem in loaded.report.problems {
                StandardStreams.error("lexicon \(source.name):\(problem.line): skipped \"\(problem.text)\" (\(problem.reason.rawValue))")
            }
            for entry in loaded.lexicon.entries { lexicon.insert(entry) }
        }
        options.lexicon = lexicon
        return options
    }
}
