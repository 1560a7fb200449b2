import Testing
@testable import ZhNewsKit

struct HackedAgentTests {
    private func warnings(_ text: String) throws -> [PageWarning] { try Pipeline().clean(text).warnings }

    private func page(agent: String) -> String {
        """
        \(agent)召开全县防汛抗旱工作推进会
        发布日期:2024-06-01 浏览次数:56 信息来源:\(agent)
        5月30日,\(agent)召开全县防汛抗旱工作推进会,部署汛期各项重点工作。
        会上,\(agent)通报了全县水库、山塘隐患排查情况,要求各乡镇压实责任。
        \(agent)有关负责人表示,将加强值班值守,确保安全度汛。
        """
    }

    /// A name without any institution word that fills the bureau's slots.
    @Test(arguments: ["云帆星辰", "金沙汇", "御龙在线棋"])
    func unknownNameInTheBureausSlotIsFlagged(agent: String) throws {
        #expect(try warnings(page(agent: agent)) == [.brandReplacesInstitution])
    }

    /// Genuine agents end in an institution word.
    @Test(arguments: ["县水利局", "临江县人民政府", "县防汛抗旱指挥部办公室", "县应急管理局"])
    func genuineAgentsAreNotFlagged(agent: String) throws {
        #expect(try warnings(page(agent: agent)).isEmpty)
    }

    /// A company in its own business news is not an administration.
    @Test func companyNewsIsNotFlagged() throws {
        let text = """
            腾达科技发布2023年度业绩报告
            2024-03-28 来源:腾达科技
            腾达科技表示,2023年公司营业收入为48.6亿元,同比增长12%。
            报告期内,腾达科技研发投入5.2亿元,新增专利36项。
            腾达科技董事长称,公司将继续拓展海外市场。
            """
        #expect(try warnings(text).isEmpty)
    }
}
