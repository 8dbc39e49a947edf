import Testing
import TestSupport
import WikiCheck
import WikiModel

/// `ragged-row` on the RNLI station lists and the Burnley council tables.
@Suite struct RaggedRowsRuleTests {
    let rule = RaggedRowsRule()

    /// List of RNLI stations, table 1: every station has six cells (station, location, boats,
    /// launch, boat names, photo) except Cowes (line 316), written with five: no photo cell.
    @Test func rnliCowesIsShort() throws {
        let findings = CheckFixtures.findings(rule, try CheckFixtures.article("List_of_RNLI_stations")).filter { $0.location.table == 1 }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.location.line == 316)
        #expect(finding.expected == "6")
        #expect(finding.actual == "5")
    }

    /// Burnley table 1 (line 128): two header rows of 6 slots, body rows of four written cells
    /// of which two are `{{Party name with colour}}` (a colour cell and a name cell on the page
    /// and in the grid): 6 each, no finding. Drop Labour's "13" and that row has 5.
    @Test func burnleyPartyNameTemplatesCountTwice() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.burnley)).isEmpty)
        let edited = try CheckFixtures.article(CheckFixtures.burnley, editing: [
            ("| {{Party name with colour|Labour Party (UK)}}\n| 13\n|-", "| {{Party name with colour|Labour Party (UK)}}\n|-"),
        ])
        let findings = CheckFixtures.findings(rule, edited)
        #expect(findings.map(\.location.row) == [2])
        #expect(findings.map(\.actual) == ["5"])
        #expect(findings.map(\.expected) == ["6"])
    }

    /// Comparison of AMD chipsets writes `rowspan="3" {{No}}`: the table cell template supplies
    /// the `|`, so the span takes effect (the extractor reads the cell as MediaWiki does) and
    /// the 900-series rows below it line up. What is left is the divider row above them
    /// (line 140, `! colspan="11" |` in a table of 12 columns), one slot short on the page too.
    @Test func cellTemplateSpansCount() throws {
        let findings = CheckFixtures.findings(rule, try CheckFixtures.article("Comparison_of_AMD_chipsets"))
        #expect(findings.map(\.location.table) == [3])
        #expect(findings.map(\.location.line) == [140])
        #expect(findings.map(\.expected) == ["12"])
        #expect(findings.map(\.actual) == ["11"])
    }

    /// Saxby Chambliss ends in navboxes and message boxes written as HTML tables: layout, whose
    /// rows differ by design (a title row, spacer rows, group rows); none is judged. Help:Table's
    /// sidebar has an empty `<tr></tr>`, which draws nothing.
    @Test func layoutTablesAndEmptyRowsAreNotJudged() throws {
        let saxby = try CheckFixtures.article("Saxby_Chambliss.expanded")
        #expect(saxby.tables.contains { RaggedRowsRule.isLayout($0) })
        #expect(CheckFixtures.findings(rule, saxby).isEmpty)
        let help = try CheckFixtures.article("Help_Table.expanded")
        #expect(CheckFixtures.findings(rule, help).allSatisfy { $0.location.table != 1 })
        // The same navbox-like rows in a data table are reported.
        let table = """
            {| class="wikitable"
            ! colspan=3 | Title
            |-
            | a || b || c
            |-
            | d
            |-
            | e || f || g
            |}
            """
        #expect(CheckFixtures.findings(rule, CheckFixtures.article(wikitext: table)).map(\.actual) == ["1"])
    }

    /// A span before a cell template the extractor does not know (`rowspan=2 {{maybe}}`) is
    /// still the cell's content: the layout is unknown and the table is not judged.
    @Test func spansBeforeUnknownTemplatesSkipTheTable() throws {
        let table = """
            {| class="wikitable"
            ! A !! B !! C
            |-
            | 1 || rowspan=2 {{maybe}} || 3
            |-
            | 4 || 6
            |}
            """
        #expect(CheckFixtures.findings(rule, CheckFixtures.article(wikitext: table)).isEmpty)
    }

    /// The fault the Khyber Pakhtunkhwa reference rendering (`../shared/corpus/reference/`)
    /// shows, with three of its rows: a district spans its constituencies, and the row that
    /// opens the district has no Turnout cell, so it ends one slot short of the rows below it
    /// (the rendering prints "8,381 |" with nothing after it, where PK-4 has "17,508 | 38.28").
    @Test func constituencyTableFromTheReference() throws {
        let table = """
            {| class="wikitable"
            ! District !! No. !! Name !! Winner !! Votes !! Runner up !! Votes !! Margin !! Turnout
            |-
            | rowspan="2" | Swat || PK-3 || Swat-I || Sharafat Ali || 25,170 || Jahangir || 11,774 || 13,396
            |-
            | PK-4 || Swat-II || Ali Shah || 30,022 || Sardar Khan || 12,514 || 17,508 || 38.28
            |-
            | Upper Dir || PK-11 || Upper Dir-I || Gul Ibrahim Khan || 20,130 || Muhammad Ali || 14,533 || 5,597 || 34.45
            |}
            """
        let findings = CheckFixtures.findings(rule, CheckFixtures.article(wikitext: table))
        #expect(findings.map(\.location.row) == [1])
        #expect(findings.map(\.expected) == ["9"])
        #expect(findings.map(\.actual) == ["8"])
    }

    /// Academy Award for Best Production Design (in the gensim dump sample of ../shared/dumps)
    /// opens each year with a lead row, `| rowspan=5 … | 1927/28` alone, its nominees on the
    /// rows below: 63 rows one cell wide in tables of three or four columns. Each draws an
    /// empty strip beside the year and puts nothing out of line: no finding (there were 63).
    /// Without its span the year's row is short with nothing reaching down, and the nominee
    /// rows lose their first column: reported.
    @Test func groupLeadRowsAreNotReported() throws {
        let wikitext = try Fixtures.dumpPage("Academy Award for Best Production Design", in: Fixtures.gensimDump)
        let article = CheckFixtures.article(wikitext: wikitext)
        let leadRows = article.tables.reduce(0) { count, table in
            count + (table.headerRows..<table.rawRows.count).filter { row in
                let written = table.rawRows[row]
                return written.count == 1 && written[0].rowspan >= 2 && written[0].origin.col == 0 && table.columns.count >= 3
            }.count
        }
        #expect(leadRows == 63)
        #expect(CheckFixtures.findings(rule, article).isEmpty)
        let unspanned = wikitext.replacingOccurrences(of: "| rowspan=5 style=\"text-align:center\" | [[1928 in film|1927/28]]",
                                                      with: "| style=\"text-align:center\" | [[1928 in film|1927/28]]")
        #expect(unspanned != wikitext)
        let findings = CheckFixtures.findings(rule, CheckFixtures.article(wikitext: unspanned)).filter { $0.location.table == 2 }
        #expect(findings.map(\.location.row) == [1, 2, 3, 4, 5])
        #expect(findings.map(\.actual) == ["1", "2", "2", "2", "2"])
    }

    /// A lead row whose empty slot comes before a span from above leaves the cell after the
    /// hole out of line: still reported.
    @Test func aHoleBeforeACellIsReportedInALeadRow() throws {
        let table = """
            {| class="wikitable"
            ! A !! B !! C
            |-
            | a || b || rowspan=3 | c
            |-
            | rowspan=2 | x
            |-
            | y
            |}
            """
        let findings = CheckFixtures.findings(rule, CheckFixtures.article(wikitext: table))
        #expect(findings.map(\.location.row) == [2])
        #expect(findings.map(\.actual) == ["2"])
    }

    /// Economy of Angola (gensim dump sample), oil production: a year cell, then
    /// `{{convert|172|oilbbl|0|disp=table}}`, which writes two cells on the page (barrels and
    /// cubic metres) under the three header cells. The grid has both (the value without its
    /// unit, which the header gives, then the converted value, not computed): every row is
    /// three wide, no finding (there were two, on the header rows). The same row without
    /// `disp=table` is one short.
    @Test func convertAsTableCountsTwice() throws {
        let page = try Fixtures.dumpPage("Economy of Angola", in: Fixtures.gensimDump)
        let article = CheckFixtures.article(wikitext: page)
        #expect(CheckFixtures.findings(rule, article).filter { $0.location.table == 1 }.isEmpty)
        let table = try #require(article.tables.first)
        let row = try #require(table.rows.first { $0.first?.text == "1974" })
        #expect(row.map(\.text) == ["1974", "172", ""])
        #expect(row[1].value.kind == .integer && row[1].value.number == 172)
        #expect(row[2].raw == "{{convert|172|oilbbl|0|disp=table}}")
        let edited = page.replacingOccurrences(of: "{{convert|490|oilbbl|0|disp=table}}", with: "{{convert|490|oilbbl|0}}")
        #expect(edited != page)
        let findings = CheckFixtures.findings(rule, CheckFixtures.article(wikitext: edited)).filter { $0.location.table == 1 }
        #expect(findings.map(\.location.row) == [3])
        #expect(findings.map(\.actual) == ["2"])
    }
}
