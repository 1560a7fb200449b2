import Foundation
import Testing

struct ExtractTests {
    static let seed = "articles/chenzhou-green-2024.txt"

    @Test func jsonHasTheContractShape() throws {
        let path = try CLI.fixture(Self.seed)
        let run = try CLI.run(["extract", "--format", "json", path])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try run.json() as? [String: Any])
        let metadata = try #require(object["metadata"] as? [String: Any])
        for key in ["title", "author", "published", "source"] { #expect(metadata.keys.contains(key), "metadata.\(key)") }
        #expect(object["cleanText"] is String)
        let removed = try #require(object["removed"] as? [[String: Any]])
        let facts = try #require(object["facts"] as? [[String: Any]])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for removal in removed {
            let start = try #require(removal["start"] as? Int), end = try #require(removal["end"] as? Int)
            #expect(removal["reason"] is String)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == removal["text"] as? String)
        }
        for fact in facts {
            for key in ["text", "start", "end", "kind", "value", "unit", "qualifier", "rangeEnd", "change", "subject"] {
                #expect(fact.keys.contains(key), "facts[].\(key)")
            }
            let start = try #require(fact["start"] as? Int), end = try #require(fact["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == fact["text"] as? String)
        }
    }

    @Test func outputIsStableWithSortedKeys() throws {
        let path = try CLI.fixture(Self.seed)
        let first = try CLI.run(["extract", "--format", "jsonl", path])
        let second = try CLI.run(["extract", "--format", "jsonl", path])
        #expect(first.stdout == second.stdout)
        let line = first.output
        let keys = ["\"cleanText\"", "\"facts\"", "\"input\"", "\"metadata\"", "\"removed\""].map { line.range(of: $0)!.lowerBound }
        #expect(keys == keys.sorted())
    }

    /// Fixture articles saved in a legacy encoding, with the encoding's name and the UTF-8 original.
    static let legacyPages: [(encoded: String, encoding: String, original: String)] = [
        ("encoded/news-yueyang-water-2023.gbk.txt", "gbk", "articles/news-yueyang-water-2023.txt"),
        ("encoded/trad-tw-fallow-fullwidth-2024.big5.txt", "big5", "articles/trad-tw-fallow-fullwidth-2024.txt"),
    ]

    @Test(arguments: legacyPages.indices)
    func legacyEncodedPagesGiveTheAnalysisOfTheirUTF8Originals(_ index: Int) throws {
        let page = Self.legacyPages[index]
        let encoded = try CLI.fixture(page.encoded), original = try CLI.fixture(page.original)
        let expected = try CLI.run(["extract", "--format", "jsonl", original])
        #expect(expected.status == 0)
        let reference = try #require(try expected.json() as? NSDictionary).mutableCopy() as! NSMutableDictionary
        reference.removeObject(forKey: "input")
        #expect((reference["facts"] as? [Any])?.isEmpty == false)
        for encoding in ["auto", page.encoding] {
            let run = try CLI.run(["extract", "--format", "jsonl", "--encoding", encoding, encoded])
            #expect(run.status == 0, "\(encoding): \(run.stderr)")
            let analysis = try #require(try run.json() as? NSDictionary).mutableCopy() as! NSMutableDictionary
            analysis.removeObject(forKey: "input")
            #expect(analysis == reference, "--encoding \(encoding)")
        }
        // Read as UTF-8 (the default), the page is refused with a hint rather than mangled.
        let refused = try CLI.run(["extract", "--format", "jsonl", encoded])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("invalid UTF-8") && refused.stderr.contains("--encoding"))
    }

    @Test func standardInputIsNamedStdin() throws {
        let bytes = Array(try String(contentsOfFile: CLI.fixture(Self.seed), encoding: .utf8).utf8)
        let run = try CLI.run(["extract", "--format", "json"], stdin: bytes)
        #expect(run.status == 0)
        let object = try #require(try run.json() as? [String: Any])
        #expect(object["input"] as? String == "<stdin>")
    }

    @Test func severalFilesGiveAnArrayInArgumentOrder() throws {
        let a = try CLI.fixture("articles/chenzhou-green-2024.txt"), b = try CLI.fixture("articles/nanchang-blue-2021.txt")
        let run = try CLI.run(["extract", "--format", "json", b, a])
        #expect(run.status == 0)
        let array = try #require(try run.json() as? [[String: Any]])
        #expect(array.map { $0["input"] as? String } == [b, a])
    }

    @Test func csvHasAHeaderAndOneRowPerFact() throws {
        let path = try CLI.fixture(Self.seed)
        let run = try CLI.run(["extract", "--format", "csv", path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("id,subject,value,unit,kind,qualifier,rangeEnd,change,text,start,end,sentence\n"))
        let facts = try #require(try CLI.run(["extract", "--format", "json", path]).json() as? [String: Any])["facts"] as? [Any]
        // Rows can span lines when a sentence holds a line break, so count rows starting with the id.
        let rows = run.output.split(separator: "\n").filter { $0.hasPrefix(path + ",") || $0.hasPrefix("\"" + path) }
        #expect(rows.count == facts?.count)
    }

    @Test func tableIsHumanReadable() throws {
        let run = try CLI.run(["extract", "--format", "table", try CLI.fixture(Self.seed)])
        #expect(run.status == 0)
        #expect(run.output.contains("title: "))
        #expect(run.output.contains("facts: "))
    }
}
