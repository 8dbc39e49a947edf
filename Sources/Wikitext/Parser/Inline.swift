/// Small inline constructs: HTML entities, bold/italic runs and behaviour switches.
extension Parser {
    mutating func ampersand() {
        let limit = stack.top.limit
        var p = pos + 1
        var valid = false
        if p < limit && src[p] == UInt8(ascii: "#") {
            p += 1
            let hex = p < limit && (src[p] | 0x20) == UInt8(ascii: "x")
            if hex { p += 1 }
            // Any number of digits (leading zeros are fine); the code point must be one that
            // MediaWiki's Sanitizer accepts, or the reference stays text.
            let s = p
            var value: UInt32 = 0
            while p < limit && (hex ? ByteClass.isHex(src[p]) : ByteClass.isDigit(src[p])) {
                let b = src[p] | 0x20
                let digit = UInt32(b >= UInt8(ascii: "a") ? b - UInt8(ascii: "a") + 10 : b - UInt8(ascii: "0"))
                value = min(value * (hex ? 16 : 10) + digit, 0x110000)
                p += 1
            }
            valid = p > s && p < limit && src[p] == UInt8(ascii: ";") && Parser.validCodePoint(value)
        } else {
            let s = p
            while p < limit && p - s < 32 && ByteClass.isAlnum(src[p]) { p += 1 }
            valid = p > s && p < limit && src[p] == UInt8(ascii: ";") && EntityNames.contains(src, s..<p)
        }
        guard valid else { pos += 1; return }
        flushText(to: pos)
        addChild(.entity, pos, p + 1, to: container)
        pos = p + 1
        textStart = pos
    }

    /// The code points MediaWiki's Sanitizer keeps in a character reference.
    static func validCodePoint(_ v: UInt32) -> Bool {
        v == 0x09 || v == 0x0A || v == 0x0D || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD)
            || (v >= 0x10000 && v <= 0x10FFFF)
    }

    /// `''` italic, `'''` bold, `'''''` both. Four make an apostrophe and bold; more than
    /// five leave the extra apostrophes as text (as MediaWiki does).
    @inline(__always)
    mutating func apostrophes() {
        let limit = stack.top.limit
        let r = run(of: UInt8(ascii: "'"), at: pos, limit: limit)
        guard r >= 2 else { pos += 1; return }
        var s = pos, len = r
        if r == 4 { s += 1; len = 3 } else if r > 5 { s += r - 5; len = 5 }
        flushText(to: s)
        addChild(.formatting, s, s + len, aux: UInt16(len), to: container)
        pos += r
        textStart = pos
    }

    /// `__TOC__` and the other behaviour switches.
    mutating func underscore() {
        let limit = stack.top.limit
        guard pos + 4 < limit, src[pos + 1] == UInt8(ascii: "_") else { pos += 1; return }
        var e = pos + 2
        while e < limit && e - pos < 40 && (ByteClass.isLetter(src[e])) { e += 1 }
        guard e + 1 < limit, e > pos + 2, src[e] == UInt8(ascii: "_"), src[e + 1] == UInt8(ascii: "_"),
              MagicWords.isBehaviorSwitch(src, (pos + 2)..<e) else {
            pos += 1
            return
        }
        flushText(to: pos)
        addChild(.behaviorSwitch, pos, e + 2, to: container)
        pos = e + 2
        textStart = pos
    }
}
