/// Templates `{{…}}` and arguments `{{{…}}}`, following MediaWiki's preprocessor: a run of
/// `{` is one open piece; a run of `}` closes the innermost piece with 3 (argument) or 2
/// (template) braces, and what is left of the run stays open around the result.
extension Parser {
    mutating func openBrace() {
        let limit = stack.top.limit
        var r = 0
        while pos + r < limit && src[pos + r] == UInt8(ascii: "{") { r += 1 }
        if r == 1 { pos += 1; return }
        // Every cell separator template starts `{{!`: other templates skip the call.
        if pos &+ 2 < limit && src[pos &+ 2] == UInt8(ascii: "!") && cellSeparatorTemplate() { return }
        let (node, prev) = openConstruct(.template, at: pos)
        kinds.templates.append(node)
        let name = addFirstChild(.templateName, pos + r, pos + r, to: node)
        push(.braces, node: node, part: name, prevLast: prev)
        stack.top.count = r
        stack.top.runStart = pos
        pos += r
        textStart = pos
    }

    mutating func closeBrace() {
        let limit = stack.top.limit
        let h = nearestHard
        // Only up to 3 braces can close a piece; measuring more would make `}}}}…` quadratic.
        let cap = stack[h].kind == .braces ? 3 : Int.max
        var r = 0
        while r < cap && pos + r < limit && src[pos + r] == UInt8(ascii: "}") { r += 1 }
        guard r >= 2, stack[h].kind == .braces else { pos += max(r, 1); return }
        unwind(above: h)
        closeBraces(run: r)
    }

    /// Closes the top `{` piece with a run of `r` closing braces.
    private mutating func closeBraces(run r: Int) {
        flushText(to: pos)
        let f = stack.removeLast()
        let count = min(r, f.count)
        let matching = count > 3 ? 3 : count
        let remaining = f.count - matching
        setEnd(f.part, pos)
        if f.param >= 0 { setEnd(f.param, pos) }
        nodes[f.node].start = UInt32(f.runStart + remaining)
        setEnd(f.node, pos + matching)
        if matching == 2 { classifyTemplate(f.node) }
        // A template whose name cannot be a title shows as text in MediaWiki: it dissolves
        // (O(parts), once per template, so nesting stays linear). The check reads the name's
        // texts as they were parsed, so the fix-ups that merge them come after it.
        let dissolves = matching == 2 && nodes[f.node].aux == TemplateFlavor.template.rawValue
            && !validTemplateName(f.node)
        if dissolves { dropFixups(from: f.fixups) } else { settleFixups(from: f.fixups) }
        if matching == 3 { makeArgument(f.node) }
        pos += matching
        textStart = pos
        let parent = stack.top.part
        var head = f.node, tail = f.node
        if dissolves {
            nodes[f.node].parent = -1
            (head, tail) = flatten(f.node)
            if remaining < 2 {
                (head, tail) = wrapIfFostered(parent: parent, head: head, tail: tail)
                if remaining == 0 { replaceLastChild(of: parent, prev: f.prevLast, head: head, tail: tail) }
            }
        }
        if remaining >= 2 {
            // The braces left over open a template around the one just closed.
            let outer = newNode(.template, f.runStart, f.runStart)
            kinds.templates.append(outer)
            let name = newNode(.templateName, f.runStart + remaining, f.runStart + remaining)
            replaceLastChild(of: parent, prev: f.prevLast, head: outer, tail: outer)
            append(name, to: outer)
            nodes[name].firstChild = head
            nodes[name].lastChild = tail
            nodes[tail].nextSibling = -1
            push(.braces, node: outer, part: name, prevLast: f.prevLast)
            stack.top.count = remaining
            stack.top.runStart = f.runStart
            noteFixup(in: name, after: -1, through: tail)
        } else if remaining == 1 {
            let brace = newNode(.text, f.runStart, f.runStart + 1)
            replaceLastChild(of: parent, prev: f.prevLast, head: brace, tail: tail)
            nodes[brace].nextSibling = head
        }
    }

    /// A template name is a title: not blank, no `<>[]{}` and no line break inside it (blanks
    /// and line breaks around it and comments are ignored; templates and entities in it are
    /// fine). Reads at most 1 KB of the name's text, so a check costs O(1); longer names pass.
    @inline(__always)
    private func validTemplateName(_ node: Int32) -> Bool {
        let name = nodes[node].firstChild
        guard name >= 0, nodes[name].kind == .templateName else { return false }
        var sawContent = false, pendingBreak = false
        var budget = 1024
        var child = nodes[name].firstChild
        while child >= 0 {
            let c = nodes[child]
            switch c.kind {
            case .text:
                var i = Int(c.start)
                let end = Int(c.end)
                if end - i > budget { return true }
                budget -= end - i
                // 16 bytes at a time (the last chunk padded with blanks) while no line break
                // is in them; a chunk that holds one goes byte by byte below.
                if let base = UnsafeRawPointer(src.baseAddress) {
                    while i < end && i + 16 <= n {
                        let (invalid, newline, content) = ByteClass.templateNameChunk(
                            base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self), first: end - i)
                        if invalid { return false }
                        if newline { break }
                        if content {
                            if pendingBreak { return false }
                            sawContent = true
                        }
                        i += 16
                    }
                }
                while i < end {
                    switch src[i] {
                    case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
                         UInt8(ascii: "{"), UInt8(ascii: "}"):
                        return false
                    case 0x0A:
                        if sawContent { pendingBreak = true }
                    case 0x20, 0x09, 0x0D:
                        break
                    default:
                        if pendingBreak { return false }
                        sawContent = true
                    }
                    i += 1
                }
            case .comment:
                break
            case .template, .argument, .entity, .formatting, .bareURL, .behaviorSwitch:
                if pendingBreak { return false }
                sawContent = true
            default:
                return false
            }
            child = c.nextSibling
        }
        return sawContent
    }

    /// `|` inside a template: a new parameter.
    mutating func newTemplatePart() {
        flushText(to: pos)
        setEnd(stack.top.part, pos)
        if stack.top.param >= 0 { setEnd(stack.top.param, pos) }
        let param = addChild(.parameter, pos + 1, pos + 1, to: stack.top.node)
        let value = addFirstChild(.parameterValue, pos + 1, pos + 1, to: param)
        stack.top.param = param
        stack.top.part = value
        stack.top.partIndex += 1
        stack.top.sawEquals = false
        pos += 1
        textStart = pos
    }

    /// The top frame is a template parameter with no `=` yet: its first `=` names it.
    @inline(__always)
    var inUnnamedParameter: Bool {
        stack.top.kind == .braces && stack.top.partIndex >= 1 && !stack.top.sawEquals
    }

    /// `=` directly inside a template parameter: the first one makes it a named parameter.
    /// Inlined into the scan loop: other `=` cost no call.
    @inline(__always)
    mutating func equals() {
        guard inUnnamedParameter else {
            pos += 1
            return
        }
        nameParameter()
    }

    /// The first `=` of a template parameter: what came before it is the parameter's name.
    mutating func nameParameter() {
        flushText(to: pos)
        let key = stack.top.part
        nodes[key].kind = .parameterName
        setEnd(key, pos)
        let value = addChild(.parameterValue, pos + 1, pos + 1, to: stack.top.param)
        stack.top.part = value
        stack.top.sawEquals = true
        pos += 1
        textStart = pos
    }

    /// Relabels a closed piece as an argument: `{{{name|default}}}`. A default keeps its `=`
    /// as text; only templates have named parameters.
    private mutating func makeArgument(_ node: Int32) {
        nodes[node].kind = .argument
        var child = nodes[node].firstChild
        while child >= 0 {
            let next = nodes[child].nextSibling
            if nodes[child].kind == .templateName {
                nodes[child].kind = .argumentName
            } else {
                let (head, tail) = flatten(child)
                nodes[child].kind = .argumentDefault
                nodes[child].firstChild = head
                nodes[child].lastChild = tail
                nodes[child].nextSibling = next
                if head >= 0 { fixChildren(of: child, after: -1, through: tail) }
            }
            child = next
        }
    }

    /// The first `byte` in `s..<e`, or `e`: 16 bytes at a time while they can be read.
    @inline(__always)
    private func firstByte(_ byte: UInt8, from s: Int, to e: Int) -> Int {
        var i = s
        if let base = UnsafeRawPointer(src.baseAddress) {
            while i < e && i + 16 <= n {
                let v = base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                if let k = ByteClass.firstSet(v .== SIMD16(repeating: byte)) { return min(i + k, e) }
                i += 16
            }
        }
        while i < e && src[i] != byte { i += 1 }
        return min(i, e)
    }

    /// Marks parser functions (`{{#if:…}}`, `{{lc:…}}`) and variables (`{{PAGENAME}}`).
    private mutating func classifyTemplate(_ node: Int32) {
        let name = nodes[node].firstChild
        guard name >= 0 else { return }
        var s = Int(nodes[name].start), e = Int(nodes[name].end)
        while s < e && ByteClass.isSpace(src[s]) { s += 1 }
        while e > s && ByteClass.isSpace(src[e - 1]) { e -= 1 }
        guard s < e else { return }
        if src[s] == UInt8(ascii: "#") {
            nodes[node].aux = TemplateFlavor.parserFunction.rawValue
            return
        }
        let colon = firstByte(UInt8(ascii: ":"), from: s, to: e)
        if colon < e {
            var pe = colon
            while pe > s && ByteClass.isSpace(src[pe - 1]) { pe -= 1 }
            if pe - s <= 24, MagicWords.isFunction(src, s..<pe) {
                nodes[node].aux = TemplateFlavor.parserFunction.rawValue
            }
        } else if e - s <= 32, MagicWords.isVariable(src, s..<e) {
            nodes[node].aux = TemplateFlavor.magicWord.rawValue
        }
    }
}
