import ArgumentParser
import Foundation
import ZhNewsKit

@main
struct ZhNews: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhnews",
        abstract: "Turn messy Chinese news pages into trustworthy data.",
        discussion: ExitStatus.helpText,
        subcommands: [Extract.self, Clean.self, Numbers.self, Segment.self, Report.self]
    )

    /// Parses and runs a subcommand, mapping failures to the documented exit statuses.
    static func main() {
        let code: Int32
        do {
            var command = try parseAsRoot()
            try command.run()
            code = ExitStatus.success.rawValue
        } catch let failure as CommandFailure {
            code = failure.status.rawValue
        } catch let usage as UsageError {
            StandardStreams.error(usage.description)
            code = ExitStatus.usage.rawValue
        } catch let error as ZhNewsError {
            StandardStreams.error("internal error: \(error.description)")
            code = ExitStatus.internalFailure.rawValue
        } catch {
            let exit = exitCode(for: error)
            let message = fullMessage(for: error)
            if exit == .success {
                if !message.isEmpty { StandardStreams.out(message + "\n") }
                code = 0
            } else {
                if !message.isEmpty { StandardStreams.write(Array((message + "\n").utf8), to: STDERR_FILENO) }
                code = exit == .validationFailure ? ExitStatus.usage.rawValue : exit.rawValue
            }
        }
        Foundation.exit(code)
    }
}
