/// Citations (`{{cite web}}`, `{{cite news}}` …) sit inside `<ref>`s: they give a footnote its
/// text, `Title. Work. Date.`, so a note reads as more than an empty string.
enum CitationTemplates {
    static let citation: TemplateRenderer = { call, out in
        let title = call.named(["title", "trans-title", "chapter", "script-title"])
        let work = call.named(["website", "work", "newspaper", "magazine", "journal", "publisher", "periodical",
                               "agency", "encyclopedia", "via"])
        let date = call.named(["date", "year"])
        out.compute([title, work, date]) { parts in
            parts.filter { !$0.isEmpty }.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
        }
    }

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
