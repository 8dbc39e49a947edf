/// Stock exchange tickers in company infoboxes (`traded_as`): `{{NYSE|IBM}}` → `NYSE: IBM`,
/// `{{LSE|TSCO}}` → `LSE: TSCO`: the exchange's short name, a colon, the symbol.
enum StockTickerTemplates {
    /// Template names (lower-cased) and the exchange name each shows.
    static let exchanges: [(String, String)] = [
        ("nyse", "NYSE"), ("nasdaq", "Nasdaq"), ("nyse american", "NYSE American"), ("nyse arca", "NYSE Arca"),
        ("amex", "NYSE American"), ("lse", "LSE"), ("tyo", "TYO"), ("tse", "TSE"), ("tsx", "TSX"),
        ("tsx-v", "TSX-V"), ("tsxv", "TSX-V"), ("asx", "ASX"), ("euronext", "Euronext"), ("fwb", "FWB"),
        ("sehk", "SEHK"), ("hkex", "SEHK"), ("krx", "KRX"), ("bse", "BSE"), ("nse", "NSE"), ("sgx", "SGX"),
        ("jse", "JSE"), ("bmv", "BMV"), ("bme", "BME"), ("sse", "SSE"),
        ("szse", "SZSE"), ("twse", "TWSE"), ("myx", "MYX"), ("moex", "MOEX"), ("wse", "WSE"), ("nzx", "NZX"), ("tase", "TASE"), ("omx", "OMX"), ("ose", "OSE"),
        ("otc pink", "OTC Pink"), ("otcqx", "OTCQX"), ("otcqb", "OTCQB"), ("xetra", "Xetra"), ("bovespa", "B3"), ("egx", "EGX"), ("nasdaq nordic", "Nasdaq Nordic"),
    ]

    static let entries: [([String], TemplateRenderer)] = exchanges.map { name, label in
        ([name], { call, out in
            let symbol = call.raw(1)
            guard !symbol.isEmpty else { return }
            out.text(label + ": " + symbol)
        })
    }
}
