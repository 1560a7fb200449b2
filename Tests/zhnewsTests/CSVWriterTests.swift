import Testing
@testable import zhnews

struct CSVWriterTests {
    @Test(arguments: [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\"")])
    func quoting(field: String, expected: String) {
        #expect(CSVWriter.quote(field) == expected)
    }
}
