import WikiModel

/// Contests and findings (see `ArticleJSON` for the key order).
extension ArticleJSON {
    static func writeContest(_ contest: Contest, to json: inout JSONWriter) {
        json.beginObject()
        json.key("kind"); json.string(contest.kind.rawValue)
        json.key("title"); json.string(contest.title)
        json.key("section"); json.string(contest.section)
        json.key("line"); json.int(contest.line)
        json.key("seatTypes"); writeArray(contest.seatTypes, to: &json) { $1.string($0) }
        json.key("rows"); writeArray(contest.rows, to: &json, writeContestRow)
        json.key("totals"); writeTotals(contest.totals, to: &json)
        json.key("outcome")
        if let outcome = contest.outcome {
            json.beginObject()
            json.key("result"); json.string(outcome.result.rawValue)
            json.key("party"); json.string(outcome.party)
            json.key("from"); json.string(outcome.from)
            json.key("to"); json.string(outcome.to)
            json.key("swing"); json.double(outcome.swing)
            json.endObject()
        } else {
            json.null()
        }
        json.endObject()
    }

    static func writeContestRow(_ row: ContestRow, to json: inout JSONWriter) {
        json.beginObject()
        json.key("party"); json.string(row.party)
        json.key("candidate"); json.string(row.candidate)
        json.key("votes"); json.int(row.votes)
        json.key("percent"); json.double(row.percent)
        json.key("percentComputed"); json.bool(row.percentComputed)
        json.key("seats"); writePairs(row.seats, to: &json) { $1.int($0) }
        json.key("seatChange"); json.int(row.seatChange)
        json.key("swing"); json.double(row.swing)
        json.key("elected"); json.bool(row.elected)
        json.key("counts")
        if let counts = row.counts { writeArray(counts, to: &json) { $1.double($0) } } else { json.null() }
        json.key("notes"); writeArray(row.notes, to: &json, writeNote)
        json.key("line"); json.int(row.line)
        json.endObject()
    }

    static func writeTotals(_ totals: ContestTotals, to json: inout JSONWriter) {
        json.beginObject()
        json.key("valid"); json.int(totals.valid)
        json.key("invalid"); json.int(totals.invalid)
        json.key("blank"); json.int(totals.blank)
        json.key("electorate"); json.int(totals.electorate)
        json.key("turnout"); json.int(totals.turnout)
        json.key("turnoutPercent"); json.double(totals.turnoutPercent)
        json.key("majority"); json.int(totals.majority)
        json.key("majorityPercent"); json.double(totals.majorityPercent)
        json.key("quota"); json.int(totals.quota)
        json.endObject()
    }

    static func writeFinding(_ finding: Finding, to json: inout JSONWriter) {
        json.beginObject()
        writeFindingMembers(finding, to: &json)
        json.endObject()
    }

    /// One finding as a compact JSON object for `validate --format json`: the article title,
    /// then the same keys as in the article JSON's `findings`.
    public static func encode(_ finding: Finding, title: String) -> String {
        var json = JSONWriter(style: .compact, capacity: 512)
        json.beginObject()
        json.key("title"); json.string(title)
        writeFindingMembers(finding, to: &json)
        json.endObject()
        return json.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    private static func writeFindingMembers(_ finding: Finding, to json: inout JSONWriter) {
        json.key("rule"); json.string(finding.rule)
        json.key("severity"); json.string(finding.severity.rawValue)
        json.key("message"); json.string(finding.message)
        json.key("expected"); json.string(finding.expected)
        json.key("actual"); json.string(finding.actual)
        json.key("location")
        let location = finding.location
        json.beginObject()
        json.key("file"); json.string(location.file)
        json.key("line"); json.int(location.line)
        json.key("table"); json.int(location.table)
        json.key("infobox"); json.int(location.infobox)
        json.key("contest"); json.int(location.contest)
        json.key("row"); json.int(location.row)
        json.key("column"); json.int(location.column)
        json.key("field"); json.string(location.field)
        json.endObject()
    }
}
