/// Benchmark entry points for `wikiconv bench --dump`: the cost of each layer alone.
extension DumpReader {
    /// Decompresses the whole input to nowhere, one thread (the `bzcat > /dev/null` floor);
    /// plain XML is just read. Counts bytes only.
    public static func decompressOnly(path: String) throws -> DumpCounts {
        let file = try DumpFile(path: path)
        let raw = FileSource(file)
        let magic = try raw.peek(3)
        let source: ByteSource = magic == Array("BZh".utf8) ? BZ2Source(input: raw, path: path) : raw
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var bytes = 0
        while true {
            let n = try source.read(into: buffer)
            if n == 0 { break }
            bytes += n
        }
        return DumpCounts(bytes: bytes, compressedBytes: source.compressedBytesRead, pages: 0, textBytes: 0)
    }

    /// Reads every page (decompression, scanning and entity decoding; no wikitext parsing)
    /// with `options` (default: no filters) and counts pages and text bytes.
    public static func scanOnly(path: String, options: DumpOptions = .all) throws -> DumpCounts {
        let reader = try DumpReader(path: path, options: options)
        var pages = 0, textBytes = 0
        while true {
            do {
                guard let page = try reader.next() else { break }
                pages += 1
                textBytes += page.text.count
            } catch let e as DumpError where e.isRecoverable {
                continue
            }
        }
        return DumpCounts(bytes: reader.progress.bytes, compressedBytes: reader.progress.compressedBytes,
                          pages: pages, textBytes: textBytes)
    }
}
