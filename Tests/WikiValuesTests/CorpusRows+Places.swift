import WikiValues

/// Places and economies: settlement and country infoboxes, census tables.
extension CorpusRow {
    static let places: [CorpusRow] = {
        let al = Article.alabama, ak = Article.alaska, be = Article.belgium, fr = Article.france
        let uk = Article.uk, ee = Article.estonia, br = Article.berlin
        return [
            // Alabama: historical population and demographics tables
            row(al, "|1800= 1250", "1250", V.year(1250)),  // a population that looks like a year: documented
            row(al, "|1820= 127901", "127901", V.int(127_901)),
            row(al, "|2010= 4779745", "4779745", V.int(4_779_745)),
            row(al, "|estyear= 2015", "2015", V.year(2015)),
            row(al, "|| 73.6% ", "73.6%", V.pct(73.6)),
            row(al, "|| - || - || 0.1%", "-", V.empty),
            row(al, "| Spanish|| 2.2%", "2.2%", V.pct(2.2)),
            row(al, "3,633,514", "3,633,514", V.int(3_633_514)),
            row(al, "| [[Protestant]]", "Protestant", V.text),

            // Alaska: US state infobox
            row(ak, "|AreaRank              = 1st", "1st", V.int(1, .partial)),
            row(ak, "|TotalArea             = 1,717,856", "1,717,856", V.int(1_717_856)),
            row(ak, "|PCWater               = 13.77", "13.77", V.dec(13.77)),
            row(ak, "|PopRank               = 48th", "48th", V.int(48, .partial)),
            row(ak, "|2010Pop               = 738,432 (2015 est)", "738,432 (2015 est)", V.int(738_432, .partial)),
            row(ak, "|2000Density           = 0.49", "0.49", V.dec(0.49)),
            row(ak, "|MedianHouseholdIncome = US$64,333", "US$64,333", V.int(64_333, unit: "US$")),
            row(ak, "|AdmittanceDate        = January 3, 1959", "January 3, 1959", V.date("1959-01-03")),
            row(ak, "|Latitude              = 51°20'N to 71°50'N", "51°20'N to 71°50'N", V.unparsed),
            row(ak, "|Longitude             = 130°W to 172°E", "130°W to 172°E", V.int(130, .partial)),
            row(ak, "|HighestElev           = 6190.5", "6190.5", V.dec(6190.5)),
            row(ak, "|HighestElevUS         = 20,310", "20,310", V.int(20_310)),
            row(ak, "|MeanElevUS            = 1900", "1900", V.year(1900)),  // an elevation that looks like a year
            row(ak, "|LowestElev            = 0", "0", V.int(0)),

            // Belgium: country infobox and provinces table
            row(be, "| area_sq_mi                  = 11,849", "11,849", V.int(11_849)),
            row(be, "| area_rank                   = 136th", "136th", V.int(136, .partial)),
            row(be, "| GDP_PPP_per_capita          = {{increase}} $78,607", "+ $78,607", V.chg(78_607, unit: "$")),
            row(be, "| GDP_nominal                 = {{increase}} $776.730 billion", "+ $776.730 billion",
                V.chg(776_730_000_000, unit: "$")),
            row(be, "| Gini                        = 24.9 <!--number only-->", "24.9", V.dec(24.9)),
            row(be, "| HDI                         = 0.951", "0.951", V.dec(0.951)),
            row(be, "| established_date1           = 4 October 1830", "4 October 1830", V.date("1830-10-04")),
            row(be, "| established_date3           = 1970", "1970", V.year(1970)),
            row(be, "| utc_offset                  = +1", "+1", V.chg(1)),
            row(be, "| calling_code                = [[Telephone numbers in Belgium|+32]]", "+32", V.chg(32)),
            row(be, "|style=\"text-align:right;\"|1,926,522", "1,926,522", V.int(1_926_522)),
            row(be, "{{convert|3007|km2|abbr=on}}", "3,007 km2 (1,161 sq mi)", V.int(3007, .partial, unit: "km2")),

            // Berlin: German state infobox
            row(br, "| area_total_km2                  = 891.7", "891.7", V.dec(891.7)),
            row(br, "| population_total                = 3769495", "3769495", V.int(3_769_495)),
            row(br, "| population_as_of                = 31 December 2020", "31 December 2020", V.date("2020-12-31")),
            row(br, "| elevation_m                     = 34", "34", V.int(34)),
            row(br, "| blank1_info_sec1                = €41,000 (2020)", "€41,000 (2020)", V.int(41_000, .partial, unit: "€")),
            row(br, "| utc_offset1                     = +01:00", "+01:00", V.unparsed),
            row(br, "#030 – Berlin|030]]", "030", V.text),
            row(br, "|NUTS Region]]: DE3", "NUTS Region: DE3", V.text),

            // France: country infobox
            row(fr, "|established_date1 = 496 (baptism of", "496 (baptism of Clovis)", V.int(496, .partial)),
            row(fr, "|established_date2 = 10 August 843 (", "10 August 843 (Treaty of Verdun)", V.date("0843-08-10", .partial)),
            row(fr, "|established_date3 = 5 October 1958 (", "5 October 1958 (5th Republic)", V.date("1958-10-05", .partial)),
            row(fr, "|accessionEUdate        = 25 March 1957", "25 March 1957", V.date("1957-03-25")),
            row(fr, "|FR_IGN_area_km2        = 551695", "551695", V.int(551_695)),
            row(fr, "|FR_IGN_area_rank       = 47th", "47th", V.int(47, .partial)),
            row(fr, "|FR_total_population_estimate          = 65,447,374<ref", "65,447,374", V.int(65_447_374)),
            row(fr, "|FR_total_population_estimate_year     = 1 January 2010 estimate", "1 January 2010 estimate",
                V.date("2010-01-01", .partial)),
            row(fr, "|GDP_nominal                           = $2.676 trillion", "$2.676 trillion",
                V.int(2_676_000_000_000, unit: "$")),
            row(fr, "|Gini                                  = 32.7<ref", "32.7", V.dec(32.7)),
            row(fr, "|ethnic_groups= ~85% [[French people|French]]", "~85% French (included ~15% people with at least one ancestor from other European countries)",
                V.pct(85, .partial)),
            row(fr, "|latm                   = 51.4", "51.4", V.dec(51.4)),
            // From a quoted OECD sentence in a citation: the only unsigned percentage points in Corpus/.
            row(fr, "15.5 percentage points less than the OECD average", V.pp(15.5, .partial)),
            row(fr, "|FR_IGN_area_magnitude      = 1 E11", "1 E11", V.int(1, .partial)),  // no exponent across a space

            // United Kingdom: country infobox
            row(uk, "| established_date1 = 1535 and 1542", "1535 and 1542", V.year(1535, .partial)),
            row(uk, "| established_date2 = 24 March 1603", "24 March 1603", V.date("1603-03-24")),
            row(uk, "| area_km2 = 242495", "242495", V.int(242_495)),
            row(uk, "| area_rank = 78th", "78th", V.int(78, .partial)),
            row(uk, "| percent_water = 1.34", "1.34", V.dec(1.34)),
            row(uk, "| population_density_km2 = 270.7", "270.7", V.dec(270.7)),
            row(uk, "| GDP_PPP = $2.880&nbsp;trillion", "$2.880\u{00A0}trillion", V.int(2_880_000_000_000, unit: "$")),
            // The article writes a decimal comma; as a grouping it is 2565 trillion.
            row(uk, "| GDP_nominal = $2,565&nbsp;trillion", "$2,565\u{00A0}trillion", V.int(2_565_000_000_000_000, unit: "$")),
            row(uk, "| ethnic_groups_year = [[United Kingdom Census 2011|2011]]", "2011", V.year(2011)),

            // Economy of Estonia: economy infobox and tables
            row(ee, "|per capita      ={{increase}} $30,850 (PPP, 2017. est)", "+ $30,850 (PPP, 2017. est)",
                V.chg(30_850, unit: "$", .partial)),
            row(ee, "|gini            = 31.3 (2010)", "31.3 (2010)", V.dec(31.3, .partial)),
            row(ee, "|labor           = 675,900 (2012 est.)", "675,900 (2012 est.)", V.int(675_900, .partial)),
            row(ee, "|imports         ={{decrease}} €13.1 billion (2015)", "− €13.1 billion (2015)",
                V.chg(-13_100_000_000, unit: "€", .partial)),
            row(ee, "|revenue         = $7.915 billion (2012 est.)", "$7.915 billion (2012 est.)",
                V.int(7_915_000_000, .partial, unit: "$")),
            row(ee, "|aid             = recipient: $135 million (2004)", "recipient: $135 million (2004)", V.text),
            row(ee, "9,9% of GDP (2015)", "9,9% of GDP (2015)", V.unparsed),  // decimal comma
            row(ee, "|poverty         = 21.9% – income below", "21.9% – income below €429/month (2015)", V.pct(21.9, .partial)),
            row(ee, "|sectors         = agriculture 3.7%", "agriculture 3.7%, industry 30.2%, services 66.1% (2012 est.)", V.text),
            row(ee, "832.1", "832.1", V.dec(832.1)),

            // Bodmin, Canton of Étaples: settlement infoboxes
            row(Article.bodmin, "|population           = 14,736", "14,736", V.int(14_736)),
            row(Article.bodmin, "|dial_code            = 01208", "01208", V.text),
            row(Article.bodmin, "|os_grid_reference    = SX071665", "SX071665", V.text),
            row(Article.bodmin, "|postcode_district    = PL31", "PL31", V.text),
            row(Article.etaples, "|pop=31363", "31363", V.int(31_363)),
            row(Article.etaples, "|area=177.27", "177.27", V.dec(177.27)),
            row(Article.etaples, "|year=2012", "2012", V.year(2012)),
            row(Article.etaples, "|14870||15912", "14870", V.int(14_870)),

            // Cedar Point, 40 Wall Street: venue and building infoboxes
            row(Article.cedarPoint, "| opening_date    = 1870", "1870", V.year(1870)),
            row(Article.cedarPoint, "| visitors        = 3,250,000 in 2014", "3,250,000 in 2014", V.int(3_250_000, .partial)),
            row(Article.cedarPoint, "{{convert|365|acre|mi2 km2}}", "365 acres (0.57 sq mi; 1.48 km2)", V.int(365, .partial, unit: "acres")),
            row(Article.cedarPoint, "| rides           = 71", "71", V.int(71)),
            row(Article.cedarPoint, "|style=\"text-align:center\"|1964", "1964", V.year(1964)),
            row(Article.wallStreet, "| floor_count      = 70 (+2 below ground)", "70 (+2 below ground)", V.int(70, .partial)),
            row(Article.wallStreet, "| highest_end      = May 27, 1930{{efn", "May 27, 1930", V.date("1930-05-27")),
            row(Article.wallStreet, "| built                    = 1929–1930", "1929–1930", V.range(1929, 1930)),
            row(Article.wallStreet, "| added                    = June 16, 2000<ref", "June 16, 2000", V.date("2000-06-16")),
            row(Article.wallStreet, "| refnum                   = 00000577<ref", "00000577", V.text),
            row(Article.wallStreet, "| elevator_count   = 36", "36", V.int(36)),
            row(Article.wallStreet, "| top_floor        = {{cvt|836|ft|m}}", "836 ft (255 m)", V.int(836, .partial, unit: "ft")),
            row(Article.wallStreet, "| floor_area       = {{cvt|1,111,675|ft2|m2}}", "1,111,675 sq ft (103,277.0 m2)",
                V.int(1_111_675, .partial, unit: "sq ft")),
            row(Article.wallStreet, "| highest_start    = the first week of May 1930", "the first week of May 1930", V.text),
        ]
    }()
}
