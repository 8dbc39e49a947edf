/// Parser functions, variables and behaviour switches of MediaWiki (English names).
enum MagicWords {
    /// Names that take `:` and arguments: `{{lc:…}}`, `{{formatnum:…}}`. Compared lowercased.
    static let functions: Set<String> = [
        "lc", "uc", "lcfirst", "ucfirst", "formatnum", "formatdate", "dateformat", "padleft", "padright",
        "plural", "grammar", "gender", "int", "ns", "nse", "urlencode", "anchorencode", "fullurl",
        "fullurle", "localurl", "localurle", "canonicalurl", "canonicalurle", "filepath", "tag", "subst",
        "safesubst", "msg", "msgnw", "raw", "defaultsort", "defaultsortkey", "defaultcategorysort",
        "displaytitle", "language", "special", "speciale", "pagesincategory", "pagesize", "protectionlevel",
        "numberingroup", "bidi", "pagename", "pagenamee", "fullpagename", "fullpagenamee", "basepagename",
        "subpagename", "rootpagename", "talkpagename", "namespace", "namespacee", "pageid", "revisionid",
        "revisionuser", "revisiontimestamp", "revisionyear", "revisionmonth", "revisionday", "nsp",
        "numberofarticles", "numberofpages", "numberofusers", "currentyear", "localyear", "interwikilink",
        "invoke", "noexternallanglinks", "pageimage", "cascadingsources", "protectionexpiry",
    ]

    /// Names that stand alone: `{{PAGENAME}}`, `{{CURRENTYEAR}}`, `{{!}}`. Case-sensitive.
    static let variables: Set<String> = [
        "!", "=", "!!", "(!", "!)", "!-", "((", "))", "CURRENTYEAR", "CURRENTMONTH", "CURRENTMONTH1",
        "CURRENTMONTHNAME", "CURRENTMONTHNAMEGEN", "CURRENTMONTHABBREV", "CURRENTDAY", "CURRENTDAY2",
        "CURRENTDOW", "CURRENTDAYNAME", "CURRENTTIME", "CURRENTHOUR", "CURRENTWEEK", "CURRENTTIMESTAMP",
        "LOCALYEAR", "LOCALMONTH", "LOCALMONTHNAME", "LOCALDAY", "LOCALDAY2", "LOCALDAYNAME", "LOCALTIME",
        "LOCALHOUR", "LOCALWEEK", "LOCALTIMESTAMP", "SITENAME", "SERVER", "SERVERNAME", "SCRIPTPATH",
        "STYLEPATH", "CURRENTVERSION", "CONTENTLANGUAGE", "CONTENTLANG", "PAGEID", "PAGENAME", "PAGENAMEE",
        "FULLPAGENAME", "FULLPAGENAMEE", "BASEPAGENAME", "BASEPAGENAMEE", "ROOTPAGENAME", "SUBPAGENAME",
        "SUBJECTPAGENAME", "ARTICLEPAGENAME", "TALKPAGENAME", "NAMESPACE", "NAMESPACEE", "NAMESPACENUMBER",
        "TALKSPACE", "SUBJECTSPACE", "ARTICLESPACE", "REVISIONID", "REVISIONDAY", "REVISIONDAY2",
        "REVISIONMONTH", "REVISIONMONTH1", "REVISIONYEAR", "REVISIONTIMESTAMP", "REVISIONUSER",
        "REVISIONSIZE", "NUMBEROFPAGES", "NUMBEROFARTICLES", "NUMBEROFFILES", "NUMBEROFEDITS",
        "NUMBEROFUSERS", "NUMBEROFADMINS", "NUMBEROFACTIVEUSERS", "DIRMARK", "DIRECTIONMARK", "ARTICLEPATH",
        "NOEXTERNALLANGLINKS",
    ]

    /// `__TOC__` and friends (the part between the underscores).
    static let behaviorSwitches: Set<String> = [
        "NOTOC", "FORCETOC", "TOC", "NOEDITSECTION", "NEWSECTIONLINK", "NONEWSECTIONLINK", "NOGALLERY",
        "HIDDENCAT", "EXPECTUNUSEDCATEGORY", "NOCONTENTCONVERT", "NOCC", "NOTITLECONVERT", "NOTC", "INDEX",
        "NOINDEX", "STATICREDIRECT", "DISAMBIG", "NOGLOBAL", "EXPECTED_UNCONNECTED_PAGE", "ARCHIVEDTALK",
        "NOTALK", "EXPECTUNUSEDTEMPLATE",
    ]

    static let functionTable = NameTable(functions)
    static let variableTable = NameTable(variables)
    static let behaviorSwitchTable = NameTable(behaviorSwitches)

    /// Whether the bytes in `range` name a parser function, any case.
    static func isFunction(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // Names with non-ASCII bytes are compared as Strings, as they always were: Unicode
        // equivalence makes some of them equal to a name (U+212A KELVIN SIGN is `K`).
        guard isASCII(src, range) else { return functions.contains(lowercasedKey(src, range)) }
        return functionTable.contains(src, range, foldCase: true)
    }

    /// Whether the bytes in `range` name a variable (case matters).
    static func isVariable(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // No variable holds a lowercase ASCII letter, and canonical equivalence keeps ASCII
        // letters, so most template names (`Cite web`) are rejected by their second byte.
        if range.count >= 2 && src[range.lowerBound + 1] &- UInt8(ascii: "a") < 26 { return false }
        guard isASCII(src, range) else { return variables.contains(exactKey(src, range)) }
        return variableTable.contains(src, range)
    }

    /// Whether the letters in `range` name a behaviour switch.
    static func isBehaviorSwitch(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        behaviorSwitchTable.contains(src, range)
    }

    private static func isASCII(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range where src[i] >= 0x80 { return false }
        return true
    }
}
