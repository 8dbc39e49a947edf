/// What a node of the wikitext tree is.
///
/// Constructs (`template`, `wikilink`, `table`, …) own *parts* (`templateName`, `parameter`,
/// `tableCell`, …). The delimiters (`{{`, `|`, `]]`, `|-` …) belong to no child: they are the
/// bytes of a node between its children, so printing a node's bytes and its children in order
/// gives back the source exactly.
public enum NodeKind: UInt8, Sendable, CaseIterable {
    /// The whole page.
    case document
    /// Plain text: a run of bytes with no markup the parser recognises.
    case text

    /// `{{name|param|key=value}}`: a template, a parser function (`{{#if:…}}`) or a magic
    /// word (`{{PAGENAME}}`); `TemplateFlavor` says which.
    case template
    /// The part of a template before its first `|`.
    case templateName
    /// One `|`-separated part of a template after the name.
    case parameter
    /// The key of a named parameter (before its first `=`).
    case parameterName
    /// The value of a parameter.
    case parameterValue

    /// `{{{name|default}}}`: a template argument.
    case argument
    /// The name of an argument.
    case argumentName
    /// The default value of an argument (after the first `|`).
    case argumentDefault

    /// `[[target|label]]trail`, including File/Image/Category links.
    case wikilink
    /// The target of a wikilink.
    case linkTarget
    /// One `|`-separated part after the target: the label, or an image option or caption.
    case linkLabel
    /// Letters glued to a wikilink's `]]` that MediaWiki shows as part of the link.
    case linkTrail
    /// `[http://example.org label]`.
    case externalLink
    /// The URL of an external link.
    case linkURL
    /// A URL in running text, such as `https://example.org`.
    case bareURL

    /// `<!-- … -->`, possibly unterminated (then it runs to the end of its context).
    case comment
    /// An HTML or extension tag with its attributes and body: `<ref name="x">…</ref>`,
    /// `<br />`, `<span>`. A closing tag with no opener is a `tag` flagged `closingOnly`.
    case tag
    /// One attribute of a tag.
    case tagAttribute
    /// The name of an attribute.
    case attributeName
    /// The value of an attribute, without its quotes.
    case attributeValue
    /// What stands between a tag's opening and closing tag.
    case tagBody

    /// `== Title ==`.
    case heading
    /// The text of a heading between its `=` runs.
    case headingTitle
    /// `''`, `'''` or `'''''`: a switch of italic and/or bold.
    case formatting
    /// The `*`, `#`, `:` and `;` prefix of a list item (one node for the whole prefix).
    case listMarker
    /// `----` at the start of a line.
    case horizontalRule
    /// `&amp;`, `&#160;`, `&#x2013;`.
    case entity
    /// `__TOC__` and the other behaviour switches.
    case behaviorSwitch
    /// `#REDIRECT` at the start of a page.
    case redirect

    /// `{| … |}`.
    case table
    /// Attributes of a table (after `{|`) or of a row (after `|-`), as wikitext.
    case tableAttributes
    /// `|+ caption`.
    case tableCaption
    /// `|-` and the cells that follow it (implicit for cells before the first `|-`).
    case tableRow
    /// A `|` data cell or `!` header cell.
    case tableCell
    /// The attributes of a cell or caption (before its single `|`), as wikitext.
    case cellAttributes
    /// The content of a cell or caption.
    case cellContent
    /// What a construct that failed directly inside a table or row (outside any cell) left
    /// behind; MediaWiki moves such content before the table.
    case tableFostered
}

/// What kind of `{{…}}` a template node is.
public enum TemplateFlavor: UInt16, Sendable {
    /// An ordinary template transclusion.
    case template = 0
    /// A parser function: `{{#if:…}}`, `{{formatnum:…}}`, `{{lc:…}}`.
    case parserFunction = 1
    /// A variable magic word: `{{PAGENAME}}`, `{{CURRENTYEAR}}`, `{{!}}`.
    case magicWord = 2
}
