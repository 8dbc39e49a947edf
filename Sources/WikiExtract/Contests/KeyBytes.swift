/// Byte classes for reading template names and keys from the source, as the string paths
/// (`Node.trimmedText`, `Template.normalize`, `TemplateFields.normalize`) read them.
enum KeyBytes {
    /// Trimmed off names and keys: space, tab, line feed, carriage return, form feed.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }

    /// ASCII upper case to lower case; other bytes unchanged.
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
