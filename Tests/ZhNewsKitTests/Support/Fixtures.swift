import Foundation
import Testing

/// Loads fixture files copied into the test bundle from `Fixtures/`.
enum Fixtures {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "fixture not found: Fixtures/\(path)" }
    }

    /// The `Fixtures` folder inside the test bundle.
    static var root: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw Missing(path: "")
            }
            return url
        }
    }

    /// The bytes of `Fixtures/<path>`.
    static func data(_ path: String) throws -> Data {
        let url = try root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(path: path) }
        return try Data(contentsOf: url)
    }

    /// The UTF-8 text of `Fixtures/<path>`.
    static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    /// File names (not paths) in `Fixtures/<folder>` with the given extension, sorted.
    static func files(in folder: String, withExtension ext: String) throws -> [String] {
        let url = try root.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        return names.filter { $0.hasSuffix("." + ext) }.sorted()
    }
}
