import Foundation

/// A unit that may follow a number: what kind of quantity it makes, the
/// canonical unit it is reported with, and the factor folded into the value.
struct UnitEntry: Sendable, Hashable {
    /// The unit as written (simplified characters).
    var surface: [Unicode.Scalar]
    /// The kind of quantity a number with this unit is.
    var kind: QuantityKind
    /// The unit reported (`CNY`, `%`, the classifier, the base measure).
    var unit: String?
    /// Multiplied into the value (`角` → 0.1 yuan).
    var scale: Decimal = 1
}

/// The documented lexicons of the number grammar: digits, multipliers,
/// units, qualifier words. Every Chinese literal carries an English gloss.
enum NumberLexicon {
    /// The value of a digit character: ASCII, Chinese, financial and traditional forms.
    ///
    /// Answered from a table for the Basic Multilingual Plane: the scanner asks
    /// this for most characters of a text, and the table read is much cheaper
    /// than the chain of comparisons behind ``digitByRules(_:)``.
    @inline(__always)
    static func digit(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        guard v < 0x10000 else { return digitByRules(c) }
        let d = digitTable[Int(v)]
        return d < 0 ? nil : Int(d)
    }

    /// ``digit(_:)`` for every BMP scalar (−1: not a digit).
    private static let digitTable: [Int8] = (0..<0x10000).map { v in
        guard let c = Unicode.Scalar(UInt32(v)), let d = digitByRules(c) else { return -1 }
        return Int8(d)
    }

    /// ``isNumeral(_:)`` for every BMP scalar.
    private static let numeralTable: [Bool] = (0..<0x10000).map { v in
        guard let c = Unicode.Scalar(UInt32(v)) else { return false }
        return digitByRules(c) != nil || smallUnit(c) != nil || bigUnit(c) != nil
    }

    /// ``fold(_:)`` for every BMP scalar.
    private static let foldTable: [Unicode.Scalar] = (0..<0x10000).map { v in
        guard let c = Unicode.Scalar(UInt32(v)) else { return " " }
        return foldByRules(c)
    }

    /// The rules behind ``digit(_:)``.
    static func digitByRules(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "0"..."9": return Int(c.value - 0x30)
        case "零", "〇": return 0  // zero
        case "一", "壹", "幺": return 1  // one
        case "二", "贰", "貳", "两", "兩", "俩", "倆": return 2  // two
        case "三", "叁", "參", "叄": return 3  // three
        case "四", "肆": return 4  // four
        case "五", "伍": return 5  // five
        case "六", "陆", "陸": return 6  // six
        case "七", "柒": return 7  // seven
        case "八", "捌": return 8  // eight
        case "九", "玖": return 9  // nine
        default: return nil
        }
    }

    /// Whether `c` is an ASCII digit.
    @inline(__always)
    static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// Whether `c` is a Chinese digit (not an ASCII one).
    static func isChineseDigit(_ c: Unicode.Scalar) -> Bool { !isASCIIDigit(c) && digit(c) != nil }

    /// 十 百 千 (ten, hundred, thousand) and their financial forms.
    static func smallUnit(_ c: Unicode.Scalar) -> Decimal? {
        switch c {
        case "十", "拾": return 10  // ten
        case "百", "佰": return 100  // hundred
        case "千", "仟": return 1000  // thousand
        default: return nil
        }
    }

    /// 万 亿 (ten thousand, hundred million), simplified and traditional.
    static func bigUnit(_ c: Unicode.Scalar) -> Decimal? {
        switch c {
        case "万", "萬": return 10_000  // ten thousand
        case "亿", "億": return 100_000_000  // hundred million
        default: return nil
        }
    }

    /// Whether `c` is any numeral character (digit or multiplier).
    @inline(__always)
    static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x10000 ? numeralTable[Int(c.value)] : digit(c) != nil || smallUnit(c) != nil || bigUnit(c) != nil
    }

    /// Whether `c` is an ASCII letter.
    @inline(__always)
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    /// Whether `c` is a CJK ideograph.
    @inline(__always)
    static func isHan(_ c: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value)
    }

    /// Traditional forms of characters the grammar looks at, folded one to one
    /// (used when normalisation has been switched off). Answered from a table
    /// for the Basic Multilingual Plane.
    @inline(__always)
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value < 0x10000 ? foldTable[Int(c.value)] : foldByRules(c)
    }

    /// ``fold(_:)`` of each scalar of a text.
    static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let table = foldTable
        return scalars.map { $0.value < 0x10000 ? table[Int($0.value)] : foldByRules($0) }
    }

    /// The rules behind ``fold(_:)``.
    static func foldByRules(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "個": return "个"  // piece
        case "項": return "项"  // item
        case "條": return "条"  // strip
        case "張": return "张"  // sheet
        case "輛": return "辆"  // vehicle
        case "隻": return "只"  // animal
        case "間": return "间"  // room
        case "場": return "场"  // session
        case "戶": return "户"  // household
        case "處": return "处"  // place
        case "筆": return "笔"  // sum
        case "對": return "对"  // pair
        case "組": return "组"  // group
        case "種": return "种"  // kind
        case "層": return "层"  // storey
        case "顆": return "颗"  // grain
        case "臺", "颱": return "台"  // machine
        case "噸": return "吨"  // tonne
        case "畝": return "亩"  // mu
        case "裡", "裏": return "里"  // li
        case "圓": return "元"  // yuan
        case "塊": return "块"  // kuai (yuan) / piece
        case "錢": return "钱"  // money
        case "幣": return "币"  // currency
        case "歐": return "欧"  // Europe
        case "鎊": return "镑"  // pound
        case "點": return "点"  // point
        case "約": return "约"  // about
        case "餘": return "余"  // more than
        case "於": return "于"  // than
        case "達": return "达"  // reach
        case "為": return "为"  // be
        case "億": return "亿"  // hundred million
        case "萬": return "万"  // ten thousand
        case "兩": return "两"  // two
        case "陸": return "陆"  // six
        case "貳": return "贰"  // two (financial)
        case "參": return "叁"  // three (financial)
        case "負": return "负"  // negative
        case "％": return "%"
        case "‰": return "‰"
        case "～": return "~"
        case "－": return "-"
        case "，": return ","
        case "．": return "."
        case "：": return ":"
        default:
            if c.value >= 0xFF10 && c.value <= 0xFF19 { return Unicode.Scalar(c.value - 0xFF10 + 0x30)! }
            return c
        }
    }

    // MARK: Units

    private static func entries(_ kind: QuantityKind, _ words: [String], unit: String? = nil, scale: Decimal = 1)
        -> [UnitEntry]
    {
        words.map { UnitEntry(surface: Array($0.unicodeScalars), kind: kind, unit: unit ?? $0, scale: scale) }
    }

    /// Every unit, keyed by its first scalar, longest first.
    static let units: [Unicode.Scalar: [UnitEntry]] = {
        var all: [UnitEntry] = []
        // Percentages and percentage points.
        all += entries(.percentage, ["%"], unit: "%")
        all += entries(.percentage, ["‰"], unit: "‰")
        all += entries(.percentagePoint, ["个百分点", "百分点"], unit: "pp")  // percentage point(s)
        // Money, normalised to the base currency unit.
        all += entries(.money, ["元", "元人民币", "块钱", "人民币"], unit: "CNY")  // yuan, yuan RMB, kuai, RMB
        // 圆 (formal 元; the scanner accepts it after financial numerals or before 整), 元整/圆整 (yuan exactly).
        all += entries(.money, ["圆", "元整", "圆整"], unit: "CNY")
        all += entries(.money, ["角", "毛", "毛钱"], unit: "CNY", scale: Decimal(string: "0.1")!)  // jiao/mao
        all += entries(.money, ["分钱"], unit: "CNY", scale: Decimal(string: "0.01")!)  // fen
        all += entries(.money, ["美元", "美金"], unit: "USD")  // US dollar
        all += entries(.money, ["港元", "港币"], unit: "HKD")  // Hong Kong dollar
        all += entries(.money, ["欧元"], unit: "EUR")  // euro
        all += entries(.money, ["日元", "日币", "日圆"], unit: "JPY")  // yen
        all += entries(.money, ["英镑"], unit: "GBP")  // pound sterling
        all += entries(.money, ["新台币", "台币"], unit: "TWD")  // New Taiwan dollar
        all += entries(.money, ["澳元", "澳币", "澳大利亚元"], unit: "AUD")  // Australian dollar
        all += entries(.money, ["加元", "加币", "加拿大元"], unit: "CAD")  // Canadian dollar
        all += entries(.money, ["新西兰元", "纽元"], unit: "NZD")  // New Zealand dollar
        all += entries(.money, ["卢布"], unit: "RUB")  // rouble
        all += entries(.money, ["韩元", "韩币"], unit: "KRW")  // won
        all += entries(.money, ["澳门元", "澳门币"], unit: "MOP")  // pataca
        all += entries(.money, ["新加坡元", "新元"], unit: "SGD")  // Singapore dollar
        all += entries(.money, ["瑞士法郎", "法郎"], unit: "CHF")  // Swiss franc
        all += entries(.money, ["泰铢"], unit: "THB")  // baht
        all += entries(.money, ["卢比", "印度卢比"], unit: "INR")  // rupee, Indian rupee
        all += entries(.money, ["印度卢布"], unit: "INR")  // Indian rupee (a common misnomer)
        all += entries(.money, ["巴基斯坦卢比"], unit: "PKR")  // Pakistani rupee
        all += entries(.money, ["马来西亚令吉", "令吉", "林吉特", "马币"], unit: "MYR")  // ringgit
        all += entries(.money, ["越南盾"], unit: "VND")  // dong
        all += entries(.money, ["印尼盾"], unit: "IDR")  // rupiah
        all += entries(.money, ["菲律宾比索"], unit: "PHP")  // Philippine peso
        all += entries(.money, ["墨西哥比索"], unit: "MXN")  // Mexican peso
        all += entries(.money, ["阿根廷比索"], unit: "ARS")  // Argentine peso
        all += entries(.money, ["瑞典克朗"], unit: "SEK")  // Swedish krona
        all += entries(.money, ["挪威克朗"], unit: "NOK")  // Norwegian krone
        all += entries(.money, ["丹麦克朗"], unit: "DKK")  // Danish krone
        all += entries(.money, ["巴西雷亚尔", "雷亚尔"], unit: "BRL")  // real
        all += entries(.money, ["南非兰特", "兰特"], unit: "ZAR")  // rand
        all += entries(.money, ["土耳其里拉"], unit: "TRY")  // Turkish lira
        all += entries(.money, ["沙特里亚尔"], unit: "SAR")  // Saudi riyal
        all += entries(.money, ["迪拉姆", "阿联酋迪拉姆"], unit: "AED")  // UAE dirham
        all += entries(.money, ["美分"], unit: "USD", scale: Decimal(string: "0.01")!)  // US cent
        // Cantonese: 蚊 (dollar) of Hong Kong amounts; its small change 毫 (ten cents) is read by the
        // scanner after 蚊 only (alone, 两毫 may be millimetres and 一丝一毫 is "a tiny bit").
        all += entries(.money, ["蚊"], unit: "HKD")  // dollar (Cantonese)
        // Tenths: N成 (N tenths, reported as a share in per cent).
        all += entries(.ratio, ["成"], unit: "%", scale: 10)
        // Multiples: 倍 (times).
        all += entries(.ratio, ["倍"], unit: "倍")
        // Durations (measure; 年 and 日 are dates in some contexts, decided by the scanner).
        all += entries(.measure, ["年"])  // year(s)
        all += entries(.measure, ["个月"], unit: "月")  // month(s)
        all += entries(.measure, ["天"])  // day(s)
        all += entries(.measure, ["个小时", "小时"], unit: "小时")  // hour(s)
        all += entries(.measure, ["分钟"])  // minute(s)
        all += entries(.measure, ["秒钟", "秒"], unit: "秒")  // second(s)
        all += entries(.measure, ["个星期", "星期", "周"], unit: "周")  // week(s)
        all += entries(.measure, ["个工作日", "工作日"], unit: "工作日")  // working day(s)
        all += entries(.measure, ["个季度"], unit: "季度")  // quarter(s)
        // Areas, lengths, masses, volumes, energy, power, concentration, temperature.
        all += entries(.measure, [
            "公顷",  // hectare
            "亩",  // mu
            "平方公里", "平方千米", "平方米", "平米", "平方",  // km², m²
            "公里", "千米", "米", "厘米", "毫米",  // km, m, cm, mm
            "吨标准煤", "吨标煤", "吨二氧化碳当量", "吨",  // tonne (of coal, of CO2 equivalent)
            "千克", "公斤", "克", "斤", "毫克", "微克",  // kg, g, jin, mg, µg
            "千瓦时", "兆瓦时", "度",  // kWh, MWh, kWh (colloquial) / degree
            "千瓦", "兆瓦", "吉瓦", "瓦",  // kW, MW, GW, W
            "立方米", "升", "毫升",  // m³, litre, ml
            "摄氏度", "°C", "℃",  // degree Celsius
            "分贝",  // decibel
            "百帕", "千帕", "兆帕", "帕",  // hPa, kPa, MPa, Pa
            "微克/立方米", "毫克/立方米", "毫克/升",  // concentrations
            "公里/小时", "千米/小时",  // speed
            "km", "m", "cm", "mm", "kg", "g", "mg", "t", "GW", "MW", "kW", "W", "kWh", "MWh", "GWh",
            "ha", "L", "mL", "ml", "m2", "m3", "km2", "dB", "μg/m3", "µg/m3", "ug/m3", "mg/m3", "mg/L",
        ])
        // Taiwan and Hong Kong names of metric units, reported with the mainland name.
        all += entries(.measure, ["公吨"], unit: "吨")  // metric tonne
        all += entries(.measure, ["公尺"], unit: "米")  // metre
        all += entries(.measure, ["平方公尺"], unit: "平方米")  // square metre
        all += entries(.measure, ["立方公尺"], unit: "立方米")  // cubic metre
        all += entries(.measure, ["公升"], unit: "升")  // litre
        // Classifiers: counts, the classifier is the unit.
        all += entries(.count, [
            "个",  // generic
            "家",  // firms
            "名", "位", "人",  // persons
            "人次", "家次", "户次", "车次", "架次", "辆次", "批次", "班次", "航次", "天次",  // person-times etc.
            "件", "项", "类", "座", "份", "条", "户", "所", "只", "头", "匹", "辆", "艘", "架", "台",
            "套", "批", "次", "起", "宗", "例", "张", "本", "册", "部", "间", "栋", "幢", "处", "棵",
            "株", "片", "口", "场", "篇", "封", "首", "门", "支", "队", "组", "对", "双", "种", "笔",
            "颗", "枚", "把", "层", "床", "轮", "遍", "回", "趟", "页", "箱", "袋", "瓶", "盒", "包",
            "杯", "粒", "根", "块", "期", "届", "村", "样", "款",
        ])
        var table: [Unicode.Scalar: [UnitEntry]] = [:]
        for e in all { table[e.surface[0], default: []].append(e) }
        for k in table.keys { table[k]!.sort { $0.surface.count > $1.surface.count } }
        return table
    }()

    /// Currency signs and codes written before the number.
    static let currencyPrefixes: [(surface: [Unicode.Scalar], code: String)] = ([
        ("US$", "USD"), ("HK$", "HKD"), ("NT$", "TWD"), ("RMB", "CNY"), ("USD", "USD"), ("CNY", "CNY"),
        ("EUR", "EUR"), ("HKD", "HKD"), ("JPY", "JPY"), ("GBP", "GBP"),
        ("人民币", "CNY"),  // renminbi
        ("新台币", "TWD"),  // New Taiwan dollar
        ("港币", "HKD"),  // Hong Kong dollar
        ("美元", "USD"),  // US dollar
        ("$", "USD"), ("¥", "CNY"), ("￥", "CNY"), ("€", "EUR"), ("£", "GBP"),
    ] as [(String, String)]).map { (Array($0.0.unicodeScalars), $0.1) }

    /// Words written right before a number that bound or approximate it, longest first.
    static let prefixQualifiers: [(surface: [Unicode.Scalar], qualifier: Qualifier?)] = ([
        ("不超过", .atMost),  // not more than
        ("不高于", .atMost),  // not higher than
        ("不少于", .atLeast),  // not less than
        ("不低于", .atLeast),  // not lower than
        ("至少有", .atLeast),  // there are at least
        ("超过", .moreThan),  // more than
        ("突破", .moreThan),  // break through (a mark)
        ("多于", .moreThan),  // more than
        ("高于", .moreThan),  // higher than
        ("不到", .lessThan),  // less than
        ("不足", .lessThan),  // under
        ("低于", .lessThan),  // lower than
        ("少于", .lessThan),  // fewer than
        ("未满", .lessThan),  // not yet
        ("至少", .atLeast),  // at least
        ("最少", .atLeast),  // at least
        ("最多", .atMost),  // at most
        ("大约", .approximately),  // about
        ("大概", .approximately),  // roughly
        ("将近", .approximately),  // nearly
        ("接近", .approximately),  // close to
        ("约为", .approximately),  // is about
        ("连续", nil),  // consecutively (part of a duration's text, no bound)
        ("约", .approximately),  // about
        ("近", .approximately),  // nearly
        ("逾", .moreThan),  // over
        ("超", .moreThan),  // over
    ] as [(String, Qualifier?)]).map { (Array($0.0.unicodeScalars), $0.1) }

    /// Characters that, before a prefix qualifier, make it part of another word
    /// (节约 save, 制约 restrict, 最近 recent, 附近 nearby, 赶超 overtake …).
    static func blocksPrefix(_ before: Unicode.Scalar, _ word: [Unicode.Scalar]) -> Bool {
        switch word.first {
        case "约": return "节制预条公签大隐".unicodeScalars.contains(before)  // save, restrict, book, treaty …
        case "近": return "最附接将靠贴临亲".unicodeScalars.contains(before)  // recent, nearby …
        case "超": return "赶高".unicodeScalars.contains(before)  // overtake
        default: return false
        }
    }

    /// Words written right after a quantity that bound or approximate it.
    static let suffixQualifiers: [(surface: [Unicode.Scalar], qualifier: Qualifier)] = ([
        ("以上", .atLeast),  // or more
        ("以下", .atMost),  // or less
        ("以内", .atMost),  // within
        ("之内", .atMost),  // within
        ("左右", .approximately),  // or so
        ("上下", .approximately),  // around
    ] as [(String, Qualifier)]).map { (Array($0.0.unicodeScalars), $0.1) }

    /// Range connectors between two numbers.
    static func isRangeConnector(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "-", "—", "–", "~", "〜", "～", "至", "到": return true  // dashes, tilde, to
        default: return false
        }
    }
}
