import ArgumentParser
import Foundation

/// A one-line error for the user, naming the file; the process exits with status 2.
struct CLIError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Prints the error on one line to stderr and exits with status 2.
func exitWithError(_ error: Error) -> Never {
    FileHandle.standardError.write(Data("wikiconv: \(error)\n".utf8))
    exit(2)
}
