import Testing
import WikiValues

/// dmy, mdy, ISO, month–year, day–month, date ranges.
@Suite struct DateTests {
    @Test(arguments: [
        Case("8 February 2024", V.date("2024-02-08")),
        Case("08 February 2024", V.date("2024-02-08")),
        Case("8 Feb 2024", V.date("2024-02-08")),
        Case("8 Feb. 2024", V.date("2024-02-08")),
        Case("1 Sept 2020", V.date("2020-09-01")),
        Case("8th February 2024", V.date("2024-02-08")),
        Case("8 february 2024", V.date("2024-02-08")),
        Case("8\u{00A0}February\u{00A0}2024", V.date("2024-02-08")),
        Case("Thursday, 8 February 2024", V.date("2024-02-08")),
        Case("10 August 843", V.date("0843-08-10")),
        Case("29 February 2024", V.date("2024-02-29")),  // leap year
        Case("29 February 2000", V.date("2000-02-29")),
    ])
    func dmy(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("February 8, 2024", V.date("2024-02-08")),
        Case("February 8 2024", V.date("2024-02-08")),
        Case("Feb. 8, 2024", V.date("2024-02-08")),
        Case("Aug\u{00A0}14,\u{00A0}2001", V.date("2001-08-14")),
        Case("Thursday, February 8, 2024", V.date("2024-02-08")),
        Case("May 5, 1990", V.date("1990-05-05")),
        Case("DECEMBER 31, 1999", V.date("1999-12-31")),
    ])
    func mdy(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("2024-02-08", V.date("2024-02-08")),
        Case("1732-09-16", V.date("1732-09-16")),
        Case("2024-02-08 (announced)", V.date("2024-02-08", .partial)),
        Case("2024-13-01", V.unparsed),
        Case("2024-02-30", V.unparsed),
        Case("2024-2-8", V.range(2024, 2, .partial)),  // not ISO; the rest is extra
    ])
    func iso(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("February 2024", V.date("2024-02")),
        Case("Feb 2024", V.date("2024-02")),
        Case("June 1993", V.date("1993-06")),
        Case("May, 2024", V.date("2024-05")),
        Case("8 February", V.date("--02-08")),
        Case("February 8", V.date("--02-08")),
        Case("June 14", V.date("--06-14")),
    ])
    func partialDates(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("8–9 February 2024", V.date("2024-02-08", .partial)),
        Case("30 June – 2 July 2023", V.date("2023-06-30", .partial)),
        Case("30 June 2022 – 2 July 2023", V.date("2022-06-30", .partial)),
        Case("February 8–9, 2024", V.date("2024-02-08", .partial)),
        Case("June 11 – July 19", V.date("--06-11", .partial)),
        Case("17 July 1954 (age 71)", V.date("1954-07-17", .partial)),
        Case("1 January 2010 estimate", V.date("2010-01-01", .partial)),
    ])
    func rangesAndExtras(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("31 February 2024", V.unparsed),
        Case("29 February 2023", V.unparsed),
        Case("31 April 2020", V.unparsed),
        Case("0 March 2020", V.unparsed),
        Case("February 30", V.unparsed),
        Case("March", V.text),
        Case("May be", V.text),
        Case("Marching 5", V.text),
        Case("Mayor 2024", V.text),
    ])
    func notDates(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }
}
