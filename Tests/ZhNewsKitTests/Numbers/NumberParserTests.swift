import Foundation
import Testing

@testable import ZhNewsKit

/// One grammar case: an input, the expression expected in it and its reading.
struct Case: Sendable, CustomTestStringConvertible {
    let input: String
    let text: String
    let kind: QuantityKind
    let value: String?
    let unit: String?
    let qualifier: Qualifier?
    let rangeEnd: String?

    init(
        _ input: String, _ text: String, _ kind: QuantityKind, _ value: String?, _ unit: String?, _ qualifier: Qualifier?,
        _ rangeEnd: String?
    ) {
        self.input = input
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.rangeEnd = rangeEnd
    }

    var testDescription: String { input }
}

/// Whether a decimal is within a relative 1e-6 of an expected value written as text.
func close(_ actual: Decimal?, _ expected: String?) -> Bool {
    guard let expected, let e = Double(expected) else { return actual == nil }
    guard let actual else { return false }
    let a = NSDecimalNumber(decimal: actual).doubleValue
    return abs(a - e) <= 1e-6 * max(1, abs(e))
}

struct NumberParserTests {
    static let cases: [Case] = [
        Case("零", "零", .number, "0", nil, nil, nil),
        Case("〇", "〇", .number, "0", nil, nil, nil),
        Case("一", "一", .number, "1", nil, nil, nil),
        Case("十", "十", .number, "10", nil, nil, nil),
        Case("十一", "十一", .number, "11", nil, nil, nil),
        Case("二十", "二十", .number, "20", nil, nil, nil),
        Case("二十五", "二十五", .number, "25", nil, nil, nil),
        Case("一百", "一百", .number, "100", nil, nil, nil),
        Case("一百零八", "一百零八", .number, "108", nil, nil, nil),
        Case("一百一十", "一百一十", .number, "110", nil, nil, nil),
        Case("一千零一", "一千零一", .number, "1001", nil, nil, nil),
        Case("两千", "两千", .number, "2000", nil, nil, nil),
        Case("三千五百万", "三千五百万", .number, "35000000", nil, nil, nil),
        Case("一亿零八万零一百", "一亿零八万零一百", .number, "100080100", nil, nil, nil),
        Case("一万", "一万", .number, "10000", nil, nil, nil),
        Case("十万", "十万", .number, "100000", nil, nil, nil),
        Case("一百万", "一百万", .number, "1000000", nil, nil, nil),
        Case("三亿五千万", "三亿五千万", .number, "350000000", nil, nil, nil),
        Case("壹佰贰拾叁", "壹佰贰拾叁", .number, "123", nil, nil, nil),
        Case("贰拾", "贰拾", .number, "20", nil, nil, nil),
        Case("玖仟玖佰玖拾玖", "玖仟玖佰玖拾玖", .number, "9999", nil, nil, nil),
        Case("柒", "柒", .number, "7", nil, nil, nil),
        Case("两百", "两百", .number, "200", nil, nil, nil),
        Case("三千五", "三千五", .number, "3500", nil, nil, nil),
        Case("一万五", "一万五", .number, "15000", nil, nil, nil),
        Case("两百五", "两百五", .number, "250", nil, nil, nil),
        Case("一亿二", "一亿二", .number, "120000000", nil, nil, nil),
        Case("九十九", "九十九", .number, "99", nil, nil, nil),
        Case("一千二百三十四", "一千二百三十四", .number, "1234", nil, nil, nil),
        Case("四百点五", "四百点五", .number, "400.5", nil, nil, nil),
        Case("一点二", "一点二", .number, "1.2", nil, nil, nil),
        Case("零点五", "零点五", .number, "0.5", nil, nil, nil),
        Case("三点一四", "三点一四", .number, "3.14", nil, nil, nil),
        Case("二〇二三", "二〇二三", .number, "2023", nil, nil, nil),
        Case("一九九八", "一九九八", .number, "1998", nil, nil, nil),
        Case("十二", "十二", .number, "12", nil, nil, nil),
        Case("一十二", "一十二", .number, "12", nil, nil, nil),
        Case("五十万", "五十万", .number, "500000", nil, nil, nil),
        Case("一千万", "一千万", .number, "10000000", nil, nil, nil),
        Case("一万亿", "一万亿", .number, "1000000000000", nil, nil, nil),
        Case("拾", "拾", .number, "10", nil, nil, nil),
        Case("伍佰", "伍佰", .number, "500", nil, nil, nil),
        Case("陆万", "陆万", .number, "60000", nil, nil, nil),
        Case("捌拾捌", "捌拾捌", .number, "88", nil, nil, nil),
        Case("兩千", "兩千", .number, "2000", nil, nil, nil),
        Case("一萬", "一萬", .number, "10000", nil, nil, nil),
        Case("三億", "三億", .number, "300000000", nil, nil, nil),
        Case("九千九百九十九万", "九千九百九十九万", .number, "99990000", nil, nil, nil),
        Case("一百零一", "一百零一", .number, "101", nil, nil, nil),
        Case("一千零五十", "一千零五十", .number, "1050", nil, nil, nil),
        Case("一万零一", "一万零一", .number, "10001", nil, nil, nil),
        Case("2.53", "2.53", .number, "2.53", nil, nil, nil),
        Case("1,100", "1,100", .number, "1100", nil, nil, nil),
        Case("2,300,000", "2,300,000", .number, "2300000", nil, nil, nil),
        Case("１２３", "１２３", .number, "123", nil, nil, nil),
        Case("２，３００", "２，３００", .number, "2300", nil, nil, nil),
        Case("0", "0", .number, "0", nil, nil, nil),
        Case("007", "007", .number, "7", nil, nil, nil),
        Case("3.1415", "3.1415", .number, "3.1415", nil, nil, nil),
        Case("1.2万", "1.2万", .number, "12000", nil, nil, nil),
        Case("2.53亿", "2.53亿", .number, "253000000", nil, nil, nil),
        Case("3万4000", "3万4000", .number, "34000", nil, nil, nil),
        Case("13万2", "13万2", .number, "132000", nil, nil, nil),
        Case("1,100万", "1,100万", .number, "11000000", nil, nil, nil),
        Case("1.3万亿", "1.3万亿", .number, "1300000000000.0", nil, nil, nil),
        Case("5千", "5千", .number, "5000", nil, nil, nil),
        Case("3百", "3百", .number, "300", nil, nil, nil),
        Case("10万", "10万", .number, "100000", nil, nil, nil),
        Case("0.5亿", "0.5亿", .number, "50000000", nil, nil, nil),
        Case("12万3千", "12万3千", .number, "123000", nil, nil, nil),
        Case("３万", "３万", .number, "30000", nil, nil, nil),
        Case("负一", "负一", .number, "-1", nil, nil, nil),
        Case("-2.5", "-2.5", .number, "-2.5", nil, nil, nil),
        Case("负三点五", "负三点五", .number, "-3.5", nil, nil, nil),
        Case("+5", "+5", .number, "5", nil, nil, nil),
        Case("84.4%", "84.4%", .percentage, "84.4", "%", nil, nil),
        Case("百分之五十", "百分之五十", .percentage, "50", "%", nil, nil),
        Case("百分之八十四点四", "百分之八十四点四", .percentage, "84.4", "%", nil, nil),
        Case("百分之十", "百分之十", .percentage, "10", "%", nil, nil),
        Case("百分之一百", "百分之一百", .percentage, "100", "%", nil, nil),
        Case("百分之零点五", "百分之零点五", .percentage, "0.5", "%", nil, nil),
        Case("百分之3", "百分之3", .percentage, "3", "%", nil, nil),
        Case("１３.５％", "１３.５％", .percentage, "13.5", "%", nil, nil),
        Case("-2.5%", "-2.5%", .percentage, "-2.5", "%", nil, nil),
        Case("0.5%", "0.5%", .percentage, "0.5", "%", nil, nil),
        Case("100%", "100%", .percentage, "100", "%", nil, nil),
        Case("5.95%", "5.95%", .percentage, "5.95", "%", nil, nil),
        Case("千分之三", "千分之三", .percentage, "3", "‰", nil, nil),
        Case("3‰", "3‰", .percentage, "3", "‰", nil, nil),
        Case("百分之九十九点九", "百分之九十九点九", .percentage, "99.9", "%", nil, nil),
        Case("增长了12%", "12%", .percentage, "12", "%", nil, nil),
        Case("优良率为84.4%", "84.4%", .percentage, "84.4", "%", nil, nil),
        Case("百分之二十五", "百分之二十五", .percentage, "25", "%", nil, nil),
        Case("百分之三十三", "百分之三十三", .percentage, "33", "%", nil, nil),
        Case("2个百分点", "2个百分点", .percentagePoint, "2", "pp", nil, nil),
        Case("0.5个百分点", "0.5个百分点", .percentagePoint, "0.5", "pp", nil, nil),
        Case("提高3个百分点", "3个百分点", .percentagePoint, "3", "pp", nil, nil),
        Case("两个百分点", "两个百分点", .percentagePoint, "2", "pp", nil, nil),
        Case("1.2百分点", "1.2百分点", .percentagePoint, "1.2", "pp", nil, nil),
        Case("三个百分点", "三个百分点", .percentagePoint, "3", "pp", nil, nil),
        Case("三分之一", "三分之一", .ratio, "33.333333333333336", "%", nil, nil),
        Case("十五分之一", "十五分之一", .ratio, "6.666666666666667", "%", nil, nil),
        Case("四分之三", "四分之三", .ratio, "75", "%", nil, nil),
        Case("二分之一", "二分之一", .ratio, "50", "%", nil, nil),
        Case("五分之二", "五分之二", .ratio, "40", "%", nil, nil),
        Case("占三分之二", "三分之二", .ratio, "66.66666666666667", "%", nil, nil),
        Case("1/3", "1/3", .fraction, "0.3333333333333333", nil, nil, nil),
        Case("3/4", "3/4", .fraction, "0.75", nil, nil, nil),
        Case("1/2", "1/2", .fraction, "0.5", nil, nil, nil),
        Case("第七", "第七", .ordinal, "7", nil, nil, nil),
        Case("第十一", "第十一", .ordinal, "11", nil, nil, nil),
        Case("第三", "第三", .ordinal, "3", nil, nil, nil),
        Case("第1", "第1", .ordinal, "1", nil, nil, nil),
        Case("第二十", "第二十", .ordinal, "20", nil, nil, nil),
        Case("排名第二", "第二", .ordinal, "2", nil, nil, nil),
        Case("第一百", "第一百", .ordinal, "100", nil, nil, nil),
        Case("居全省第一", "第一", .ordinal, "1", nil, nil, nil),
        Case("第3名", "第3名", .ordinal, "3", nil, nil, nil),
        Case("第二位", "第二位", .ordinal, "2", nil, nil, nil),
        Case("第十", "第十", .ordinal, "10", nil, nil, nil),
        Case("第12", "第12", .ordinal, "12", nil, nil, nil),
        Case("第一百零八", "第一百零八", .ordinal, "108", nil, nil, nil),
        Case("人民币10元", "人民币10元", .money, "10", "CNY", nil, nil),
        Case("10块钱", "10块钱", .money, "10", "CNY", nil, nil),
        Case("3.5元", "3.5元", .money, "3.5", "CNY", nil, nil),
        Case("五毛", "五毛", .money, "0.5", "CNY", nil, nil),
        Case("三块五", "三块五", .money, "3.5", "CNY", nil, nil),
        Case("100美元", "100美元", .money, "100", "USD", nil, nil),
        Case("50港元", "50港元", .money, "50", "HKD", nil, nil),
        Case("50港币", "50港币", .money, "50", "HKD", nil, nil),
        Case("20欧元", "20欧元", .money, "20", "EUR", nil, nil),
        Case("1000日元", "1000日元", .money, "1000", "JPY", nil, nil),
        Case("$10", "$10", .money, "10", "USD", nil, nil),
        Case("¥100", "¥100", .money, "100", "CNY", nil, nil),
        Case("￥100", "￥100", .money, "100", "CNY", nil, nil),
        Case("2.53亿元", "2.53亿元", .money, "253000000", "CNY", nil, nil),
        Case("271亿元", "271亿元", .money, "27100000000", "CNY", nil, nil),
        Case("1.3万亿元", "1.3万亿元", .money, "1300000000000.0", "CNY", nil, nil),
        Case("叁仟元", "叁仟元", .money, "3000", "CNY", nil, nil),
        Case("五千万元", "五千万元", .money, "50000000", "CNY", nil, nil),
        Case("3万元", "3万元", .money, "30000", "CNY", nil, nil),
        Case("10亿美元", "10亿美元", .money, "1000000000", "USD", nil, nil),
        Case("50英镑", "50英镑", .money, "50", "GBP", nil, nil),
        Case("100新台币", "100新台币", .money, "100", "TWD", nil, nil),
        Case("一百块", "一百块", .money, "100", "CNY", nil, nil),
        Case("两块五毛", "两块五毛", .money, "2.5", "CNY", nil, nil),
        Case("3元5角", "3元5角", .money, "3.5", "CNY", nil, nil),
        Case("5毛钱", "5毛钱", .money, "0.5", "CNY", nil, nil),
        Case("€20", "€20", .money, "20", "EUR", nil, nil),
        Case("US$5", "US$5", .money, "5", "USD", nil, nil),
        Case("HK$100", "HK$100", .money, "100", "HKD", nil, nil),
        Case("100万元人民币", "100万元人民币", .money, "1000000", "CNY", nil, nil),
        Case("10亿人民币", "10亿人民币", .money, "1000000000", "CNY", nil, nil),
        Case("500澳元", "500澳元", .money, "500", "AUD", nil, nil),
        Case("8角", "8角", .money, "0.8", "CNY", nil, nil),
        Case("十块", "十块", .money, "10", "CNY", nil, nil),
        Case("1000韩元", "1000韩元", .money, "1000", "KRW", nil, nil),
        Case("3.5万美元", "3.5万美元", .money, "35000", "USD", nil, nil),
        Case("壹万元", "壹万元", .money, "10000", "CNY", nil, nil),
        Case("贰佰元", "贰佰元", .money, "200", "CNY", nil, nil),
        Case("100美金", "100美金", .money, "100", "USD", nil, nil),
        Case("1,000元", "1,000元", .money, "1000", "CNY", nil, nil),
        Case("1.2万吨", "1.2万吨", .measure, "12000", "吨", nil, nil),
        Case("623公顷", "623公顷", .measure, "623", "公顷", nil, nil),
        Case("3天", "3天", .measure, "3", "天", nil, nil),
        Case("连续6年", "连续6年", .measure, "6", "年", nil, nil),
        Case("为期3天", "3天", .measure, "3", "天", nil, nil),
        Case("100平方公里", "100平方公里", .measure, "100", "平方公里", nil, nil),
        Case("5亩", "5亩", .measure, "5", "亩", nil, nil),
        Case("10万亩", "10万亩", .measure, "100000", "亩", nil, nil),
        Case("200千瓦时", "200千瓦时", .measure, "200", "千瓦时", nil, nil),
        Case("3万千瓦时", "3万千瓦时", .measure, "30000", "千瓦时", nil, nil),
        Case("50立方米", "50立方米", .measure, "50", "立方米", nil, nil),
        Case("12公里", "12公里", .measure, "12", "公里", nil, nil),
        Case("35微克/立方米", "35微克/立方米", .measure, "35", "微克/立方米", nil, nil),
        Case("3个月", "3个月", .measure, "3", "月", nil, nil),
        Case("2小时", "2小时", .measure, "2", "小时", nil, nil),
        Case("30分钟", "30分钟", .measure, "30", "分钟", nil, nil),
        Case("5km", "5km", .measure, "5", "km", nil, nil),
        Case("10 kg", "10 kg", .measure, "10", "kg", nil, nil),
        Case("3.5GW", "3.5GW", .measure, "3.5", "GW", nil, nil),
        Case("100万千瓦", "100万千瓦", .measure, "1000000", "千瓦", nil, nil),
        Case("25℃", "25℃", .measure, "25", "°C", nil, nil),
        Case("两周", "两周", .measure, "2", "周", nil, nil),
        Case("10吨", "10吨", .measure, "10", "吨", nil, nil),
        Case("5公斤", "5公斤", .measure, "5", "公斤", nil, nil),
        Case("为期7日", "7日", .measure, "7", "日", nil, nil),
        Case("3年多", "3年多", .measure, "3", "年", .moreThan, nil),
        Case("100米", "100米", .measure, "100", "米", nil, nil),
        Case("3万吨标准煤", "3万吨标准煤", .measure, "30000", "吨标准煤", nil, nil),
        Case("18名", "18名", .count, "18", "名", nil, nil),
        Case("53个", "53个", .count, "53", "个", nil, nil),
        Case("两个", "两个", .count, "2", "个", nil, nil),
        Case("686家", "686家", .count, "686", "家", nil, nil),
        Case("131人次", "131人次", .count, "131", "人次", nil, nil),
        Case("186家次", "186家次", .count, "186", "家次", nil, nil),
        Case("6类", "6类", .count, "6", "类", nil, nil),
        Case("180项", "180项", .count, "180", "项", nil, nil),
        Case("112座", "112座", .count, "112", "座", nil, nil),
        Case("537份", "537份", .count, "537", "份", nil, nil),
        Case("16条", "16条", .count, "16", "条", nil, nil),
        Case("704件", "704件", .count, "704", "件", nil, nil),
        Case("三个", "三个", .count, "3", "个", nil, nil),
        Case("十个", "十个", .count, "10", "个", nil, nil),
        Case("3万人", "3万人", .count, "30000", "人", nil, nil),
        Case("12户", "12户", .count, "12", "户", nil, nil),
        Case("5所", "5所", .count, "5", "所", nil, nil),
        Case("8辆", "8辆", .count, "8", "辆", nil, nil),
        Case("二十三家", "二十三家", .count, "23", "家", nil, nil),
        Case("100多个", "100多个", .count, "100", "个", .moreThan, nil),
        Case("兩個", "兩個", .count, "2", "个", nil, nil),
        Case("3個", "3個", .count, "3", "个", nil, nil),
        Case("10起", "10起", .count, "10", "起", nil, nil),
        Case("3块地", "3块", .count, "3", "块", nil, nil),
        Case("五位", "五位", .count, "5", "位", nil, nil),
        Case("约3000人", "约3000人", .count, "3000", "人", .approximately, nil),
        Case("近20%", "近20%", .percentage, "20", "%", .approximately, nil),
        Case("80余家", "80余家", .count, "80", "家", .moreThan, nil),
        Case("20%以上", "20%以上", .percentage, "20", "%", .atLeast, nil),
        Case("不到10%", "不到10%", .percentage, "10", "%", .lessThan, nil),
        Case("超过10%", "超过10%", .percentage, "10", "%", .moreThan, nil),
        Case("逾百分之三十", "逾百分之三十", .percentage, "30", "%", .moreThan, nil),
        Case("10万元左右", "10万元左右", .money, "100000", "CNY", .approximately, nil),
        Case("不足5成", "不足5成", .ratio, "50", "%", .lessThan, nil),
        Case("5%以下", "5%以下", .percentage, "5", "%", .atMost, nil),
        Case("大约200名", "大约200名", .count, "200", "名", .approximately, nil),
        Case("1000余万元", "1000余万元", .money, "10000000", "CNY", .moreThan, nil),
        Case("将近一半", "将近一半", .ratio, "50", "%", .approximately, nil),
        Case("超3万人", "超3万人", .count, "30000", "人", .moreThan, nil),
        Case("至少5个", "至少5个", .count, "5", "个", .atLeast, nil),
        Case("不超过3天", "不超过3天", .measure, "3", "天", .atMost, nil),
        Case("100多万元", "100多万元", .money, "1000000", "CNY", .moreThan, nil),
        Case("十几个", "十几个", .count, "10", "个", .moreThan, nil),
        Case("3年以内", "3年以内", .measure, "3", "年", .atMost, nil),
        Case("80%以上", "80%以上", .percentage, "80", "%", .atLeast, nil),
        Case("约为15%", "约为15%", .percentage, "15", "%", .approximately, nil),
        Case("近百分之九十", "近百分之九十", .percentage, "90", "%", .approximately, nil),
        Case("5%—8%", "5%—8%", .percentage, "5", "%", .range, "8"),
        Case("5%至8%", "5%至8%", .percentage, "5", "%", .range, "8"),
        Case("5-8%", "5-8%", .percentage, "5", "%", .range, "8"),
        Case("三至五个", "三至五个", .count, "3", "个", .range, "5"),
        Case("两三个", "两三个", .count, "2", "个", .range, "3"),
        Case("3-5万元", "3-5万元", .money, "30000", "CNY", .range, "50000"),
        Case("10~20吨", "10~20吨", .measure, "10", "吨", .range, "20"),
        Case("百分之五到百分之八", "百分之五到百分之八", .percentage, "5", "%", .range, "8"),
        Case("三五个", "三五个", .count, "3", "个", .range, "5"),
        Case("1到2天", "1到2天", .measure, "1", "天", .range, "2"),
        Case("七八家", "七八家", .count, "7", "家", .range, "8"),
        Case("100至200万元", "100至200万元", .money, "1000000", "CNY", .range, "2000000"),
        Case("约三成", "约三成", .ratio, "30", "%", .approximately, nil),
        Case("超过八成", "超过八成", .ratio, "80", "%", .moreThan, nil),
        Case("百分之百", "百分之百", .percentage, "100", "%", nil, nil),
        Case("新台币12.6亿元", "新台币12.6亿元", .money, "1260000000", "TWD", nil, nil),
        Case("111年", "111年", .date, nil, nil, nil, nil),
        Case("１１２天次", "１１２天次", .count, "112", "天次", nil, nil),
        Case("312.6万吨二氧化碳当量", "312.6万吨二氧化碳当量", .measure, "3126000", "吨二氧化碳当量", nil, nil),
        Case("1.42吨二氧化碳当量/吨", "1.42吨二氧化碳当量/吨", .measure, "1.42", "吨二氧化碳当量/吨", nil, nil),
        Case("零下5度", "零下5度", .measure, "-5", "度", nil, nil),
        Case("3块5", "3块5", .money, "3.5", "CNY", nil, nil),
        Case("一毛钱", "一毛钱", .money, "0.1", "CNY", nil, nil),
        Case("一点五万", "一点五万", .number, "15000", nil, nil, nil),
        Case("三万五", "三万五", .number, "35000", nil, nil, nil),
        Case("10人民币", "10人民币", .money, "10", "CNY", nil, nil),
        Case("大约三百人", "大约三百人", .count, "300", "人", .approximately, nil),
        Case("我有三个苹果", "三个", .count, "3", "个", nil, nil),
        Case("一千二百万美元", "一千二百万美元", .money, "12000000", "USD", nil, nil),
        Case("两百五十块", "两百五十块", .money, "250", "CNY", nil, nil),
        Case("第七名", "第七名", .ordinal, "7", nil, nil, nil),
        Case("约占总数的三分之一", "三分之一", .ratio, "33.3333333", "%", nil, nil),
        Case("廿一", "廿一", .number, "21", nil, nil, nil),
        Case("卅", "卅", .number, "30", nil, nil, nil),
        Case("負一", "負一", .number, "-1", nil, nil, nil),
        Case("100 美元", "100 美元", .money, "100", "USD", nil, nil),
        Case("1分钱", "1分钱", .money, "0.01", "CNY", nil, nil),
        Case("3元5角2分", "3元5角2分", .money, "3.52", "CNY", nil, nil),
        Case("五角", "五角", .money, "0.5", "CNY", nil, nil),
        Case("100日币", "100日币", .money, "100", "JPY", nil, nil),
        Case("俩个", "俩个", .count, "2", "个", nil, nil),
        Case("负零点五", "负零点五", .number, "-0.5", nil, nil, nil),
        Case("一百一十万", "一百一十万", .number, "1100000", nil, nil, nil),
        Case("十万零三千六百零九", "十万零三千六百零九", .number, "103609", nil, nil, nil),
        Case("一亿二千三百四十五万六千七百八十九", "一亿二千三百四十五万六千七百八十九", .number, "123456789", nil, nil, nil),
        Case("一点零一", "一点零一", .number, "1.01", nil, nil, nil),
        Case("零个", "零个", .count, "0", "个", nil, nil),
        Case("五六十人", "五六十人", .count, "50", "人", .range, "60"),
        Case("两三千元", "两三千元", .money, "2000", "CNY", .range, "3000"),
        Case("一两个", "一两个", .count, "1", "个", .range, "2"),
        Case("20万-30万元", "20万-30万元", .money, "200000", "CNY", .range, "300000"),
        Case("10多亿元", "10多亿元", .money, "1000000000", "CNY", .moreThan, nil),
        Case("二十多个", "二十多个", .count, "20", "个", .moreThan, nil),
        Case("100-200人", "100-200人", .count, "100", "人", .range, "200"),
        Case("四块二", "四块二", .money, "4.2", "CNY", nil, nil),
        Case("两万三", "两万三", .number, "23000", nil, nil, nil),
        Case("拾贰万", "拾贰万", .number, "120000", nil, nil, nil),
        Case("１２.５万元", "１２.５万元", .money, "125000", "CNY", nil, nil),
        Case("三亿五千万人民币", "三亿五千万人民币", .money, "350000000", "CNY", nil, nil),
        Case("五成", "五成", .ratio, "50", "%", nil, nil),
        Case("负5%", "负5%", .percentage, "-5", "%", nil, nil),
        Case("十二萬五千公噸", "十二萬五千公噸", .measure, "125000", "吨", nil, nil),
        Case("300平方公尺", "300平方公尺", .measure, "300", "平方米", nil, nil),
        Case("逾新臺幣1.2億元", "逾新臺幣1.2億元", .money, "120000000", "TWD", .moreThan, nil),
        Case("港幣五千萬元", "港幣五千萬元", .money, "50000000", "HKD", nil, nil),
        Case("百分之三十五點六", "百分之三十五點六", .percentage, "35.6", "%", nil, nil),
        Case("約一千二百個", "約一千二百個", .count, "1200", "个", .approximately, nil),
        Case("下午3点", "3点", .date, nil, nil, nil, nil),
        Case("百分之五十至六十", "百分之五十至六十", .percentage, "50", "%", .range, "60"),
        Case("3.2万余人", "3.2万余人", .count, "32000", "人", .moreThan, nil),
        Case("5.6万多户", "5.6万多户", .count, "56000", "户", .moreThan, nil),
        Case("30余万元", "30余万元", .money, "300000", "CNY", .moreThan, nil),
        Case("3.5亿千瓦时", "3.5亿千瓦时", .measure, "350000000", "千瓦时", nil, nil),
        Case("0.35元/千瓦时", "0.35元/千瓦时", .money, "0.35", "CNY", nil, nil),
        Case("200万人次", "200万人次", .count, "2000000", "人次", nil, nil),
        Case("100元以下", "100元以下", .money, "100", "CNY", .atMost, nil),
        Case("十几万元", "十几万元", .money, "100000", "CNY", .moreThan, nil),
        Case("1至11月", "1至11月", .date, nil, nil, nil, nil),
        Case("2024年第二季度", "2024年第二季度", .date, nil, nil, nil, nil),
        Case("二〇二四年十月一日", "二〇二四年十月一日", .date, nil, nil, nil, nil),
        Case("七月", "七月", .date, nil, nil, nil, nil),
        Case("2023 年", "2023 年", .date, nil, nil, nil, nil),
        Case("增长1倍", "1倍", .ratio, "1", "倍", nil, nil),
        Case("翻一番", "翻一番", .ratio, "2", "倍", nil, nil),
        Case("翻两番", "翻两番", .ratio, "4", "倍", nil, nil),
        Case("3.5倍", "3.5倍", .ratio, "3.5", "倍", nil, nil),
        Case("翻了一番", "翻了一番", .ratio, "2", "倍", nil, nil),
        // Units the lexicon does not know.
        Case("年吞吐量860万标箱，", "860万标箱", .measure, "8600000", "标箱", nil, nil),
        Case("算力达到300PFlops以上", "300PFlops以上", .measure, "300", "PFlops", .atLeast, nil),
        Case("已攒下45积分。", "45积分", .count, "45", "积分", nil, nil),
        Case("运量2.5标箱。", "2.5标箱", .measure, "2.5", "标箱", nil, nil),
        // Approximate numerals and multipliers without a digit.
        Case("吸引上万名游客", "上万名", .count, "10000", "名", .moreThan, nil),
        Case("建成数百个站点", "数百个", .count, "100", "个", .moreThan, nil),
        Case("投入几百万元", "几百万元", .money, "1000000", "CNY", .moreThan, nil),
        Case("装机突破千万千瓦", "突破千万千瓦", .measure, "10000000", "千瓦", .moreThan, nil),
        Case("近千名志愿者", "近千名", .count, "1000", "名", .approximately, nil),
        Case("逾万人次参观", "逾万人次", .count, "10000", "人次", .moreThan, nil),
        Case("超过百家企业", "超过百家", .count, "100", "家", .moreThan, nil),
        // Halves.
        Case("占比超过一半", "超过一半", .ratio, "50", "%", .moreThan, nil),
        Case("缩短了近一半", "近一半", .ratio, "50", "%", .approximately, nil),
        // Prefix bounds.
        Case("企业突破5万家", "突破5万家", .count, "50000", "家", .moreThan, nil),
        Case("每镇至少有3所学校", "至少有3所", .count, "3", "所", .atLeast, nil),
        Case("2024年6月21日", "2024年6月21日", .date, nil, nil, nil, nil),
        Case("2019年", "2019年", .date, nil, nil, nil, nil),
        Case("2019年5月6日", "2019年5月6日", .date, nil, nil, nil, nil),
        Case("2021年一季度", "2021年一季度", .date, nil, nil, nil, nil),
        Case("1—3月份", "1—3月份", .date, nil, nil, nil, nil),
        Case("去年9月", "9月", .date, nil, nil, nil, nil),
        Case("今年5月", "5月", .date, nil, nil, nil, nil),
        Case("2024-06-21", "2024-06-21", .date, nil, nil, nil, nil),
        Case("2021-07-30", "2021-07-30", .date, nil, nil, nil, nil),
        Case("2024/6/21", "2024/6/21", .date, nil, nil, nil, nil),
        Case("二〇二四年", "二〇二四年", .date, nil, nil, nil, nil),
        Case("一季度", "一季度", .date, nil, nil, nil, nil),
        Case("第一季度", "第一季度", .date, nil, nil, nil, nil),
        Case("5月", "5月", .date, nil, nil, nil, nil),
        Case("12月31日", "12月31日", .date, nil, nil, nil, nil),
        Case("22:02:09", "22:02:09", .date, nil, nil, nil, nil),
        Case("22:02", "22:02", .date, nil, nil, nil, nil),
        Case("8时30分", "8时30分", .date, nil, nil, nil, nil),
        Case("9点15分", "9点15分", .date, nil, nil, nil, nil),
        Case("90年代", "90年代", .date, nil, nil, nil, nil),
        Case("21世纪", "21世纪", .date, nil, nil, nil, nil),
        Case("2023年度", "2023年度", .date, nil, nil, nil, nil),
        Case("2019—2021年", "2019—2021年", .date, nil, nil, nil, nil),
        Case("星期三", "星期三", .date, nil, nil, nil, nil),
        Case("4月7日", "4月7日", .date, nil, nil, nil, nil),
        Case("4月7日-5月7日", "4月7日", .date, nil, nil, nil, nil),
        Case("2024-06-21 22:02:09", "2024-06-21 22:02:09", .date, nil, nil, nil, nil),
        Case("10点半", "10点半", .date, nil, nil, nil, nil),
        Case("3日", "3日", .date, nil, nil, nil, nil),
        Case("2021年4月", "2021年4月", .date, nil, nil, nil, nil),
        Case("二零二一年三月", "二零二一年三月", .date, nil, nil, nil, nil),
        Case("三季度", "三季度", .date, nil, nil, nil, nil),
    ]

    @Test(arguments: cases)
    func grammar(_ c: Case) throws {
        let found = try NumberParser().expressions(in: c.input)
        let e = try #require(found.first { $0.text == c.text }, "no expression \(c.text) in \(found.map(\.text))")
        #expect(e.kind == c.kind)
        if c.kind != .date {
            #expect(close(e.value, c.value), "value \(e.value)")
            #expect(e.unit == c.unit)
            #expect(e.qualifier == c.qualifier)
            #expect(close(e.rangeEnd, c.rangeEnd), "rangeEnd \(String(describing: e.rangeEnd))")
        }
    }

    /// Things other recognisers report as quantities and this grammar does not.
    @Test(arguments: ["PM2.5", "G20", "COVID-19", "5G", "H7N9", "3D", "1.2.3", "十四五", "1" + String(repeating: "亿", count: 30)])
    func codesAreNotNumbers(_ input: String) throws {
        let found = try NumberParser().expressions(in: input)
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    /// Chinese numeral + 角 that is a word, not money.
    @Test(arguments: ["长三角", "三角形", "五角星", "八角"])
    func angleWordsAreNotMoney(_ input: String) throws {
        let found = try NumberParser().expressions(in: input)
        #expect(!found.contains { $0.kind == .money }, "\(found.map(\.text))")
    }

    /// One-character numerals inside words are not numbers.
    @Test(arguments: ["我们统一去", "统一规划", "万一下雨", "一些企业", "十分重要", "一点都没有"])
    func numeralsInsideWords(_ input: String) throws {
        let found = try NumberParser().expressions(in: input)
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func datesAreNotRanges() throws {
        let found = try NumberParser().expressions(in: "2021年4月7日-5月7日")
        #expect(found.map(\.kind) == [.date, .date])
        #expect(!found.contains { $0.value == -5 })
    }

    @Test func offsetsPointIntoTheOriginal() throws {
        let input = "空氣質量優良率為８４．４％，共２，３００個"
        let found = try NumberParser().expressions(in: input)
        #expect(found.map(\.text) == ["８４．４％", "２，３００個"])
        let scalars = Array(input.unicodeScalars)
        for e in found {
            var t = ""
            t.unicodeScalars.append(contentsOf: scalars[e.codePoints])
            #expect(t == e.text)
        }
        #expect(found.last?.unit == "个")
        #expect(found.last?.value == 2300)
    }

    @Test func sentence() throws {
        let found = try NumberParser().expressions(in: "全市工业固废综合利用率达80%以上，万元规模工业增加值能耗下降超过10%。")
        #expect(found.map(\.text) == ["80%以上", "超过10%"])
        #expect(found.map(\.qualifier) == [.atLeast, .moreThan])
    }

    @Test func linearTime() throws {
        let small = String(repeating: "1234567890", count: 10_000)
        let large = String(repeating: "1234567890", count: 100_000)
        let clock = ContinuousClock()
        let t1 = clock.measure { _ = NumberScanner(small).scan() }
        let t2 = clock.measure { _ = NumberScanner(large).scan() }
        #expect(t2 < t1 * 40 + .milliseconds(50))
        let numerals = String(repeating: "一二三四五六七八九十百千万亿", count: 20_000)
        let t3 = clock.measure { _ = NumberScanner(numerals).scan() }
        #expect(t3 < .seconds(5))
    }

    @Test func mapperCountsCodePointsInEitherDirection() throws {
        let original = "PM2.5浓度为35微克/立方米，同比下降5.4%😀。"
        var mapper = ExpressionMapper(text: try Normalizer().normalize(original))
        let index = CodePointIndex(original)
        let count = original.utf8.count
        // Forward, backward, mid-scalar and past the end.
        for offset in [0, 7, 3, 40, 12, 13, 14, count, count + 5, 1, count - 1, count - 4, 9, 0] {
            #expect(mapper.codePointOffset(ofUTF8: offset) == index.codePointOffset(ofUTF8: min(offset, count)))
        }
    }
}
