import Foundation
import Testing

@testable import ZhNewsKit

/// Less common written forms: the weight unit 两, small change, approximate
/// numerals inside a number, mixed fractions, signed shares, range connectors
/// and currency names.
extension NumberParserTests {
    static let weightCases: [Case] = [
        Case("称了八两茶叶", "八两", .measure, "8", "两", nil, nil),
        Case("一斤旧制合十六两", "十六两", .measure, "16", "两", nil, nil),
        Case("喝了四两半白酒", "四两半", .measure, "4.5", "两", nil, nil),
        Case("这条鱼重四斤三两", "四斤三两", .measure, "4.3", "斤", nil, nil),
        Case("一共2斤7两", "2斤7两", .measure, "2.7", "斤", nil, nil),
        Case("买了五斤半苹果", "五斤半", .measure, "5.5", "斤", nil, nil),
        Case("初二两名学生获奖", "两名", .count, "2", "名", nil, nil),
        Case("休息三两天", "三两天", .measure, "2", "天", .range, "3"),
    ]

    static let moneyCases: [Case] = [
        Case("一瓶水卖两块八毛五", "两块八毛五", .money, "2.85", "CNY", nil, nil),
        Case("每斤六毛八", "六毛八", .money, "0.68", "CNY", nil, nil),
        Case("还差四角七分", "四角七分", .money, "0.47", "CNY", nil, nil),
        Case("柒角伍分", "柒角伍分", .money, "0.75", "CNY", nil, nil),
        Case("票价十二块零五", "十二块零五", .money, "12.05", "CNY", nil, nil),
        Case("合计八元零三分", "八元零三分", .money, "8.03", "CNY", nil, nil),
        Case("只要五块三分", "五块三分", .money, "5.03", "CNY", nil, nil),
        Case("价格在七块二到七块九毛五之间", "七块二到七块九毛五", .money, "7.2", "CNY", .range, "7.95"),
        Case("每份两块到五块", "两块到五块", .money, "2", "CNY", .range, "5"),
        Case("单价2.5块左右", "2.5块左右", .money, "2.5", "CNY", .approximately, nil),
        Case("人民币伍仟贰佰圆整", "人民币伍仟贰佰圆整", .money, "5200", "CNY", nil, nil),
        Case("捌拾圆", "捌拾圆", .money, "80", "CNY", nil, nil),
        Case("罚款贰万元整", "贰万元整", .money, "20000", "CNY", nil, nil),
        Case("月薪8000印度卢比", "8000印度卢比", .money, "8000", "INR", nil, nil),
        Case("售价1200令吉", "1200令吉", .money, "1200", "MYR", nil, nil),
        Case("一碗粉30万越南盾", "30万越南盾", .money, "300000", "VND", nil, nil),
        Case("门票45挪威克朗", "45挪威克朗", .money, "45", "NOK", nil, nil),
        Case("涨了20美分", "20美分", .money, "0.2", "USD", nil, nil),
        Case("一本书三百五十日圆", "三百五十日圆", .money, "350", "JPY", nil, nil),
        Case("计捌分", "捌分", .money, "0.08", "CNY", nil, nil),
        Case("花了几十万块。", "几十万块", .money, "100000", "CNY", .moreThan, nil),
    ]

    static let approximateCases: [Case] = [
        Case("十三四岁的孩子", "十三四", .number, "13", nil, .range, "14"),
        Case("来了二十七八个人", "二十七八个", .count, "27", "个", .range, "28"),
        Case("五百六七十名员工", "五百六七十名", .count, "560", "名", .range, "570"),
        Case("年薪三十二三万元", "三十二三万元", .money, "320000", "CNY", .range, "330000"),
        Case("一千二三百米", "一千二三百米", .measure, "1200", "米", .range, "1300"),
        Case("投资三四万元", "三四万元", .money, "30000", "CNY", .range, "40000"),
        Case("十四五个品种", "十四五个", .count, "14", "个", .range, "15"),
        Case("损失六七十万元", "六七十万元", .money, "600000", "CNY", .range, "700000"),
        Case("覆盖两三百万人", "两三百万人", .count, "2000000", "人", .range, "3000000"),
        Case("规模达四五千亿", "四五千亿", .number, "400000000000", nil, .range, "500000000000"),
        Case("吸引百余人参加", "百余人", .count, "100", "人", .moreThan, nil),
        Case("已有千多家企业", "千多家", .count, "1000", "家", .moreThan, nil),
    ]

    static let fractionCases: [Case] = [
        Case("两又三分之一", "两又三分之一", .number, "2.3333333333", nil, nil, nil),
        Case("七又八分之三", "七又八分之三", .number, "7.375", nil, nil, nil),
        Case("用了四又二分之一小时", "四又二分之一小时", .measure, "4.5", "小时", nil, nil),
        Case("仅占三百分之一", "三百分之一", .ratio, "0.3333333333", "%", nil, nil),
        Case("四千分之一的概率", "四千分之一", .ratio, "0.025", "%", nil, nil),
    ]

    static let signedShareCases: [Case] = [
        Case("增速为负百分之二十五", "负百分之二十五", .percentage, "-25", "%", nil, nil),
        Case("负的百分之四", "负的百分之四", .percentage, "-4", "%", nil, nil),
        Case("利率为百分之负一点五", "百分之负一点五", .percentage, "-1.5", "%", nil, nil),
        Case("负千分之八", "负千分之八", .percentage, "-8", "‰", nil, nil),
        Case("负百分之百", "负百分之百", .percentage, "-100", "%", nil, nil),
        Case("百分百满意", "百分百", .percentage, "100", "%", nil, nil),
        Case("百分四十的人", "百分四十", .percentage, "40", "%", nil, nil),
        Case("负五分之二", "负五分之二", .ratio, "-40", "%", nil, nil),
        Case("余额为负 3,400", "负 3,400", .number, "-3400", nil, nil, nil),
    ]

    static let rangeCases: [Case] = [
        Case("补贴3万元--8万元", "3万元--8万元", .money, "30000", "CNY", .range, "80000"),
        Case("4——6万港币", "4——6万港币", .money, "40000", "HKD", .range, "60000"),
        Case("奖励2万元(含)-4万元", "2万元(含)-4万元", .money, "20000", "CNY", .range, "40000"),
    ]

    static let colloquialCases: [Case] = [
        Case("开了一个半小时的会", "一个半小时", .measure, "1.5", "小时", nil, nil),
        Case("被判处有期徒刑三年半。", "三年半", .measure, "3.5", "年", nil, nil),
        Case("展期四天半", "四天半", .measure, "4.5", "天", nil, nil),
        Case("每斤六块半", "六块半", .money, "6.5", "CNY", nil, nil),
        Case("历时三个半月", "三个半月", .measure, "3.5", "月", nil, nil),
        Case("投入五个亿", "五个亿", .number, "500000000", nil, nil, nil),
        Case("亏损两个多亿元", "两个多亿元", .money, "200000000", "CNY", .moreThan, nil),
        Case("营收 86.4 亿元", "86.4 亿元", .money, "8640000000", "CNY", nil, nil),
        Case("增长到6点5倍", "6点5倍", .ratio, "6.5", "倍", nil, nil),
        Case("卅日", "卅日", .date, nil, nil, nil, nil),
        Case("指数跌至两万点八", "两万点八", .number, "20000.8", nil, nil, nil),
        Case("中心气压985百帕", "985百帕", .measure, "985", "百帕", nil, nil),
        Case("压力达3.5兆帕", "3.5兆帕", .measure, "3.5", "兆帕", nil, nil),
        Case("月薪8k元", "8k元", .money, "8000", "CNY", nil, nil),
        Case("年薪20~25w元", "20~25w元", .money, "200000", "CNY", .range, "250000"),
    ]

    static let cantoneseMoneyCases: [Case] = [
        Case("一碗面廿八蚊", "廿八蚊", .money, "28", "HKD", nil, nil),
        Case("车费九蚊零五", "九蚊零五", .money, "9.05", "HKD", nil, nil),
        Case("四蚊三毫到四蚊八毫五", "四蚊三毫到四蚊八毫五", .money, "4.3", "HKD", .range, "4.85"),
    ]

    @Test(arguments: colloquialCases) func colloquialForms(_ c: Case) throws { try grammar(c) }
    @Test(arguments: cantoneseMoneyCases) func cantoneseMoney(_ c: Case) throws { try grammar(c) }
    @Test(arguments: weightCases) func weights(_ c: Case) throws { try grammar(c) }
    @Test(arguments: moneyCases) func smallChangeAndCurrencies(_ c: Case) throws { try grammar(c) }
    @Test(arguments: approximateCases) func approximateNumerals(_ c: Case) throws { try grammar(c) }
    @Test(arguments: fractionCases) func mixedFractionsAndDenominators(_ c: Case) throws { try grammar(c) }
    @Test(arguments: signedShareCases) func signedShares(_ c: Case) throws { try grammar(c) }
    @Test(arguments: rangeCases) func rangeConnectors(_ c: Case) throws { try grammar(c) }

    /// Forms that look like the ones above and are not: no value may come out of them.
    @Test(arguments: [
        ("两两配对", ""),  // in pairs
        ("2025两会召开", "两"),  // the two sessions, no weight
        ("分成两块地", "CNY"),  // two plots, no money
        ("挂了三块牌子", "CNY"),
        ("得了二十分", "CNY"),  // points, not cents
        ("画了三圆形", "CNY"),  // circles
        ("十四五规划", ""),  // a plan's name
        ("满分一百分", "%"),  // a score
        ("晚上9点5分", "倍"),  // a time, not 9.5
        ("不差一丝一毫", "HKD"),  // a tiny bit
        ("只差两毫", "HKD"),  // millimetres, colloquially
        ("两人半斤八两", "两"),  // an idiom
        ("四两拨千斤", "两"),
        ("运来数百块砖", "CNY"),  // bricks
    ])
    func lookAlikes(_ input: String, _ forbiddenUnit: String) throws {
        let found = try NumberParser().expressions(in: input)
        if forbiddenUnit.isEmpty {
            #expect(found.isEmpty, "\(found.map(\.text))")
        } else {
            #expect(!found.contains { $0.unit == forbiddenUnit }, "\(found.map(\.text))")
        }
    }

    /// A double dash joins a range; it never makes the second amount negative.
    @Test func doubleDashIsNoMinus() throws {
        let found = try NumberParser().expressions(in: "补贴3万元--8万元")
        #expect(!found.contains { $0.value < 0 })
    }

    /// A space before 万 joins it to Arabic digits only when it is a multiplier, not a word (万科, a company).
    @Test func spaceBeforeAWordIsNoMultiplier() throws {
        let found = try NumberParser().expressions(in: "截至2023 万科")
        #expect(found.map(\.value) == [2023])
    }

    /// A minus after a tilde is still a sign: a range of two temperatures below zero.
    @Test func minusAfterTildeIsASign() throws {
        let found = try NumberParser().expressions(in: "气温-7~-2℃")
        #expect(found.contains { $0.value == -2 || $0.rangeEnd == -2 }, "\(found.map(\.text))")
        #expect(!found.contains { $0.value == 2 })
    }

    /// 两个半天 is two half-days, not two and a half days; 第一个亿 stays the ordinal 第一.
    @Test func halvesAndOrdinalsBeforeYi() throws {
        let days = try NumberParser().expressions(in: "利用两个半天")
        #expect(!days.contains { $0.value == 2.5 })
        let first = try NumberParser().expressions(in: "赚到第一个亿")
        #expect(!first.contains { $0.value == 100_000_000 })
    }

    /// 一年半载 is "a year or so": no half is added.
    @Test func aYearOrSo() throws {
        let found = try NumberParser().expressions(in: "再过一年半载")
        #expect(!found.contains { $0.value == 1.5 })
    }

    /// A `- ` at the start of a line is a list bullet, not a minus.
    @Test func bulletIsNoMinus() throws {
        let found = try NumberParser().expressions(in: "- 5家企业入选")
        #expect(found.first?.value == 5)
    }
}
