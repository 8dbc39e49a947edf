import ArgumentParser

@main
struct WikiConv: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wikiconv",
        abstract: "Turn Wikipedia wikitext and XML dumps into clean data.",
        version: "0.1.0",
        subcommands: [ConvertCommand.self, InspectCommand.self, ValidateCommand.self, ParseCommand.self, BenchCommand.self]
    )
}
