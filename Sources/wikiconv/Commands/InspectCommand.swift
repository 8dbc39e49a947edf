import ArgumentParser
import Foundation
import Wikitext
import WikiExtract
import WikiModel
import WikiValues

/// `wikiconv inspect FILE --tables`: the quickest way for a person to check what was extracted.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what wikiconv extracts from one page: tables as aligned text grids, infoboxes, contests."
    )

    @Argument(help: "A .wikitext file.")
    var file: String

    @Flag(help: "Print every table as an aligned text grid.")
    var tables = false

    @Flag(help: "Print the infoboxes as key = text [kind number].")
    var infoboxes = false

    @Flag(help: "Print the election contests.")
    var contests = false

    @Option(help: "Widest line for table grids (wider tables are wrapped or cut).")
    var width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 120

    @OptionGroup var numbers: LanguageOption

    func run() throws {
        try NumberConvention.$current.withValue(numbers.forFiles) { try show() }
    }

    private func show() throws {
        do {
            let (bytes, problem) = SourceText.checked(try SourceFiles.read(file))
            if let problem {
                guard !problem.skips else { throw CLIError(problem.message(file: file)) }
                FileInput.report(problem.message(file: file), overBar: false)
            }
            let document = WikitextDocument(parsing: bytes)
            let all = !tables && !infoboxes && !contests
            if tables || all {
                for table in TableExtractor.extract(document) {
                    print(TableGridText.render(table, width: width))
                }
            }
            if infoboxes || all {
                for box in InfoboxExtractor.extract(document) {
                    print("\(box.template) (line \(box.line))")
                    for field in box.fields {
                        let number = field.value.number.map { " \($0)" } ?? ""
                        let text = field.text.split(separator: "\n").joined(separator: " / ")  // lines as Markdown shows them
                        print("  \(field.key) = \(text) [\(field.value.kind.rawValue)\(number)]")
                    }
                }
            }
            if contests || all {
                for contest in ContestExtractor.extract(document) {
                    print("\(contest.kind.rawValue): \(contest.title ?? contest.section ?? "") (line \(contest.line))")
                    for row in contest.rows {
                        let seats = row.seats.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                        print("  \(row.party ?? "-") | \(row.candidate ?? "-") | \(row.votes.map(String.init) ?? "-") | "
                              + "\(row.percent.map { String($0) } ?? "-")\(seats.isEmpty ? "" : " | " + seats)\(row.elected ? " | elected" : "")")
                    }
                }
            }
        } catch {
            exitWithError(error)
        }
    }
}
