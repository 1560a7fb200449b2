import Testing

@testable import ZhNewsKit

struct SimplifiedTableTests {
    @Test(arguments: [("個", "个"), ("優", "优"), ("質", "质"), ("環", "环")])
    func mapsTraditionalCharacters(traditional: String, simplified: String) throws {
        let table = try HanConversion.tables.get().allTable
        let v = try #require(traditional.unicodeScalars.first).value
        #expect(table.simplified(v).map { String($0) } == simplified)
    }

    @Test(arguments: ["空", "气", "a", "％", "😀"])
    func leavesOtherCharactersAlone(character: String) throws {
        let table = try HanConversion.tables.get().allTable
        #expect(table.simplified(try #require(character.unicodeScalars.first).value) == nil)
    }

    @Test func agreesWithTheDictionaryItFlattens() throws {
        let mapping = try HanConversion.traditionalToSimplified.get()
        let table = SimplifiedTable(mapping)
        for (from, to) in mapping {
            #expect(table.simplified(from) == to)
        }
        #expect(SimplifiedTable.empty.simplified(0x500B) == nil)  // 個
    }

    @Test func normalizerUsesIt() throws {
        #expect(try Normalizer().normalize("空氣質量優良率為８４．４％").text == "空气质量优良率为84.4%")
    }
}
