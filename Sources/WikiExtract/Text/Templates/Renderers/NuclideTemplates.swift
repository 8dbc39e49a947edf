/// Isotopes written as templates: `{{SimpleNuclide2|lithium|7}}` and `{{SimpleNuclide|Lithium|7}}`
/// show `⁷Li`, the mass number raised before the element's symbol (a metastable `m` in the
/// third argument is raised with it: `⁹⁹ᵐTc`). An element given by its symbol keeps it; a name
/// found nowhere shows as written.
enum NuclideTemplates {
    /// Element names (lower-cased, as the templates take them) and their symbols, 1 to 118.
    static let symbols: [String: String] = {
        let list = """
            hydrogen H helium He lithium Li beryllium Be boron B carbon C nitrogen N oxygen O fluorine F neon Ne \
            sodium Na magnesium Mg aluminium Al aluminum Al silicon Si phosphorus P sulfur S sulphur S chlorine Cl \
            argon Ar potassium K calcium Ca scandium Sc titanium Ti vanadium V chromium Cr manganese Mn iron Fe \
            cobalt Co nickel Ni copper Cu zinc Zn gallium Ga germanium Ge arsenic As selenium Se bromine Br \
            krypton Kr rubidium Rb strontium Sr yttrium Y zirconium Zr niobium Nb molybdenum Mo technetium Tc \
            ruthenium Ru rhodium Rh palladium Pd silver Ag cadmium Cd indium In tin Sn antimony Sb tellurium Te \
            iodine I xenon Xe caesium Cs cesium Cs barium Ba lanthanum La cerium Ce praseodymium Pr neodymium Nd \
            promethium Pm samarium Sm europium Eu gadolinium Gd terbium Tb dysprosium Dy holmium Ho erbium Er \
            thulium Tm ytterbium Yb lutetium Lu hafnium Hf tantalum Ta tungsten W rhenium Re osmium Os iridium Ir \
            platinum Pt gold Au mercury Hg thallium Tl lead Pb bismuth Bi polonium Po astatine At radon Rn \
            francium Fr radium Ra actinium Ac thorium Th protactinium Pa uranium U neptunium Np plutonium Pu \
            americium Am curium Cm berkelium Bk californium Cf einsteinium Es fermium Fm mendelevium Md \
            nobelium No lawrencium Lr rutherfordium Rf dubnium Db seaborgium Sg bohrium Bh hassium Hs \
            meitnerium Mt darmstadtium Ds roentgenium Rg copernicium Cn nihonium Nh flerovium Fl moscovium Mc \
            livermorium Lv tennessine Ts oganesson Og
            """
        let words = list.split(separator: " ").map(String.init)
        var table: [String: String] = [:]
        for k in stride(from: 0, to: words.count - 1, by: 2) { table[words[k]] = words[k + 1] }
        return table
    }()

    static let entries: [([String], TemplateRenderer)] = [
        (["simplenuclide", "simplenuclide2", "simple nuclide"], { call, out in
            let element = call.raw(1), mass = call.raw(2), meta = call.raw(3)
            guard !element.isEmpty else { return }
            let symbol = symbols[String(decoding: element.utf8.map(TemplateName.lower), as: UTF8.self)] ?? element
            out.text(ScriptDigits.raised(mass + meta) + symbol)
        }),
    ]
}
