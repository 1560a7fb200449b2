import Foundation
import Testing
@testable import ZhNewsKit

struct QuantityMergerTests {
    /// (input, the merged token as written in the input, its kind).
    static let merged: [(String, String, TokenKind)] = [
        ("优良率为84.4%，", "84.4%", .quantity),
        ("优良率为１３.５％。", "１３.５％", .quantity),
        ("共有２，３００家", "２，３００家", .quantity),
        ("共有２，３００，其中", "２，３００", .number),
        ("共有2,300人", "2,300人", .quantity),
        ("下降-2.5%。", "-2.5%", .quantity),
        ("为−3.1℃", "−3.1℃", .quantity),
        ("总额1.3万亿元，", "1.3万亿元", .quantity),
        ("投资2.53亿元，", "2.53亿元", .quantity),
        ("减排1.2万吨。", "1.2万吨", .quantity),
        ("共3万4000人", "3万4000人", .quantity),
        ("超过80余家企业", "80余家", .quantity),
        ("投入1000多万元", "1000多万元", .quantity),
        ("发电5千瓦时", "5千瓦时", .quantity),
        ("面积623公顷，", "623公顷", .quantity),
        ("面积1.5平方公里", "1.5平方公里", .quantity),
        ("浓度35μg/m³", "35μg/m³", .quantity),
        ("提升了2个百分点，", "2个百分点", .quantity),
        ("面积5㎡，", "5㎡", .quantity),
        ("气温３０℃以上", "３０℃", .quantity),
        ("发电3286.4亿千瓦时，", "3286.4亿千瓦时", .quantity),
        ("年发电量30.8億度", "30.8億度", .quantity),
        ("连续6年达到", "6年", .quantity),
        ("长期奋战的18名工作者", "18名", .quantity),
        ("投资三千五百万元，", "三千五百万元", .quantity),
        ("占百分之三十，", "百分之三十", .quantity),
        ("占百分之30.5，", "百分之30.5", .quantity),
        ("检查企業兩個", "兩個", .quantity),
        ("壹佰贰拾元整", "壹佰贰拾元", .quantity),
        ("已有三十", "三十", .number),
        ("2019年5月6日，国务院", "2019年5月6日", .date),
        ("于2021年7月30日发布", "2021年7月30日", .date),
        ("发布时间:2024-06-21 22:02:09", "2024-06-21", .date),
        ("发布时间:2024-06-21 22:02:09", "22:02:09", .date),
        ("日期2024.06.21，", "2024.06.21", .date),
        ("翻看环保数据,1—3月份,全市", "1—3月份", .date),
        ("2021年一季度全市", "2021年一季度", .date),
        ("二〇一九年五月六日，", "二〇一九年五月六日", .date),
        ("截至9月，", "9月", .date),
        ("2019年底前", "2019年", .date),
        ("2021年4月7日-5月7日", "5月7日", .date),
        ("發布日期：112-03-15　", "112-03-15", .date),
        ("民國112年3月15日公布", "112年3月15日", .date),
        ("于112年3月公布", "112年3月", .date),
        ("民国111年能源统计", "111年", .date),
        ("PM2.5平均浓度", "PM2.5", .code),
        ("PM10和臭氧", "PM10", .code),
        ("COVID-19疫情", "COVID-19", .code),
        ("5G网络", "5G", .code),
    ]

    @Test(arguments: merged)
    func mergesIntoOneToken(_ input: String, _ token: String, _ kind: TokenKind) throws {
        let pairs = try wordPairs(input)
        #expect(pairs.contains(Pair(token, kind)), "\(pairs)")
    }

    /// (input, tokens that must appear unmerged).
    static let untouched: [(String, [Pair])] = [
        // Chinese numerals inside words and malformed numerals.
        ("一些企业", [Pair("一些", .ideographic)]),
        ("千万不要", [Pair("千万", .ideographic)]),
        ("十四五规划", [Pair("十四", .ideographic), Pair("五", .ideographic)]),
        // A range of quantities is two tokens; the dash is no sign after a digit.
        ("2019-2020年", [Pair("2019", .number), Pair("-", .punctuation)]),
        // `09，1` after normalisation reads `09,1`: not a thousands separator.
        ("22:02:09，1—3月份", [Pair("22:02:09", .date), Pair("，", .punctuation), Pair("1—3月份", .date)]),
        // No merge across whitespace.
        ("84.4 %", [Pair("84.4", .number)]),
        // A bare number stays a number; a lone 余 is not merged.
        ("共80余", [Pair("80", .number)]),
        // Three-digit numbers before 年 are durations unless a month follows or 民国 precedes.
        ("建成已有110年，", [Pair("110年", .quantity)]),
        ("电话120-3-15", [Pair("120", .number)]),
        // A Chinese-numeral quantity does not cut an ICU word; an Arabic one may.
        ("5个人", [Pair("5个", .quantity), Pair("人", .ideographic)]),
    ]

    @Test(arguments: untouched)
    func leavesTokensApart(_ input: String, _ expected: [Pair]) throws {
        let pairs = try wordPairs(input)
        for pair in expected {
            #expect(pairs.contains(pair), "\(pair) not in \(pairs)")
        }
    }

    @Test func aDashBetweenDatesIsNotASign() throws {
        let pairs = try wordPairs("2021年4月7日-5月7日")
        #expect(pairs == [Pair("2021年4月7日", .date), Pair("-", .punctuation), Pair("5月7日", .date)])
    }

    @Test func repairCutsNumbersAtNonSeparatorCommas() throws {
        let text = "2,300,1.5;3:4"
        let pieces = try Segmenter.icuWords(of: text, locale: "zh")
        let repaired = text.withUTF8Buffer { QuantityMerger.repair(pieces, in: $0) }
        let texts = repaired.map { String(decoding: Array(text.utf8)[$0.bytes], as: UTF8.self) }
        #expect(texts == ["2,300", ",", "1.5", ";", "3", ":", "4"])
    }

    @Test func mergedPiecesTileTheNormalizedText() throws {
        let text = try Segmenter().normalize(try Fixtures.text("articles/chenzhou-green-2024.txt")).text
        let pieces = try Segmenter().wordPieces(of: text)
        var cursor = 0
        for piece in pieces {
            #expect(piece.bytes.lowerBound == cursor)
            #expect(!piece.bytes.isEmpty)
            cursor = piece.bytes.upperBound
        }
        #expect(cursor == text.utf8.count)
    }
}
