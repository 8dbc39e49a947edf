/// Citations (`{{cite web}}`, `{{cite news}}` …) sit inside `<ref>`s: they give a footnote its
/// text, `Title. Work. Date.`, so a note reads as more than an empty string.
enum CitationTemplates {
    static let citation: TemplateRenderer = { call, out in
        let title = call.named(titleKeys)
        let work = call.named(workKeys)
        let date = call.named(dateKeys)
        out.compute([title, work, date]) { parts in
            parts.filter { !$0.isEmpty }.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
        }
    }

    /// The aliases of the three parts, in order of preference (bytes made once).
    static let titleKeys = ParameterKeys(["title", "trans-title", "chapter", "script-title"])
    static let workKeys = ParameterKeys(["website", "work", "newspaper", "magazine", "journal", "publisher",
                                         "periodical", "agency", "encyclopedia", "via"])
    static let dateKeys = ParameterKeys(["date", "year"])

    static let entries: [([String], TemplateRenderer)] = [
        (["cite web", "cite news", "cite book", "cite journal", "cite magazine", "cite press release",
          "cite report", "cite encyclopedia", "cite av media", "cite conference", "cite thesis", "cite tweet",
          "cite episode", "cite interview", "cite map", "cite speech", "cite document", "cite podcast",
          "cite arxiv", "cite video", "cite newsgroup", "cite mailing list", "cite serial", "cite sign",
          "cite techreport", "cite court", "cite act", "cite dictionary", "cite periodical", "citation",
          "cite", "vcite web", "vcite news", "cite wikisource", "cite gnis", "cite nrhp", "cite legislation"],
         citation),
    ]
}
