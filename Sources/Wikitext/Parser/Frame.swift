/// What an open frame on the parser's stack is.
enum FrameKind: UInt8 {
    case document
    /// A run of `{` waiting for its `}}`/`}}}` (template or argument).
    case braces
    /// `[[` waiting for `]]`.
    case wikilink
    /// An extension tag body (`<ref>…</ref>`) parsed as wikitext up to its known closing tag.
    case extensionBody
    /// `[url label` waiting for `]` on the same line.
    case externalLink
    /// `<span …>` waiting for `</span>`.
    case htmlTag
    /// `== title` waiting for the end of its line.
    case heading
    case table, tableRow, tableCell, tableCaption

    /// Hard frames are MediaWiki preprocessor constructs: a closer of another kind cannot
    /// reach past them. Soft frames give way (and degrade) when something below them closes.
    @inline(__always) var isHard: Bool {
        switch self {
        case .document, .braces, .wikilink, .extensionBody: return true
        default: return false
        }
    }

    /// Frames of table structure.
    @inline(__always) var isTable: Bool {
        switch self {
        case .table, .tableRow, .tableCell, .tableCaption: return true
        default: return false
        }
    }

    /// Frames that a table line (`|`, `|-`, `|}` …) closes on its way to the table.
    @inline(__always) var isInline: Bool { self == .htmlTag || self == .externalLink || self == .heading }
}

/// One open construct on the parser's stack.
///
/// Fields are ordered so that the small ones share words and the frame is 128 bytes: a
/// power-of-two stride makes `stack[i]` one shift instead of a multiply.
struct Frame {
    var kind: FrameKind
    /// The current template part was already split at its `=`.
    var sawEquals = false
    /// Table cells: the attribute `|` was seen or can no longer come.
    var attrSplit = false
    /// Table cells: a `!` cell (and so its line's other cells).
    var header = false
    /// The construct's node.
    var node: Int32
    /// The node that receives children now (a template part, a cell's content …).
    var part: Int32
    /// The last child of the parent container before `node` was appended (to replace `node`).
    var prevLast: Int32
    /// The byte offset this frame cannot pass (an extension tag body's closing tag).
    var limit: Int
    /// The current `parameter` node of a template (its `part` is the key or the value).
    var param: Int32 = -1
    /// HTML tags: the last child before the body (the last attribute), to detach the body.
    var bodyPrev: Int32 = -1
    /// Open brackets left in the run (`{{{{` is 4) and where the run starts.
    var count: Int = 0
    var runStart: Int = 0
    /// Number of `|` separators seen (templates, links).
    var partIndex: Int = 0
    /// Table cells: the end of the line that opened the cell; `||`, `!!` and the attribute
    /// `|` count only before it.
    var tokenLineEnd: Int = 0
    /// Tags: the tag's name id; headings: the length of the opening `=` run.
    var tag: Int = 0
    /// Extension bodies: the end of the closing tag.
    var closeEnd: Int = 0
    /// The number of fix-ups noted before this frame opened; those after it are its own.
    var fixups: Int

    // Stack indices kept per frame so that no lookup walks the stack (deep nesting stays linear).
    /// The nearest hard frame at or below this one.
    var hard = 0
    /// The nearest frame at or below this one that is not inline.
    var structural = 0
    /// The deepest heading or external link between this frame and `structural` (-1: none).
    var lineBound = -1
    /// The nearest external link between this frame and `structural` (-1: none).
    var externalLink = -1
    /// Unused: pads the frame to 128 bytes (see above).
    private var padding = 0

    init(kind: FrameKind, node: Int32, part: Int32, prevLast: Int32, limit: Int, fixups: Int) {
        self.kind = kind
        self.node = node
        self.part = part
        self.prevLast = prevLast
        self.limit = limit
        self.fixups = fixups
    }
}
