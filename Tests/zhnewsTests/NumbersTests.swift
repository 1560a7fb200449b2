import Testing

struct NumbersTests {
    @Test func jsonIsAnArrayOfExpressions() throws {
        let run = try CLI.run(["numbers", "--format", "json"], stdin: Array("优良率为84.4%,同比提升2个百分点。".utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let expressions = try #require(try run.json() as? [[String: Any]])
        for e in expressions {
            for key in ["text", "start", "end", "kind", "value", "unit"] { #expect(e.keys.contains(key)) }
        }
    }
}
