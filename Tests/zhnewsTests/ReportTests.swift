import Foundation
import Testing

/// Runs the built `zhnews report` command and checks the page it writes.
struct ReportTests {
    /// Output of one run of the built CLI.
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// The `zhnews` executable, built next to this test bundle.
    static func executable() throws -> URL {
        let folder = Bundle.module.bundleURL.deletingLastPathComponent()
        let url = folder.appendingPathComponent("zhnews")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        return url
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return url.appendingPathComponent("articles").appendingPathComponent(name).path
    }

    static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("zhnews-report-tests-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
    }

    /// Occurrences of `needle` in `haystack`.
    static func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    @Test(arguments: ["chenzhou-green-2024.txt", "nanchang-blue-2021.txt"])
    func pageMarksEveryRemovalAndFact(article: String) throws {
        let input = try Self.fixture(article)
        let output = Self.temporaryFile(article + ".html")
        defer { try? FileManager.default.removeItem(at: output) }

        let report = try Self.run(["report", input, "-o", output.path])
        #expect(report.status == 0, "report failed: \(report.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(html.contains("<table") || html.contains("No facts found."))
        // Self-contained: no scripts, no external style sheets, images or fonts.
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\""))
        #expect(!html.contains("url("))

        // Every removal and fact that `extract` reports is marked on the page.
        let extract = try Self.run(["extract", "--format", "json", input])
        #expect(extract.status == 0, "extract failed: \(extract.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: extract.stdout) as? [String: Any])
        let removals = try #require(json["removed"] as? [[String: Any]])
        let facts = try #require(json["facts"] as? [[String: Any]])
        for (i, removal) in removals.enumerated() {
            let reason = try #require(removal["reason"] as? String)
            #expect(html.contains("data-removal=\"\(i)\" data-reason=\"\(reason)\""), "removal \(i) (\(reason)) not marked")
        }
        #expect(Self.count("<del class=\"removed", in: html) >= removals.count)
        for (i, fact) in facts.enumerated() {
            #expect(html.contains("id=\"fact-\(i)\""), "fact \(i) not highlighted")
            #expect(html.contains("id=\"row-\(i)\""), "fact \(i) not in the table")
            if let unit = fact["unit"] as? String {
                #expect(html.contains("unit: \(unit)"), "fact \(i): unit \(unit) not in its hover text")
            }
            if let subject = fact["subject"] as? String {
                #expect(html.contains("subject: \(subject)"), "fact \(i): subject not in its hover text")
            }
        }
        // The whole article is on the page (removals are struck through, not dropped).
        let original = try String(contentsOfFile: input, encoding: .utf8)
        let firstLine = try #require(original.split(separator: "\n").first.map(String.init))
        let visible = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        #expect(visible.contains(firstLine.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")))
    }

    @Test func markupInTheArticleIsEscaped() throws {
        let input = Self.temporaryFile("markup.txt")
        let output = Self.temporaryFile("markup.html")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let article = "标题<script>alert(\"x\")</script>\n\n全市空气质量优良率为84.4%，同比上升2个百分点 & <b>粗体</b>。\n"
        try Data(article.utf8).write(to: input)
        let report = try Self.run(["report", input.path, "-o", output.path])
        #expect(report.status == 0, "report failed: \(report.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("&amp; &lt;b&gt;"))
    }

    @Test func writesToStandardOutputWithoutOutputOption() throws {
        let report = try Self.run(["report", try Self.fixture("chenzhou-green-2024.txt")])
        #expect(report.status == 0)
        let html = String(decoding: report.stdout, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func missingInputFailsWithMessage() throws {
        let report = try Self.run(["report", "/nonexistent/article.txt", "-o", Self.temporaryFile("none.html").path])
        #expect(report.status != 0)
        #expect(report.stderr.contains("article.txt"))
    }
}
