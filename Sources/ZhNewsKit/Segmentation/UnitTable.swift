/// The units and measure words that the quantity post-pass attaches to a
/// number (`84.4%`, `2.53亿元`, `18名`, `35μg/m3`).
///
/// Entries are written in normalised form (simplified characters, ASCII for
/// full-width forms, NFKC: `㎡` is `m2`, `℃` is `°C`, `µ` is `μ`). The longest
/// entry that follows a number wins, so `个百分点` beats `个` and `千瓦时`
/// beats the multiplier `千`. A Latin unit is taken only when no ASCII letter
/// or digit follows it (`5mg` yes, `5G` no: that is a code).
///
/// Multipliers (`百 千 万 亿`) are not units: the grammar reads them before a
/// unit, so `万吨` after `1.2` needs no entry of its own (a few common
/// compounds are listed anyway for readers of this table).
enum UnitTable {
    /// Percentages and percentage points.
    static let percent: [String] = [
        "%",  // per cent
        "‰",  // per mille
        "个百分点",  // percentage points (with classifier)
        "百分点",  // percentage points
    ]

    /// Currencies.
    static let money: [String] = [
        "元",  // yuan
        "万元",  // ten thousand yuan
        "亿元",  // hundred million yuan
        "美元",  // US dollars
        "欧元",  // euros
        "港元",  // Hong Kong dollars
        "日元",  // yen
        "英镑",  // pounds sterling
    ]

    /// Area, length, mass, volume.
    static let measures: [String] = [
        "平方公里",  // square kilometres
        "平方千米",  // square kilometres
        "平方米",  // square metres
        "平米",  // square metres (colloquial)
        "公顷",  // hectares
        "亩",  // mu (1/15 hectare)
        "公里",  // kilometres
        "千米",  // kilometres
        "米",  // metres
        "厘米",  // centimetres
        "毫米",  // millimetres
        "吨",  // tonnes
        "万吨",  // ten thousand tonnes
        "吨标准煤",  // tonnes of standard coal equivalent
        "千克",  // kilograms
        "公斤",  // kilograms
        "克",  // grams
        "毫克",  // milligrams
        "微克",  // micrograms
        "斤",  // jin (half a kilogram)
        "立方米",  // cubic metres
        "升",  // litres
        "毫升",  // millilitres
        "km2", "m2", "km", "m", "cm", "mm", "kg", "mg", "\u{03BC}g", "t", "m3",
    ]

    /// Energy, power, concentration, temperature.
    static let physical: [String] = [
        "千瓦时",  // kilowatt hours
        "度",  // kilowatt hours (colloquial) or degrees
        "千瓦",  // kilowatts
        "兆瓦",  // megawatts
        "瓦",  // watts
        "微克/立方米",  // micrograms per cubic metre
        "毫克/立方米",  // milligrams per cubic metre
        "毫克/升",  // milligrams per litre
        "摄氏度",  // degrees Celsius
        "°C",
        "kWh", "kW", "MW", "GW", "\u{03BC}g/m3", "mg/m3", "mg/L",
    ]

    /// Durations (calendar dates are recognised separately: `2019年`, `5月`, `6日`).
    static let durations: [String] = [
        "年",  // years (a four-digit number before 年 is a year: a date)
        "个月",  // months
        "天",  // days
        "小时",  // hours
        "分钟",  // minutes
        "秒",  // seconds
        "周",  // weeks
        "个工作日",  // working days
        "工作日",  // working days
    ]

    /// Measure words (classifiers). A number and its measure word are one
    /// ``TokenKind/quantity`` token (`18名`, `一家`, `53个`).
    static let measureWords: [String] = [
        "个",  // generic classifier
        "家",  // firms, households
        "名",  // people
        "位",  // people (polite)
        "人",  // people
        "人次",  // person-times
        "家次",  // firm-times
        "户",  // households
        "件",  // items, cases
        "项",  // items, projects
        "类",  // kinds
        "座",  // buildings, mountains, plants
        "份",  // copies, portions
        "条",  // long things, rivers, items
        "次",  // times
        "处",  // places
        "所",  // institutions
        "台",  // machines
        "辆",  // vehicles
        "艘",  // ships
        "只",  // animals, items
        "头",  // livestock
        "批",  // batches
        "套",  // sets
        "场",  // events
        "篇",  // articles
        "张",  // flat things
        "部",  // films, devices
        "栋",  // buildings
        "棵",  // trees
        "株",  // plants
        "片",  // areas, pieces
        "块",  // pieces, plots
        "起",  // incidents
        "宗",  // cases
        "例",  // cases
        "倍",  // times (multiple)
        "多倍",  // several times
    ]

    /// Every entry.
    static let all: [String] = percent + money + measures + physical + durations + measureWords

    /// Entries as UTF-8, grouped by first byte, longest first.
    private static let byFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for unit in all {
            let bytes = Array(unit.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        for i in table.indices { table[i].sort { $0.count > $1.count } }
        return table
    }()

    /// The byte length of the longest unit at `pos`, if any.
    /// - Complexity: O(k) in the number of entries sharing the first byte.
    static func match(_ b: UnsafeBufferPointer<UInt8>, at pos: Int) -> Int? {
        guard pos < b.count else { return nil }
        let candidates = byFirstByte[Int(b[pos])]
        guard !candidates.isEmpty else { return nil }
        outer: for unit in candidates where pos + unit.count <= b.count {
            for k in 1..<unit.count where b[pos + k] != unit[k] { continue outer }
            let last = unit[unit.count - 1]
            if last < 0x80, ByteClass.isLetter(last) || ByteClass.isDigit(last) {
                let next = pos + unit.count
                if next < b.count, ByteClass.isLetter(b[next]) || ByteClass.isDigit(b[next]) { continue }
            }
            return unit.count
        }
        return nil
    }
}
