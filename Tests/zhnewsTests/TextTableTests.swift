import Testing
@testable import zhnews

struct TextTableTests {
    @Test(arguments: [("abc", 3), ("中文", 4), ("８４％", 6), ("e\u{301}", 1), ("", 0)])
    func displayWidth(text: String, width: Int) {
        #expect(TextTable.width(of: text) == width)
    }

    @Test func columnsLineUpWithWideCharacters() {
        var table = TextTable(headers: ["subject", "value"])
        table.append(["空气质量优良率", "84.4"])
        table.append(["PM2.5", "31"])
        let lines = table.render().split(separator: "\n").map(String.init)
        // The second column starts at the same display column in every row.
        let starts = zip([lines[0], lines[2], lines[3]], ["value", "84.4", "31"]).map { line, cell in
            TextTable.width(of: String(line.dropLast(cell.count)))
        }
        #expect(lines.count == 4)
        #expect(Set(starts).count == 1, "\(lines)")
    }

    @Test func longCellsAreTruncated() {
        let cell = TextTable.truncate(String(repeating: "长", count: 30), to: 10)
        #expect(TextTable.width(of: cell) <= 10)
        #expect(cell.hasSuffix("…"))
    }
}
