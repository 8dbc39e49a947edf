import CBZip2

/// Decompresses bzip2 from another source, reading any number of concatenated streams
/// (a multistream dump is hundreds of thousands of them).
final class BZ2Source: ByteSource {
    private let input: ByteSource
    private let path: String
    // libbz2 keeps a back pointer to the bz_stream and checks it, so it must not move.
    private let stream: UnsafeMutablePointer<bz_stream>
    private let inBuffer: UnsafeMutableRawBufferPointer
    private var streamOpen = false
    private var inputEnded = false
    private var streamsSeen = 0
    private var pendingError: DumpError?
    /// Decompressed bytes produced so far (the XML offset of the next byte).
    private(set) var bytesProduced = 0
    private var inputTaken: Int

    /// `input` yields compressed bytes; `path` names the file in errors.
    init(input: ByteSource, path: String, inputBufferSize: Int = 1 << 20) {
        self.input = input
        self.path = path
        self.inputTaken = input.compressedBytesRead
        stream = .allocate(capacity: 1)
        stream.initialize(to: bz_stream())
        inBuffer = .allocate(byteCount: inputBufferSize, alignment: 16)
    }

    deinit {
        if streamOpen { BZ2_bzDecompressEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        inBuffer.deallocate()
    }

    /// Compressed bytes consumed by the decompressor (not just read into its buffer).
    var compressedBytesRead: Int { inputTaken - Int(stream.pointee.avail_in) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let e = pendingError { throw e }
        guard let out = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let want = UInt32(min(buffer.count, Int(UInt32.max)))
        stream.pointee.next_out = out.assumingMemoryBound(to: CChar.self)
        stream.pointee.avail_out = want
        var produced: Int { Int(want - stream.pointee.avail_out) }
        while produced == 0 {
            if stream.pointee.avail_in == 0 && !inputEnded { try refill() }
            if !streamOpen {
                if stream.pointee.avail_in == 0 && inputEnded { break }  // clean end between streams
                try open()
            }
            let rc = BZ2_bzDecompress(stream)
            if rc == BZ_STREAM_END {
                // Another stream may follow: end this one and open the next on the next pass.
                BZ2_bzDecompressEnd(stream)
                streamOpen = false
                streamsSeen += 1
            } else if rc != BZ_OK {
                pendingError = failure(rc, produced: produced)
            } else if stream.pointee.avail_in == 0 && inputEnded && stream.pointee.avail_out > 0 {
                pendingError = DumpError(.truncatedBZ2, path: path,
                                         "bzip2 data ends in the middle of a stream (file truncated?)",
                                         offset: bytesProduced + produced, compressedOffset: compressedBytesRead)
            }
            // Hand over complete blocks decoded before the damage first; throw on the next call.
            if let e = pendingError, produced == 0 { throw e }
            if pendingError != nil { break }
        }
        bytesProduced += produced
        return produced
    }

    private func refill() throws {
        guard let base = inBuffer.baseAddress else { return }
        let n = try input.read(into: inBuffer)
        if n == 0 { inputEnded = true; return }
        inputTaken += n
        stream.pointee.next_in = base.assumingMemoryBound(to: CChar.self)
        stream.pointee.avail_in = UInt32(n)
    }

    private func open() throws {
        // Keep the input/output pointers across the re-init: the next stream starts right here.
        let nextIn = stream.pointee.next_in, availIn = stream.pointee.avail_in
        let nextOut = stream.pointee.next_out, availOut = stream.pointee.avail_out
        stream.pointee = bz_stream()
        let rc = BZ2_bzDecompressInit(stream, 0, 0)
        guard rc == BZ_OK else { throw failure(rc) }
        stream.pointee.next_in = nextIn
        stream.pointee.avail_in = availIn
        stream.pointee.next_out = nextOut
        stream.pointee.avail_out = availOut
        streamOpen = true
    }

    private func failure(_ rc: Int32, produced: Int = 0) -> DumpError {
        let what: String
        switch rc {
        case BZ_DATA_ERROR_MAGIC:
            what = streamsSeen == 0 ? "not bzip2 data (bad magic)" : "data after bzip2 stream \(streamsSeen) is not bzip2 (bad magic)"
        case BZ_DATA_ERROR: what = "corrupt bzip2 data (bad block or CRC)"
        case BZ_MEM_ERROR: what = "out of memory decompressing bzip2"
        default: what = "bzip2 error \(rc)"
        }
        let kind: DumpError.Kind = rc == BZ_MEM_ERROR ? .io : .corruptBZ2
        return DumpError(kind, path: path, what, offset: bytesProduced + produced, compressedOffset: compressedBytesRead)
    }
}
