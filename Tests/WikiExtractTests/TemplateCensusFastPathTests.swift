import Foundation
import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// The census's spelling memory and byte table against a plain count: every template of the
/// corpus articles (read at test time) normalized one by one and counted in a dictionary.
@Suite struct TemplateCensusFastPathTests {
    /// The census as it was: each occurrence normalized, counted by its normalized name.
    static func reference(_ document: WikitextDocument) -> OrderedPairs<Int> {
        var pairs = OrderedPairs<Int>()
        var position: [String: Int] = [:]
        var name: [UInt8] = []
        for node in document.nodes(of: .template) {
            TemplateName.normalizedBytes(of: node, into: &name)
            let key = String(decoding: name, as: UTF8.self)
            if let at = position[key] {
                pairs.entries[at].value += 1
            } else {
                position[key] = pairs.entries.count
                pairs.append(key: key, value: 1)
            }
        }
        return pairs
    }

    @Test func censusMatchesReferenceOnCorpus() throws {
        var templates = 0
        for file in Fixtures.corpusFiles() {
            let document = WikitextDocument(parsing: [UInt8](try Data(contentsOf: file)))
            let reference = Self.reference(document)
            #expect(TemplateCensus.count(document) == reference, "\(file.lastPathComponent)")
            templates += reference.entries.reduce(0) { $0 + $1.value }
        }
        #expect(templates > 5000)
    }

    /// Spellings that normalize alike but differ in bytes, flavor or comments count together;
    /// the same bytes as template and as parser function count apart.
    @Test func spellingsAndFlavors() {
        let text = "{{Party_color|A}}{{party  color|B}}{{Template:Party color}}{{party color<!--x-->|C}}"
            + "{{#if:a|b}}{{#if: c|d}}{{#IF:e}}{{formatnum:1}}{{formatnum:2}}{{ }}{{<!--c-->}}{{Party color}}"
        let document = WikitextDocument(parsing: text)
        #expect(TemplateCensus.count(document) == Self.reference(document))
    }

    /// The table finds what it stored and nothing else, through growth and collisions.
    @Test func tableStoresAndFinds() {
        var table = TemplateCensusTable()
        var keys: [[UInt8]] = [[]]
        for i in 0..<3000 { keys.append(Array("name \(i * 7919 % 100_003) x".utf8)) }
        for i in 1..<40 { keys.append(Array(repeating: UInt8(65 + i % 26), count: i)) }
        // Names of a family share their first and last words (the hash reads a few words).
        for word in ["hold", "gain", "candidate", "majority", "turnout", "loss"] {
            keys.append(Array("Election box \(word) with party link".utf8))
            keys.append(Array("Election box \(word) with party link no swing".utf8))
        }
        for (entry, key) in keys.enumerated() {
            key.withUnsafeBufferPointer { table.insert($0, tag: UInt8(entry % 2), entry: entry) }
        }
        for (entry, key) in keys.enumerated() {
            key.withUnsafeBufferPointer { bytes in
                #expect(table.entry(bytes, tag: UInt8(entry % 2)) == entry)
                #expect(table.entry(bytes, tag: UInt8(1 - entry % 2)) == nil)
            }
        }
        Array("absent".utf8).withUnsafeBufferPointer { #expect(table.entry($0, tag: 0) == nil) }
    }
}
