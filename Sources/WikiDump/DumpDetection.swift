import Foundation

/// Tells dump inputs from wikitext files, for commands that take both.
public enum DumpDetection {
    /// True for inputs read as dumps rather than `.wikitext` files: `-`, `.xml`, `.bz2`, or a
    /// file that starts like one (bzip2 magic, `<?xml`, `<mediawiki`). A `.wikitext` file never
    /// is one, even when it starts with `<!--`; a folder never is one.
    public static func isDump(_ path: String) -> Bool {
        if path == "-" { return true }
        let lower = path.lowercased()
        if lower.hasSuffix(".wikitext") || lower.hasSuffix(".wiki") || lower.hasSuffix(".txt") { return false }
        if lower.hasSuffix(".xml") || lower.hasSuffix(".bz2") { return true }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 64)) ?? Data(), as: UTF8.self)
        let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        return head.hasPrefix("BZh") || trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<mediawiki")
    }
}
