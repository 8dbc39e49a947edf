import WikiValues

/// People, sport, science and technology articles.
extension CorpusRow {
    static let other: [CorpusRow] = {
        let n = Article.nationals, q = Article.earthquakes, r = Article.rugby, f = Article.fifa
        return [
            // Angela Merkel, Barack Obama: officeholder infoboxes
            row(Article.merkel, "| term_start          = 22 November 2005", "22 November 2005", V.date("2005-11-22")),
            row(Article.merkel, "| term_start6         = June 1993", "June 1993", V.date("1993-06")),
            row(Article.merkel, "| birth_date          = {{birth date and age|1954|7|17|df=y}}", "17 July 1954 (age 71)",
                V.date("1954-07-17", .partial)),
            row(Article.merkel, "| party               = [[Christian Democratic Union of Germany]] {{small|(1990–present)}}",
                "Christian Democratic Union of Germany (1990–present)", V.text),
            row(Article.obama, "| order               = 44th", "44th", V.int(44, .partial)),
            row(Article.obama, "| term_start          = January 20, 2009", "January 20, 2009", V.date("2009-01-20")),
            row(Article.obama, "| children            = 2", "2", V.int(2)),
            row(Article.obama, "| birth_date          = {{birth date and age|1961|8|4}}", "August 4, 1961 (age 64)",
                V.date("1961-08-04", .partial)),

            // Bootham Crescent: stadium infobox
            row(Article.bootham, "| built               = 1932", "1932", V.year(1932)),
            row(Article.bootham, "| opened              = 31 August 1932", "31 August 1932", V.date("1932-08-31")),
            row(Article.bootham, "| capacity            = 8,256 (3,409 seated)", "8,256 (3,409 seated)", V.int(8256, .partial)),
            row(Article.bootham, "| record_attendance   = 28,123 (York City vs", "28,123 (York City vs Huddersfield Town, FA Cup, 5 March 1938)",
                V.int(28_123, .partial)),
            row(Article.bootham, "| tenants             = York City F.C. (1932–present)", "York City F.C. (1932–present)", V.text),

            // Brahui language, N.EX.T
            row(Article.brahui, "|speakers    = {{sigfig|4.22|1}} million", "4 million", V.int(4_000_000)),
            row(Article.brahui, "|date        = 2011", "2011", V.year(2011)),
            row(Article.brahui, "|glotto=brah1256", "brah1256", V.text),
            row(Article.next, "| years_active = 1992-1997, 2003-2014", "1992-1997, 2003-2014", V.range(1992, 1997, .partial)),
            row(Article.next, "\"—\" denotes", "—", V.empty),

            // 2026 FIFA World Cup
            row(f, "| dates          = June 11 – July 19", "June 11 – July 19", V.date("--06-11", .partial)),
            row(f, "| num_teams      = 48", "48", V.int(48)),
            row(f, "| year           = 2026", "2026", V.year(2026)),
            row(f, "| style=\"text-align:left;\" | 5th–8th place (quarter-finals)", "5th–8th place (quarter-finals)", V.int(5, .partial)),
            row(f, "'''43,036'''", "43,036", V.int(43_036)),
            row(f, "$11", "$11", V.int(11, unit: "$")),
            row(f, "|July 4–7", "July 4–7", V.date("--07-04", .partial)),
            row(f, "|June 14", "June 14", V.date("--06-14")),

            // Rugby union, Scotland v Wales: results and records
            row(r, "12 February 2012", "12 February 2012", V.date("2012-02-12")),
            row(r, "8–5", "8–5", V.range(8, 5)),  // a score keeps its order
            row(r, "|5 <small>(3 Feb 1923–3 Feb 1927)</small>", "5 (3 Feb 1923–3 Feb 1927)", V.int(5, .partial)),
            row(r, "|35 <small>(2 February 1924)</small>", "35 (2 February 1924)", V.int(35, .partial)),
            row(r, "| '''1263'''", "1263", V.year(1263)),  // points total that looks like a year

            // 2017 Washington Nationals: game log
            row(n, "|| 42,744 ||", "42,744", V.int(42_744)),
            row(n, "|| 4–2 ||", "4–2", V.range(4, 2)),
            row(n, "|| 3–4 <small>(10)</small> ||", "3–4 (10)", V.range(3, 4, .partial)),
            row(n, "| 1 || April 3 ||", "April 3", V.date("--04-03")),
            row(n, "(inclement weather)", "Postponed (inclement weather); Rescheduled for August 27 as part of a doubleheader.", V.text),
            row(n, "|| — || 32,664", "—", V.empty),
            row(n, "|| 97–63", "97–63", V.range(97, 63)),
            row(n, "'''[[Stephen Strasburg|Strasburg]]''' (1–0)", "Strasburg (1–0)", V.text),

            // 1994 World Junior Championships, 200 metres: heats
            row(Article.athletics, "'''20.75'''", "20.75", V.dec(20.75)),
            row(Article.athletics, "'''21.08'''", "21.08", V.dec(21.08)),
            row(Article.athletics, "| 1 || align=left | [[Tony Wheeler", "1", V.int(1)),
            row(Article.athletics, "'''Q'''", "Q", V.text),
            row(Article.athletics, "22 July", "22 July", V.date("--07-22")),

            // List of earthquakes in Canada
            row(q, "| 8.7&ndash;9.2", "8.7–9.2", V.range(8.7, 9.2)),
            row(q, "|1732-09-16]]", "1732-09-16", V.date("1732-09-16")),
            row(q, "| 1791-12-06", "1791-12-06", V.date("1791-12-06")),
            row(q, "| 11:00 (local time)", "11:00 (local time)", V.unparsed),
            row(q, "| -73.60", "-73.60", V.dec(-73.6)),
            row(q, "| 5.8", "5.8", V.dec(5.8)),
            row(q, "6.5–7.0", "6.5–7.0", V.range(6.5, 7.0)),
            row(q, "| M<sub>w</sub>", "Mw", V.text),

            // Oxygen: property tables
            row(Article.oxygen, "|1.542", "1.542", V.dec(1.542)),
            row(Article.oxygen, "|0.0183", "0.0183", V.dec(0.0183)),
            row(Article.oxygen, "|2.12E-05", "2.12E-05", V.dec(2.12e-5)),
            row(Article.oxygen, "{{Convert|5|°C|abbr=on}}", "5 °C (41 °F)", V.int(5, .partial, unit: "°C")),

            // AMD GPUs and chipsets: spec tables
            row(Article.amdGPUs, "|Aug&nbsp;14,&nbsp;2001", "Aug\u{00A0}14,\u{00A0}2001", V.date("2001-08-14")),
            row(Article.amdGPUs, "|2:0:6:2", "2:0:6:2", V.unparsed),
            row(Article.amdGPUs, "|N/A", "N/A", V.empty),
            row(Article.amdGPUs, "|6.400", "6.400", V.dec(6.4)),
            row(Article.amdGPUs, "|RV200&nbsp;(morpheus)", "RV200\u{00A0}(morpheus)", V.text),
            row(Article.amdGPUs, "|32, 64", "32, 64", V.int(32, .partial)),
            row(Article.amdGPUs, "|AGP 4x, PCI", "AGP 4x, PCI", V.text),
            row(Article.amdGPUs, "|1200", "1200", V.year(1200)),  // a clock speed that looks like a year
            row(Article.amdChipsets, "800 (HT&nbsp;1.x)", "800 (HT\u{00A0}1.x)", V.int(800, .partial)),
            row(Article.amdChipsets, "0 + 14 + 2", "0 + 14 + 2", V.int(0, .partial)),
            row(Article.amdChipsets, "218-0844014", "218-0844014", V.unparsed),
            row(Article.amdChipsets, "| Apr 2004 ||", "Apr 2004", V.date("2004-04")),
            row(Article.amdChipsets, "(350 MHz)", "(350 MHz)", V.unparsed),

            // MythBusters specials, Help:Table
            row(Article.mythBusters, "| February 19, 2007", "February 19, 2007", V.date("2007-02-19")),
            row(Article.mythBusters, "|OriginalAirDate = {{Start date|2008|4|26}}", "April 26, 2008", V.date("2008-04-26")),
            row(Article.mythBusters, "|EpisodeNumber2  = Special 1", "Special 1", V.text),
            row(Article.helpTable, "2004-03-01", "2004-03-01", V.date("2004-03-01")),
            row(Article.helpTable, "| row 2, cell 1", "row 2, cell 1", V.text),
        ]
    }()
}
