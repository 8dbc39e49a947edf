/// How many days a month has in the Gregorian calendar (proleptic before 1582), for the date
/// grammar's checks and the templates that count days between dates.
public enum MonthLength {
    /// The days of `month` (1–12) in `year`; February has 29 when the year is not known.
    public static func days(_ month: Int, in year: Int?) -> Int {
        switch month {
        case 2:
            guard let y = year else { return 29 }
            return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
