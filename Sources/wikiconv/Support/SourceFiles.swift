import Foundation

/// Reading input files with one-line errors that name the file.
enum SourceFiles {
    /// The bytes of a file. Missing files, directories and unreadable files throw `CLIError`.
    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError("\(path): is a directory, expected a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CLIError("\(path): cannot be read (permission denied?)") }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw CLIError("\(path): cannot be read: \(error.localizedDescription)")
        }
    }

    /// The `.wikitext` files named by `paths`: files as given, folders expanded (sorted).
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file or folder")
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".wikitext") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
