/// The formats a conversion writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, jsonl, csv, sqlite, md

    /// Parses a comma-separated list such as `json,csv`.
    public static func list(_ text: String) throws -> [ExportFormat] {
        try text.split(separator: ",").map { word in
            let name = word.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ExportFormat(rawValue: name) else { throw ExportError.unknownFormat(String(word)) }
            return format
        }
    }
}

/// A conversion that cannot be set up as asked.
public enum ExportError: Error, CustomStringConvertible {
    case unknownFormat(String)
    case needsFolder([ExportFormat])

    public var description: String {
        switch self {
        case .unknownFormat(let word): return "unknown format '\(word)': use json, jsonl, csv, sqlite or md"
        case .needsFolder(let formats):
            return "--output - takes json, jsonl or md; \(formats.map(\.rawValue).joined(separator: " and ")) need a folder"
        }
    }
}

import Foundation
