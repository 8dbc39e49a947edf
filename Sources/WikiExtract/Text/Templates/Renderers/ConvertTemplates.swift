import Wikitext

/// `{{convert|10|km|mi}}` and `{{cvt|…}}`: the value as given with its unit's symbol (`10 km`);
/// the converted value in brackets is left out, so the text holds what the editor wrote.
/// Ranges keep their word: `{{convert|10|-|20|km}}` → `10–20 km`, `{{convert|104|by|64|m}}` →
/// `104 by 64 m`. With `disp=table` the template writes two table cells, the units being in
/// the header: the value shows without its unit (see `TwoCellTemplates`).
enum ConvertTemplates {
    /// Range words and what they show.
    static let rangeWords: [String: String] = [
        "-": "–", "–": "–", "to": " to ", "to(-)": " to ", "and": " and ", "and(-)": " and ", "or": " or ",
        "by": " by ", "x": " × ", "×": " × ", "+/-": " ± ", "±": " ± ", "+": " + ", ",": ", ",
    ]

    /// Unit codes whose symbol differs from the code.
    static let symbols: [String: String] = [
        "km2": "km²", "m2": "m²", "cm2": "cm²", "sqkm": "km²", "sqmi": "sq mi", "sqft": "sq ft", "sqyd": "sq yd",
        "/km2": "/km²", "/sqkm": "/km²", "/sqmi": "/sq mi", "mi/h": "mph", "mph": "mph", "kph": "km/h",
        "km3": "km³", "m3": "m³", "cuft": "cu ft", "cuyd": "cu yd", "acre": "acres", "C": "°C", "F": "°F",
        "degC": "°C", "degF": "°F", "ftin": "ft", "lb": "lb", "st": "st", "nmi": "nmi", "kn": "kn", "ha": "ha",
        "m3/s": "m³/s", "cuft/s": "cu ft/s", "usgal": "US gal", "impgal": "imp gal", "L": "L", "l": "L",
        "ft2": "sq ft", "ft3": "cu ft", "USgal": "US gal", "oilbbl": "bbl", "oilbbl/d": "bbl/d",
        "PD/sqmi": "/sq mi", "PD/km2": "/km²", "C-change": "°C", "F-change": "°F", "K-change": "K", "lbft": "lb⋅ft",
    ]

    /// Units whose value may be followed by a smaller unit's (`5|ft|11|in`, `10|st|4|lb`).
    static let compoundParts: [String: String] = ["ft": "in", "st": "lb", "lb": "oz", "yd": "ft", "mi": "yd"]

    static let convert: TemplateRenderer = { call, out in
        // Arguments after the first value: a range word and a second value, or the unit.
        var values: [Node?] = [call.argument(1)]
        var separators: [String] = []
        var index = 2
        // At most ten range words (`1|to|2|and|3` has two): each `raw(_:)` and `argument(_:)`
        // walks the parameters from the first, so more would be quadratic.
        while index <= 21, let word = rangeWords[call.raw(index)], call.argument(index + 1) != nil {
            separators.append(word)
            values.append(call.argument(index + 1))
            index += 2
        }
        let unitCode = call.raw(index)
        let unit = TwoCellTemplates.displaysAsTable(call) ? "" : symbols[unitCode] ?? unitCode
        // `{{convert|5|ft|11|in|m}}`: a compound value shows its second part (`5 ft 11 in`).
        var minor = ""
        if !unit.isEmpty, let part = compoundParts[unitCode], call.raw(index + 2) == part,
           Double(call.raw(index + 1)) != nil {
            minor = part
            values.append(call.argument(index + 1))
        }
        let words = separators, minorUnit = minor
        out.compute(values) { parts in
            var parts = parts[...]
            let second = minorUnit.isEmpty ? nil : parts.popLast()
            var text = parts.first ?? ""
            for (separator, part) in zip(words, parts.dropFirst()) { text += separator + part }
            if unit.isEmpty { return text }
            text = unit.hasPrefix("/") || unit.hasPrefix("°") ? text + unit : text + " " + unit
            if let second { text += " " + second + " " + minorUnit }
            return text
        }
    }

    /// `{{height|ft=5|in=11}}`, `{{height|m=1.80}}`: the height in the units given (`5 ft 11 in`),
    /// as `convert` shows a value, without the conversion in brackets.
    static let height: TemplateRenderer = { call, out in
        var parts: [Node?] = [], units: [String] = []
        for unit in ["m", "cm", "ft", "in"] {
            guard let value = call.named(unit), !call.isBlank(value) else { continue }
            parts.append(value)
            units.append(unit)
        }
        guard !parts.isEmpty else { return convert(call, &out) }
        let shown = units
        out.compute(parts) { values in
            zip(values, shown).map { $0 + " " + $1 }.joined(separator: " ")
        }
    }

    static let entries: [([String], TemplateRenderer)] = [
        (["convert", "cvt", "convert/flip", "convinfobox", "auto convert"], convert),
        (["height"], height),
    ]
}
