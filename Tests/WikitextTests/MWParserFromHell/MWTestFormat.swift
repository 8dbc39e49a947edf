import Foundation

/// One token of mwparserfromhell's tokenizer: a constructor name and its keyword arguments,
/// all values kept as text (`"x"` → `x`, `True`/`False`, integers as digits).
struct MWToken: Equatable, CustomStringConvertible {
    var name: String
    var attributes: [(key: String, value: String)]

    init(_ name: String, _ attributes: [(String, String)] = []) {
        self.name = name
        self.attributes = attributes.map { (key: $0.0, value: $0.1) }
    }

    var isText: Bool { name == "Text" }
    var text: String { attributes.first { $0.key == "text" }?.value ?? "" }

    static func == (a: MWToken, b: MWToken) -> Bool { a.description == b.description }

    /// `Name(key="value", …)` with keys sorted, values escaped: the form compared.
    var description: String {
        let args = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\(MWToken.quote($0.value))" }
        return "\(name)(" + args.joined(separator: ", ") + ")"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if u.value < 0x20 { out += String(format: "\\x%02x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

/// One case of a `.mwtest` file.
struct MWTestCase: CustomStringConvertible {
    var file: String
    var name: String
    var label: String
    var input: String
    var output: [MWToken]
    /// `file/name`: unique across the suite.
    var id: String { "\(file)/\(name)" }
    var description: String { id }
}

/// Reads mwparserfromhell's `.mwtest` format, as its own test loader does: cases separated by
/// `---` lines, each with `name:`, `label:`, `input:` and `output:` fields (a field may go on
/// over following lines). `input` is the text between the outer quotes with Python's
/// `unicode_escape` decoding applied; `output` is a Python list of token constructors.
enum MWTestReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ text: String, file: String) throws -> [MWTestCase] {
        var cases: [MWTestCase] = []
        for block in text.components(separatedBy: "\n---\n") {
            var fields: [String: String] = [:]
            var current: String? = nil
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                var matched = false
                for key in ["name", "label", "input", "output"] where line.hasPrefix(key + ":") {
                    fields[key] = String(line.dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces)
                    current = key
                    matched = true
                }
                if !matched, let key = current, !line.isEmpty { fields[key]! += String(line) }
            }
            guard let name = fields["name"] else { continue }
            guard let rawInput = fields["input"], let rawOutput = fields["output"] else {
                throw Failure(description: "\(file)/\(name): missing input or output")
            }
            var input = Substring(rawInput)
            if input.count >= 2, input.first == "\"", input.last == "\"" { input = input.dropFirst().dropLast() }
            var parser = PythonLiteralParser(Array(rawOutput.unicodeScalars))
            let output: [MWToken]
            do { output = try parser.tokenList() } catch {
                throw Failure(description: "\(file)/\(name): \(error)")
            }
            cases.append(MWTestCase(file: file, name: name, label: fields["label"] ?? "",
                                    input: unescape(Array(input.unicodeScalars)), output: output))
        }
        return cases
    }

    /// Python's backslash escapes (`\n \t \\ \" \' \xNN \uNNNN \UNNNNNNNN`); unknown escapes
    /// such as `\d` stay as written, as in Python.
    static func unescape(_ s: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        func hex(_ count: Int) -> Unicode.Scalar? {
            guard i + count < s.count else { return nil }
            let digits = String(String.UnicodeScalarView(s[(i + 1)...(i + count)]))
            guard let v = UInt32(digits, radix: 16) else { return nil }
            return Unicode.Scalar(v)
        }
        while i < s.count {
            let c = s[i]
            guard c == "\\", i + 1 < s.count else { out.append(c); i += 1; continue }
            let e = s[i + 1]
            i += 1
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "\\": out.append("\\")
            case "\"": out.append("\"")
            case "'": out.append("'")
            case "x", "u", "U":
                let count = e == "x" ? 2 : e == "u" ? 4 : 8
                if let v = hex(count) { out.append(v); i += count } else { out.append("\\"); out.append(e) }
            default:
                out.append("\\"); out.append(e)
            }
            i += 1
        }
        return String(out)
    }
}

/// Parses `[Name(key="v", key=True), …]`.
struct PythonLiteralParser {
    let s: [Unicode.Scalar]
    var i = 0
    init(_ s: [Unicode.Scalar]) { self.s = s }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    mutating func skipSpace() { while i < s.count && (s[i] == " " || s[i] == "\n" || s[i] == "\t") { i += 1 } }

    mutating func expect(_ c: Unicode.Scalar) throws {
        skipSpace()
        guard i < s.count, s[i] == c else { throw Failure(description: "expected \(c) at \(i)") }
        i += 1
    }

    mutating func identifier() -> String {
        skipSpace()
        var out = String.UnicodeScalarView()
        while i < s.count && (s[i].properties.isAlphabetic || s[i] == "_" || ("0"..."9").contains(s[i])) {
            out.append(s[i]); i += 1
        }
        return String(out)
    }

    mutating func tokenList() throws -> [MWToken] {
        try expect("[")
        var tokens: [MWToken] = []
        while true {
            skipSpace()
            if i < s.count && s[i] == "]" { i += 1; break }
            let name = identifier()
            guard !name.isEmpty else { throw Failure(description: "expected a token at \(i)") }
            try expect("(")
            var attributes: [(String, String)] = []
            while true {
                skipSpace()
                if i < s.count && s[i] == ")" { i += 1; break }
                let key = identifier()
                try expect("=")
                attributes.append((key, try value()))
                skipSpace()
                if i < s.count && s[i] == "," { i += 1 }
            }
            tokens.append(MWToken(name, attributes))
            skipSpace()
            if i < s.count && s[i] == "," { i += 1 }
        }
        return tokens
    }

    mutating func value() throws -> String {
        skipSpace()
        guard i < s.count else { throw Failure(description: "expected a value") }
        let q = s[i]
        if q == "\"" || q == "'" {
            i += 1
            var raw: [Unicode.Scalar] = []
            while i < s.count && s[i] != q {
                if s[i] == "\\" && i + 1 < s.count { raw.append(s[i]); i += 1 }
                raw.append(s[i]); i += 1
            }
            try expect(q)
            return MWTestReader.unescape(raw)
        }
        let word = identifier()
        guard !word.isEmpty else { throw Failure(description: "bad value at \(i)") }
        return word
    }
}
