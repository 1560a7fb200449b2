import Testing

struct NumbersTests {
    @Test func jsonIsAnArrayOfExpressionsWithValueAndUnit() throws {
        let run = try CLI.run(["numbers", "--format", "json"], stdin: Array("优良率为84.4%,同比提升2个百分点。".utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let expressions = try #require(try run.json() as? [[String: Any]])
        for e in expressions {
            for key in ["text", "start", "end", "kind", "value", "unit"] { #expect(e.keys.contains(key)) }
        }
        let percent = try #require(expressions.first { $0["text"] as? String == "84.4%" })
        #expect(percent["value"] as? Double == 84.4)
        #expect(percent["unit"] as? String == "%")
        #expect(percent["start"] as? Int == 4)
    }

    @Test func severalFilesGiveInputObjects() throws {
        let a = try CLI.temporaryFile(Array("增长5%。".utf8)), b = try CLI.temporaryFile(Array("共18名。".utf8))
        let run = try CLI.run(["numbers", "--format", "json", a, b])
        let array = try #require(try run.json() as? [[String: Any]])
        #expect(array.map { $0["input"] as? String } == [a, b])
        #expect(array.allSatisfy { $0["expressions"] is [Any] })
    }
}
