// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "wikiconv",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "wikiconv", targets: ["wikiconv"]),
        .library(name: "Wikitext", targets: ["Wikitext"]),
        .library(name: "WikiDump", targets: ["WikiDump"]),
        .library(name: "WikiValues", targets: ["WikiValues"]),
        .library(name: "PCRE2", targets: ["PCRE2"]),
        .library(name: "WikiModel", targets: ["WikiModel"]),
        .library(name: "WikiExport", targets: ["WikiExport"]),
        .library(name: "WikiExtract", targets: ["WikiExtract"]),
        .library(name: "WikiCheck", targets: ["WikiCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System C libraries. Debian: apt-get install libpcre2-dev (libbz2-dev ships with the image).
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8",
                       providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]),
        .systemLibrary(name: "CSQLite3", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .systemLibrary(name: "CBZip2",  // Debian's libbz2-dev has no bzip2.pc
                       providers: [.apt(["libbz2-dev"]), .brew(["bzip2"])]),

        // Regex: a small JIT-compiled PCRE2 wrapper over byte buffers.
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        // The lossless wikitext parser: source bytes -> tree of byte ranges.
        .target(name: "Wikitext"),
        // Typed values (numbers, percentages, changes, dates) parsed from plain text.
        .target(name: "WikiValues", dependencies: ["PCRE2"]),
        // Tree -> model: plain text and template rendering, infoboxes, table grids, contests.
        .target(name: "WikiExtract", dependencies: ["Wikitext", "WikiModel", "WikiValues", "PCRE2"]),
        // MediaWiki XML dumps: .xml, .xml.bz2, multistream with index.
        .target(name: "WikiDump", dependencies: ["CBZip2"]),

        // The normalized data model (plain Codable/Sendable structs): the contract users script against.
        .target(name: "WikiModel"),
        // Writers for JSON, JSON Lines, CSV, SQLite and Markdown; they know the model, not wikitext.
        .target(name: "WikiExport", dependencies: ["WikiModel", "CSQLite3"]),
        // Consistency rules over the model (totals, percentages, margins, seats, infobox vs results) -> findings.
        .target(name: "WikiCheck", dependencies: ["WikiModel"]),

        .executableTarget(name: "wikiconv", dependencies: [
            "Wikitext", "WikiDump", "WikiValues", "PCRE2", "WikiModel", "WikiExport", "WikiExtract", "WikiCheck",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Locates Corpus/ and ../shared for tests; fails loudly under CI=true when ../shared is missing.
        .target(name: "TestSupport", dependencies: ["WikiDump"], path: "Tests/TestSupport"),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2", "TestSupport"]),
        .testTarget(name: "WikitextTests", dependencies: ["Wikitext", "WikiDump", "TestSupport"]),
        .testTarget(name: "WikiValuesTests", dependencies: ["WikiValues", "TestSupport"]),
        .testTarget(name: "WikiDumpTests", dependencies: ["WikiDump", "TestSupport"], exclude: ["Expected"]),
        .testTarget(name: "WikiExtractTests", dependencies: ["WikiExtract", "Wikitext", "WikiModel", "TestSupport"],
                    exclude: ["Expected"]),
        .testTarget(name: "WikiExportTests", dependencies: ["WikiExport", "WikiModel", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "WikiCheckTests", dependencies: ["WikiCheck", "WikiExtract", "Wikitext", "WikiModel", "TestSupport"]),
        .testTarget(name: "OutputTests", dependencies: ["Wikitext", "WikiExtract", "WikiExport", "WikiModel", "WikiCheck",
                                                    "TestSupport"]),
    ]
)
