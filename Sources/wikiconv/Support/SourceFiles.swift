import Foundation

/// Reading input files with one-line errors that name the file.
enum SourceFiles {
    /// The bytes of a file. Missing files, directories and unreadable files throw `CLIError`.
    ///
    /// Read with one `read` call for the size `fstat` gives (Foundation's file handle reads in
    /// 4 KB pieces, growing its buffer as it goes), and on until the end of the file should it
    /// have grown meanwhile.
    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw openError(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CLIError("\(path): cannot be read: \(String(cString: strerror(errno)))") }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw CLIError("\(path): is a directory, expected a file") }
        // One byte more than the size, so that the end of the file is seen by the first read.
        var bytes = [UInt8](repeating: 0, count: max(0, Int(info.st_size)) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 1 << 16))) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError("\(path): cannot be read: \(String(cString: strerror(errno)))")
            }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// The size of a file in bytes, or nil when it cannot be read (`stat` alone: Foundation's
    /// file attributes also look up the owner's name, reading `/etc/passwd` and `/etc/group`).
    static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    private static func openError(_ path: String, _ code: Int32) -> CLIError {
        switch code {
        case ENOENT, ENOTDIR: CLIError("\(path): no such file")
        case EACCES, EPERM: CLIError("\(path): cannot be read (permission denied)")
        default: CLIError("\(path): cannot be read: \(String(cString: strerror(code)))")
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
                let found = names.filter { $0.hasSuffix(".wikitext") }.sorted()
                // A folder with nothing to convert is a mistake to say, not an empty success.
                guard !found.isEmpty else { throw CLIError("\(path): a folder with no .wikitext files") }
                files += found.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
