/// `{{coord}}`: coordinates as the page shows them inline, in the form they were written:
/// `{{coord|50|51|N|4|21|E}}` → `50°51′N 4°21′E`, `{{coord|53|58|10|N|1|5|18|W}}` →
/// `53°58′10″N 1°5′18″W`, `{{coord|50.466|-4.718}}` → `50.466°N 4.718°W`. With
/// `display=title` alone they show at the top of the page, not in the text: nothing.
enum CoordTemplates {
    static let entries: [([String], TemplateRenderer)] = [
        (["coord", "coor"], { call, out in
            let display = call.raw("display").lowercased()
            if !display.contains("inline") && display.contains("title") { return }
            var parts: [String] = []
            var index = 1
            // At most eight parts (degrees, minutes, seconds and a letter, twice): each
            // `argument(_:)` reads the parameters from the first, so more would be quadratic.
            while index <= 9, let argument = call.argument(index) {
                let text = call.raw(argument)
                if text.contains(":") || text.isEmpty { break }  // `type:city`, geohack parameters
                parts.append(text)
                index += 1
            }
            if let shown = text(parts) { out.text(shown) }
        }),
    ]

    /// The inline text of the positional parts, or nil when they are not coordinates.
    static func text(_ parts: [String]) -> String? {
        let marks = ["°", "′", "″"]
        func half(_ values: ArraySlice<String>, _ hemisphere: String) -> String? {
            guard (1...3).contains(values.count), values.allSatisfy({ Double($0) != nil }) else { return nil }
            return zip(values, marks).map { $0 + $1 }.joined() + hemisphere
        }
        // Degrees, minutes and seconds each followed by their hemisphere letter.
        if let north = parts.firstIndex(where: { $0 == "N" || $0 == "S" }), north + 1 < parts.count,
           let east = parts[(north + 1)...].firstIndex(where: { $0 == "E" || $0 == "W" }),
           let latitude = half(parts[..<north], parts[north]),
           let longitude = half(parts[(north + 1)..<east], parts[east]) {
            return latitude + " " + longitude
        }
        // Signed decimal degrees.
        guard parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]) else { return nil }
        func unsigned(_ s: String) -> String { s.hasPrefix("-") || s.hasPrefix("+") ? String(s.dropFirst()) : s }
        return unsigned(parts[0]) + "°" + (lat < 0 ? "S" : "N") + " " + unsigned(parts[1]) + "°" + (lon < 0 ? "W" : "E")
    }
}
