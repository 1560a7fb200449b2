import ArgumentParser

@main
struct ZhNews: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhnews",
        abstract: "Turn messy Chinese news pages into trustworthy data.",
        subcommands: [Extract.self, Segment.self, Report.self]
    )
}
