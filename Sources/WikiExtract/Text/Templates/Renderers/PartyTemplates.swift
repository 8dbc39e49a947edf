/// Party colour templates: in text they show nothing (a colour is styling), but they name a
/// party, which the renderer records in `parties`.
///
/// `{{party color|Labour Party (UK)}}`, `{{party shading/Labour}}`, `{{eppt|Labour Party (UK)|}}`
/// show nothing; `{{party name with colour|Labour Party (UK)}}` shows the party's name.
enum PartyTemplates {
    /// The party named by argument 1, or by the subpage (`{{party shading/Labour}}`).
    static func partyName(_ call: TemplateCall) -> String {
        if let subpage = call.subpage, !subpage.isEmpty { return subpage }
        return call.raw(1)
    }

    static let colourOnly: TemplateRenderer = { call, out in out.party(partyName(call)) }

    /// Names of the templates that only give a colour (they may sit inside attributes).
    static let colourNames: Set<String> = [
        "party color", "party colour", "party color cell", "party colour cell", "party shading",
        "party shading/", "party color/", "party colour/", "party stripe", "party color box",
        "party colour box", "eppt", "election party picture", "party color square",
        "party colour square", "party color block",
    ]

    /// `{{Canadian party colour|CA|Liberal}}`: the jurisdiction, then the party (a colour, as
    /// the others); with the option `name` it shows the party's name, and with `row` or
    /// `row-name` it writes table cells (``RowCellTemplates``).
    static let canadianNames: Set<String> = ["canadian party colour", "canadian party color"]

    /// True for the templates that may name a party inside attributes.
    static func namesParty(_ lowercasedName: String) -> Bool {
        colourNames.contains(lowercasedName) || canadianNames.contains(lowercasedName) || lowercasedName.hasPrefix("party shading/")
    }

    /// The party of a Canadian colour template and its option in lower case (`name`, `row`,
    /// `row-name`, `nohash` …; empty for the colour alone).
    static func canadian(_ call: TemplateCall) -> (party: String, option: String) {
        (call.raw(2), call.raw(3).lowercased())
    }

    /// The aliases of the shown name (bytes made once).
    static let nameKeys = ParameterKeys(["name", "shortname"])

    static let entries: [([String], TemplateRenderer)] = [
        (Array(colourNames), colourOnly),
        (Array(canadianNames), { call, out in
            let (party, option) = canadian(call)
            out.party(party)
            if option == "name" || option == "row-name" { out.render(call.argument(2)) }
        }),
        (["party name with colour", "party name with color", "party name with colour link",
          "party name with color link", "party link with colour", "party link with color",
          "party name with colour/link", "full party name with colour", "full party name with color"], { call, out in
            out.party(partyName(call))
            out.render(call.named(nameKeys) ?? call.argument(1))
        }),
    ]
}
