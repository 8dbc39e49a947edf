import WikiModel

/// Runs the consistency rules over an article and returns what does not add up.
public enum Checker {
    /// Every rule, in the order their findings are reported when severity and line tie.
    public static let rules: [any Rule] = [
        TableTotalsRule(),
        PercentSumRule(),
        PercentOfVotesRule(),
        MarginRule(),
        TurnoutRule(),
        FirstPreferencesRule(),
        SeatsRule(),
        InfoboxResultsRule(),
        RaggedRowsRule(),
        UnparsedNumbersRule(),
        DuplicateParametersRule(),
    ]

    /// The findings of `rules` on `article`: errors first, then warnings, then infos, each
    /// group in line order. Every finding's `location.file` is the article's source path.
    public static func check(_ article: Article, rules: [any Rule] = Checker.rules) -> [Finding] {
        var findings: [(finding: Finding, order: Int)] = []
        let context = CheckContext(article)
        for rule in rules {
            for var finding in rule.check(context) {
                if finding.location.file == nil { finding.location.file = article.source.path }
                // One finding, one line: texts quoted from cells may hold line breaks.
                finding.message = Self.unwrapped(finding.message)
                finding.expected = finding.expected.map(Self.unwrapped)
                finding.actual = finding.actual.map(Self.unwrapped)
                findings.append((finding, findings.count))
            }
        }
        findings = pointContestsAtTables(findings, article)
        findings.sort { a, b in
            if a.finding.severity != b.finding.severity { return a.finding.severity < b.finding.severity }
            let la = a.finding.location.line ?? Int.max, lb = b.finding.location.line ?? Int.max
            if la != lb { return la < lb }
            return a.order < b.order
        }
        return findings.map(\.finding)
    }

    /// The rule with `id`, or nil.
    public static func rule(_ id: String) -> (any Rule)? {
        rules.first { $0.id == id }
    }

    private static func unwrapped(_ text: String) -> String {
        // Most texts have no line break: a byte scan says so without breaking them into characters.
        guard !ByteText.hasNoNewline(text) else { return text }
        return text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text
    }

    /// A results table is checked twice, as a table (with cell positions) and as the contest
    /// read from it. Contest findings get the table's index; a contest finding that repeats a
    /// table finding (same rule, table, expected and actual) is dropped.
    private static func pointContestsAtTables(_ findings: [(finding: Finding, order: Int)], _ article: Article)
        -> [(finding: Finding, order: Int)] {
        guard article.contests.contains(where: { $0.kind == .resultsTable }) else { return findings }
        var out = findings
        for i in out.indices {
            guard let position = out[i].finding.location.contest, out[i].finding.location.table == nil,
                  position >= 1, position <= article.contests.count else { continue }
            let contest = article.contests[position - 1]
            guard contest.kind == .resultsTable else { continue }
            // The innermost table whose rows span the contest's line (a wide table makes one
            // contest per row, starting at that row).
            out[i].finding.location.table = article.tables.last {
                $0.line <= contest.line && contest.line <= ($0.rowInfo.last?.line ?? $0.line)
            }?.index
        }
        // The table findings, gathered once: comparing every contest finding with every other
        // finding was quadratic (a results table of 20,000 rows took seconds).
        struct Key: Hashable { let table: Int, rule: String, expected: String?, actual: String? }
        var tableFindings = Set<Key>()
        for item in out where item.finding.location.contest == nil {
            guard let table = item.finding.location.table else { continue }
            let f = item.finding
            tableFindings.insert(Key(table: table, rule: f.rule, expected: f.expected, actual: f.actual))
        }
        return out.filter { item in
            let f = item.finding
            guard f.location.contest != nil, let table = f.location.table else { return true }
            return !tableFindings.contains(Key(table: table, rule: f.rule, expected: f.expected, actual: f.actual))
        }
    }
}
