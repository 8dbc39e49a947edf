import WikiValues

/// Spans between two dates, when both are written: `{{Age in years, months and days|1775|04|19|1783|09|03}}`
/// → `8 years, 4 months and 15 days`, `{{age|1775|4|19|1783|9|3}}` → `8`, `{{age in days|…}}` →
/// `3059`. With the second date left out the page counts to the day it is shown, which text
/// extracted once cannot say: such a call shows nothing, as the `… and age` dates leave their age out.
enum AgeTemplates {
    /// A calendar date of the Gregorian calendar (proleptic before 1582, as the templates count).
    struct Day {
        let year: Int, month: Int, day: Int

        /// A date as written in three arguments; nil unless it is one.
        init?(_ y: String, _ m: String, _ d: String) {
            guard let year = Int(y), let month = Int(m), let day = Int(d), (1...12).contains(month),
                  day >= 1, day <= MonthLength.days(month, in: year), abs(year) < 1_000_000 else { return nil }
            (self.year, self.month, self.day) = (year, month, day)
        }

        /// A date known to be valid.
        init(year: Int, month: Int, day: Int) { (self.year, self.month, self.day) = (year, month, day) }

        /// Days since a fixed day (a Julian day number), for differences.
        var ordinal: Int {
            let a = (14 - month) / 12, y = year + 4800 - a, m = month + 12 * a - 3
            return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
        }
    }

    /// `a` moved on by `months` calendar months, its day cut to the month's length (31 January
    /// and one month is 29 February in a leap year).
    static func adding(months: Int, to a: Day) -> Day {
        let index = a.year * 12 + (a.month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12, month = index - year * 12 + 1
        return Day(year: year, month: month, day: min(a.day, MonthLength.days(month, in: year)))
    }

    /// Whole years, months and days from `a` to `b` (`b` not before `a`): the whole months that
    /// fit, then the days from the date they reach.
    static func span(_ a: Day, _ b: Day) -> (years: Int, months: Int, days: Int)? {
        guard b.ordinal >= a.ordinal else { return nil }
        var months = (b.year - a.year) * 12 + (b.month - a.month)
        if b.day < a.day { months -= 1 }
        return (months / 12, months % 12, b.ordinal - adding(months: months, to: a).ordinal)
    }

    /// `8 years, 4 months and 15 days`: parts that are 0 left out, `0 days` when all are.
    static func words(_ parts: [(Int, String)]) -> String {
        let shown = parts.filter { $0.0 != 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        guard let last = shown.last else { return "0 days" }
        return shown.count == 1 ? last : shown.dropLast().joined(separator: ", ") + " and " + last
    }

    /// A renderer that reads two dates from arguments 1–6 and shows `show` of them.
    static func between(_ show: @escaping @Sendable (Day, Day) -> String?) -> TemplateRenderer {
        { call, out in
            out.compute((1...6).map { call.argument($0) }) { a in
                guard let from = Day(a[0], a[1], a[2]), let to = Day(a[3], a[4], a[5]) else { return "" }
                return show(from, to) ?? ""
            }
        }
    }

    static let entries: [([String], TemplateRenderer)] = [
        (["age in years, months and days", "age in years, months, and days"], between { a, b in
            span(a, b).map { words([($0.years, "year"), ($0.months, "month"), ($0.days, "day")]) }
        }),
        (["age in years and days"], between { a, b in
            guard let s = span(a, b) else { return nil }
            let anniversary = adding(months: 12 * s.years, to: a)
            return words([(s.years, "year"), (b.ordinal - anniversary.ordinal, "day")])  // the days after it
        }),
        (["age", "age in years"], between { a, b in span(a, b).map { String($0.years) } }),
        (["age in days"], between { a, b in b.ordinal >= a.ordinal ? String(b.ordinal - a.ordinal) : nil }),
    ]
}
