/// Dates: `dts`, `date`, `start date`, `end date`, `birth date`, `death date` and their
/// `… and age` forms. The date is written out as the template shows it (`df=y` day first,
/// otherwise month first); ages are left out because they depend on the day of rendering.
enum DateTemplates {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// The month's name from `2`, `02`, `Feb` or `february`; nil when it is none of those.
    static func month(_ text: String) -> String? {
        if let n = Int(text), (1...12).contains(n) { return months[n - 1] }
        let lower = text.lowercased()
        guard lower.count >= 3 else { return nil }
        return months.first { $0.lowercased().hasPrefix(lower) || lower.hasPrefix($0.lowercased().prefix(3)) }
    }

    /// Writes year, month and day (each may be empty) day first or month first.
    static func write(year: String, month m: String, day: String, dayFirst: Bool) -> String {
        let day = Int(day).map(String.init) ?? day
        guard let month = month(m) else { return [day, m, year].filter { !$0.isEmpty }.joined(separator: " ") }
        if day.isEmpty { return year.isEmpty ? month : "\(month) \(year)" }
        if dayFirst { return [day, month, year].filter { !$0.isEmpty }.joined(separator: " ") }
        return year.isEmpty ? "\(month) \(day)" : "\(month) \(day), \(year)"
    }

    /// `2024-02-08` → its parts; nil for anything else.
    static func isoParts(_ text: String) -> (String, String, String)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return (String(parts[0]), String(parts[1]), String(parts[2]))
    }

    /// A template taking year, month, day as arguments 1–3 (`df=y` for day first).
    static func parts(defaultDayFirst: Bool) -> TemplateRenderer {
        { call, out in
            let df = call.raw("df").lowercased(), mf = call.raw("mf").lowercased()
            let dayFirst = ["y", "yes", "true", "1"].contains(df) || (defaultDayFirst && mf.isEmpty)
            out.compute([call.argument(1), call.argument(2), call.argument(3)]) { a in
                if a[1].isEmpty, let (y, m, d) = isoParts(a[0]) {
                    return write(year: y, month: m, day: d, dayFirst: dayFirst)
                }
                return write(year: a[0], month: a[1], day: a[2], dayFirst: dayFirst)
            }
        }
    }

    static let entries: [([String], TemplateRenderer)] = [
        // `{{dts|2024|2|8}}` → February 8, 2024; `{{dts|8 February 2024}}` shows as written.
        (["dts", "date table sorting", "dtsh"], { call, out in
            if call.key == "dtsh" { return }
            let format = call.raw("format").lowercased()
            let dayFirst = format == "dmy"
            out.compute([call.argument(1), call.argument(2), call.argument(3)]) { a in
                if a[1].isEmpty {
                    if let (y, m, d) = isoParts(a[0]) { return write(year: y, month: m, day: d, dayFirst: dayFirst) }
                    return a[0]
                }
                return write(year: a[0], month: a[1], day: a[2], dayFirst: dayFirst)
            }
        }),
        // `{{date|2024-02-08}}` → 8 February 2024; `{{date|2024-02-08|mdy}}` → February 8, 2024.
        (["date"], { call, out in
            let format = call.raw(2).lowercased()
            out.compute([call.argument(1)]) { a in
                guard let (y, m, d) = isoParts(a[0]) else { return a[0] }
                return format == "iso" ? a[0] : write(year: y, month: m, day: d, dayFirst: format != "mdy")
            }
        }),
        (["start date", "end date", "start date and age", "end date and age", "birth date", "death date",
          "birth date and age", "death date and age", "birth-date", "dob", "bda", "start-date", "end-date", "film date",
          "release date", "start and end dates", "birth date and age2", "death-date"], parts(defaultDayFirst: false)),
        (["birth year and age", "death year and age", "birth year", "death year"], { call, out in
            out.render(call.argument(1))
        }),
    ]
}
