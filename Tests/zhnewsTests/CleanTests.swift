import Testing

struct CleanTests {
    @Test func textFormatPrintsTheCleanTextOnly() throws {
        let path = try CLI.fixture("articles/nanchang-blue-2021.txt")
        let text = try CLI.run(["clean", path])
        #expect(text.status == 0)
        let json = try #require(try CLI.run(["clean", "--format", "json", path]).json() as? [String: Any])
        let clean = try #require(json["cleanText"] as? String)
        #expect(text.output == (clean.hasSuffix("\n") ? clean : clean + "\n"))
        #expect(json["removed"] is [Any])
    }
}
