/// Templates `{{…}}` and arguments `{{{…}}}`, following MediaWiki's preprocessor: a run of
/// `{` is one open piece; a run of `}` closes the innermost piece with 3 (argument) or 2
/// (template) braces, and what is left of the run stays open around the result.
extension Parser {
    mutating func openBrace() {
        let limit = stack[stack.count - 1].limit
        var r = 0
        while pos + r < limit && src[pos + r] == UInt8(ascii: "{") { r += 1 }
        if r == 1 { pos += 1; return }
        if cellSeparatorTemplate() { return }
        let (node, prev) = openConstruct(.template, at: pos)
        let name = newNode(.templateName, pos + r, pos + r)
        append(name, to: node)
        push(.braces, node: node, part: name, prevLast: prev)
        stack[stack.count - 1].count = r
        stack[stack.count - 1].runStart = pos
        pos += r
        textStart = pos
    }

    mutating func closeBrace() {
        let limit = stack[stack.count - 1].limit
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
        nodes[Int(f.node)].start = UInt32(f.runStart + remaining)
        setEnd(f.node, pos + matching)
        if matching == 3 { makeArgument(f.node) } else { classifyTemplate(f.node) }
        pos += matching
        textStart = pos
        let parent = stack[stack.count - 1].part
        // A template whose name cannot be a title shows as text in MediaWiki: it dissolves
        // (O(parts), once per template, so nesting stays linear).
        var head = f.node, tail = f.node
        if matching == 2 && nodes[Int(f.node)].aux == TemplateFlavor.template.rawValue && !validTemplateName(f.node) {
            (head, tail) = flatten(f.node)
            if remaining < 2 {
                (head, tail) = wrapIfFostered(parent: parent, head: head, tail: tail)
                if remaining == 0 { replaceLastChild(of: parent, prev: f.prevLast, head: head, tail: tail) }
            }
        }
        if remaining >= 2 {
            // The braces left over open a template around the one just closed.
            let outer = newNode(.template, f.runStart, f.runStart)
            let name = newNode(.templateName, f.runStart + remaining, f.runStart + remaining)
            replaceLastChild(of: parent, prev: f.prevLast, head: outer, tail: outer)
            append(name, to: outer)
            nodes[Int(name)].firstChild = head
            nodes[Int(name)].lastChild = tail
            nodes[Int(tail)].nextSibling = -1
            push(.braces, node: outer, part: name, prevLast: f.prevLast)
            stack[stack.count - 1].count = remaining
            stack[stack.count - 1].runStart = f.runStart
        } else if remaining == 1 {
            let brace = newNode(.text, f.runStart, f.runStart + 1)
            replaceLastChild(of: parent, prev: f.prevLast, head: brace, tail: tail)
            nodes[Int(brace)].nextSibling = head
        }
    }

    /// A template name is a title: not blank, no `<>[]{}` and no line break inside it (blanks
    /// and line breaks around it and comments are ignored; templates and entities in it are
    /// fine). Reads at most 1 KB of the name's text, so a check costs O(1); longer names pass.
    private func validTemplateName(_ node: Int32) -> Bool {
        let name = nodes[Int(node)].firstChild
        guard name >= 0, nodes[Int(name)].kind == .templateName else { return false }
        var sawContent = false, pendingBreak = false
        var budget = 1024
        var child = nodes[Int(name)].firstChild
        while child >= 0 {
            let c = nodes[Int(child)]
            switch c.kind {
            case .text:
                var i = Int(c.start)
                let end = Int(c.end)
                if end - i > budget { return true }
                budget -= end - i
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
        let top = stack.count - 1
        setEnd(stack[top].part, pos)
        if stack[top].param >= 0 { setEnd(stack[top].param, pos) }
        let param = newNode(.parameter, pos + 1, pos + 1)
        append(param, to: stack[top].node)
        let value = newNode(.parameterValue, pos + 1, pos + 1)
        append(value, to: param)
        stack[top].param = param
        stack[top].part = value
        stack[top].partIndex += 1
        stack[top].sawEquals = false
        pos += 1
        textStart = pos
    }

    /// `=` directly inside a template parameter: the first one makes it a named parameter.
    mutating func equals() {
        let top = stack.count - 1
        guard stack[top].kind == .braces, stack[top].partIndex >= 1, !stack[top].sawEquals else {
            pos += 1
            return
        }
        flushText(to: pos)
        let key = stack[top].part
        nodes[Int(key)].kind = .parameterName
        setEnd(key, pos)
        let value = newNode(.parameterValue, pos + 1, pos + 1)
        append(value, to: stack[top].param)
        stack[top].part = value
        stack[top].sawEquals = true
        pos += 1
        textStart = pos
    }

    /// Relabels a closed piece as an argument: `{{{name|default}}}`. A default keeps its `=`
    /// as text; only templates have named parameters.
    private mutating func makeArgument(_ node: Int32) {
        nodes[Int(node)].kind = .argument
        var child = nodes[Int(node)].firstChild
        while child >= 0 {
            let next = nodes[Int(child)].nextSibling
            if nodes[Int(child)].kind == .templateName {
                nodes[Int(child)].kind = .argumentName
            } else {
                let (head, tail) = flatten(child)
                nodes[Int(child)].kind = .argumentDefault
                nodes[Int(child)].firstChild = head
                nodes[Int(child)].lastChild = tail
                nodes[Int(child)].nextSibling = next
            }
            child = next
        }
    }

    /// Marks parser functions (`{{#if:…}}`, `{{lc:…}}`) and variables (`{{PAGENAME}}`).
    private mutating func classifyTemplate(_ node: Int32) {
        let name = nodes[Int(node)].firstChild
        guard name >= 0 else { return }
        var s = Int(nodes[Int(name)].start), e = Int(nodes[Int(name)].end)
        while s < e && ByteClass.isSpace(src[s]) { s += 1 }
        while e > s && ByteClass.isSpace(src[e - 1]) { e -= 1 }
        guard s < e else { return }
        if src[s] == UInt8(ascii: "#") {
            nodes[Int(node)].aux = TemplateFlavor.parserFunction.rawValue
            return
        }
        var colon = s
        while colon < e && src[colon] != UInt8(ascii: ":") { colon += 1 }
        if colon < e {
            var pe = colon
            while pe > s && ByteClass.isSpace(src[pe - 1]) { pe -= 1 }
            if pe - s <= 24, MagicWords.isFunction(src, s..<pe) {
                nodes[Int(node)].aux = TemplateFlavor.parserFunction.rawValue
            }
        } else if e - s <= 32, MagicWords.isVariable(src, s..<e) {
            nodes[Int(node)].aux = TemplateFlavor.magicWord.rawValue
        }
    }
}
