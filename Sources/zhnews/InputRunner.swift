import Foundation
import ZhNewsKit

/// Reads and decodes each input of a command in turn, reports the ones that fail on
/// standard error, and remembers the worst exit status.
struct InputRunner {
    var options: InputOptions
    /// The worst status so far.
    private(set) var status: ExitStatus = .success

    init(options: InputOptions) { self.options = options }

    /// Calls `body` with the text of every usable input, in command-line order.
    /// A failing input is reported (`zhnews: NAME: what`) and skipped.
    mutating func forEachInput(_ body: (InputSource, String) throws(InputFailure) -> Void) {
        let decoder = options.decoder
        for source in options.sources {
            do throws(InputFailure) {
                if source.path == nil, StandardStreams.isTerminal(STDIN_FILENO) {
                    StandardStreams.error("reading the article from the terminal; end it with Ctrl-D")
                }
                try body(source, try Self.text(of: source, maxBytes: options.maxBytes, decoder: decoder))
            } catch {
                fail(source, error)
            }
        }
    }

    /// Reads and decodes one input.
    static func text(of source: InputSource, maxBytes: Int, decoder: InputDecoder) throws(InputFailure) -> String {
        let bytes = try source.readBytes(limit: maxBytes)
        do { return try decoder.decode(bytes).text } catch { throw InputFailure(error) }
    }

    /// Reports a failed input and records its exit status.
    mutating func fail(_ source: InputSource, _ failure: InputFailure) {
        StandardStreams.error("\(source.name): \(failure.message)")
        record(failure.isInternal ? .internalFailure : .inputFailure)
    }

    mutating func record(_ new: ExitStatus) {
        if new.rawValue > status.rawValue || status == .success { status = new }
    }

    /// Ends the command with the recorded status.
    func finish() throws(CommandFailure) {
        if status != .success { throw CommandFailure(status: status) }
    }
}

extension InputFailure {
    /// Runs an analysis step, turning its ``ZhNewsError`` into an input failure.
    static func attempt<T>(_ step: () throws(ZhNewsError) -> T) throws(InputFailure) -> T {
        do { return try step() } catch { throw InputFailure(error) }
    }
}
