/// Three-letter codes (IOC, FIFA, ISO 3166) that flag templates accept, and the names they show.
/// Only the common ones: an unknown code is shown as written.
enum CountryCodes {
    static let names: [String: String] = [
        "AFG": "Afghanistan", "ALB": "Albania", "ALG": "Algeria", "AND": "Andorra", "ANG": "Angola",
        "ARG": "Argentina", "ARM": "Armenia", "AUS": "Australia", "AUT": "Austria", "AZE": "Azerbaijan",
        "BAH": "Bahamas", "BAN": "Bangladesh", "BAR": "Barbados", "BLR": "Belarus", "BEL": "Belgium",
        "BIH": "Bosnia and Herzegovina", "BOL": "Bolivia", "BOT": "Botswana", "BRA": "Brazil", "BUL": "Bulgaria",
        "CAN": "Canada", "CHI": "Chile", "CHN": "China", "CIV": "Ivory Coast", "CMR": "Cameroon", "COL": "Colombia",
        "CRC": "Costa Rica", "CRO": "Croatia", "CUB": "Cuba", "CYP": "Cyprus", "CZE": "Czech Republic",
        "DEN": "Denmark", "DEU": "Germany", "DOM": "Dominican Republic", "ECU": "Ecuador", "EGY": "Egypt",
        "ENG": "England", "ESP": "Spain", "EST": "Estonia", "ETH": "Ethiopia", "FIN": "Finland", "FRA": "France",
        "FRO": "Faroe Islands", "GBR": "Great Britain", "GEO": "Georgia", "GER": "Germany", "GHA": "Ghana",
        "GRE": "Greece", "GUI": "Guinea", "HKG": "Hong Kong", "HUN": "Hungary", "INA": "Indonesia", "IND": "India",
        "IRI": "Iran", "IRL": "Ireland", "IRN": "Iran", "IRQ": "Iraq", "ISL": "Iceland", "ISR": "Israel",
        "ITA": "Italy", "IVB": "British Virgin Islands", "JAM": "Jamaica", "JOR": "Jordan", "JPN": "Japan",
        "KAZ": "Kazakhstan", "KEN": "Kenya", "KOR": "South Korea", "KSA": "Saudi Arabia", "LAT": "Latvia",
        "LBN": "Lebanon", "LTU": "Lithuania", "LUX": "Luxembourg", "MAR": "Morocco", "MAS": "Malaysia",
        "MAW": "Malawi", "MDA": "Moldova", "MDV": "Maldives", "MEX": "Mexico", "MKD": "North Macedonia",
        "MLT": "Malta", "MNE": "Montenegro", "MOZ": "Mozambique", "MRI": "Mauritius", "NAM": "Namibia",
        "NED": "Netherlands", "NEP": "Nepal", "NGA": "Nigeria", "NGR": "Nigeria", "NIR": "Northern Ireland",
        "NLD": "Netherlands", "NOR": "Norway", "NZL": "New Zealand", "PAK": "Pakistan", "PAN": "Panama",
        "PAR": "Paraguay", "PER": "Peru", "PHI": "Philippines", "POL": "Poland", "POR": "Portugal",
        "PRK": "North Korea", "PUR": "Puerto Rico", "QAT": "Qatar", "ROU": "Romania", "RSA": "South Africa",
        "RUS": "Russia", "SCO": "Scotland", "SEN": "Senegal", "SIN": "Singapore", "SLO": "Slovenia",
        "SRB": "Serbia", "SRI": "Sri Lanka", "SUI": "Switzerland", "SVK": "Slovakia", "SWE": "Sweden",
        "SYR": "Syria", "THA": "Thailand", "TPE": "Chinese Taipei", "TRI": "Trinidad and Tobago",
        "TUN": "Tunisia", "TUR": "Turkey", "UAE": "United Arab Emirates", "UGA": "Uganda", "UK": "United Kingdom",
        "UKR": "Ukraine", "URU": "Uruguay", "USA": "United States", "US": "United States", "UZB": "Uzbekistan",
        "VEN": "Venezuela", "VIE": "Vietnam", "WAL": "Wales", "ZAM": "Zambia", "ZIM": "Zimbabwe",
    ]
}
