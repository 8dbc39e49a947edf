import ArgumentParser
import Foundation
import Wikitext

/// `wikiconv parse FILE`: print the syntax tree, or the source re-serialized from it.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse wikitext and print its tree (kind, line:column, excerpt).",
        discussion: "With a folder, parses every .wikitext file in it and prints one summary line per file."
    )

    @Argument(help: "A .wikitext file or a folder of them.")
    var inputs: [String]

    @Flag(help: "Write the source re-serialized from the tree to stdout (byte-identical to the input).")
    var roundtrip = false

    @Option(help: "Longest excerpt shown per node.")
    var excerpt = 40

    func run() throws {
        do {
            let files = try SourceFiles.expand(inputs)
            let single = files.count == 1 && inputs.count == 1 && !isFolder(inputs[0])
            for file in files {
                let bytes = try SourceFiles.read(file)
                let document = WikitextDocument(parsing: bytes)
                if roundtrip {
                    FileHandle.standardOutput.write(Data(document.serialized()))
                } else if single {
                    print(document.dump(maxExcerpt: excerpt))
                } else {
                    let same = document.serialized() == bytes
                    let problem = document.structuralProblem().map { ", tree: \($0)" } ?? ""
                    print("\(file): \(bytes.count) bytes, \(document.nodeCount) nodes, round-trip \(same ? "ok" : "DIFFERS")\(problem)")
                }
            }
        } catch {
            exitWithError(error)
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
