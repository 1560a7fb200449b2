/// Recognises runs of Chinese numeral characters (`三千五百万`, `二〇一九`,
/// `两`, the financial forms `壹贰叁…拾佰仟`) for the quantity post-pass.
///
/// Only validity and small values matter here: the number parser computes
/// values. Traditional forms (`萬`, `億`, `兩`, `貳`) have already been
/// simplified by the normaliser.
enum ChineseNumeral {
    /// What a run of numeral characters is.
    enum Form: Equatable {
        /// Digits only, written digit by digit (`二〇一九`), two or more.
        case digitString(count: Int)
        /// A positional numeral (`三十`, `三千五百万`, `五`); `value` is set when
        /// the numeral has no 万/亿 part.
        case positional(value: Int?, hasDigit: Bool, hasPower: Bool)
        /// Not a well-formed numeral (`十四五`, `四五`, `万一`).
        case invalid
    }

    /// The value of a digit character, 0–9.
    @inline(__always) static func digit(_ c: UInt32) -> Int? {
        switch c {
        case 0x96F6, 0x3007: 0  // 零 〇 (zero)
        case 0x4E00, 0x58F9: 1  // 一 壹 (one)
        case 0x4E8C, 0x4E24, 0x8D30: 2  // 二 两 贰 (two)
        case 0x4E09, 0x53C1: 3  // 三 叁 (three)
        case 0x56DB, 0x8086: 4  // 四 肆 (four)
        case 0x4E94, 0x4F0D: 5  // 五 伍 (five)
        case 0x516D, 0x9646: 6  // 六 陆 (six)
        case 0x4E03, 0x67D2: 7  // 七 柒 (seven)
        case 0x516B, 0x634C: 8  // 八 捌 (eight)
        case 0x4E5D, 0x7396: 9  // 九 玖 (nine)
        default: nil
        }
    }

    /// The value of a power character.
    @inline(__always) static func power(_ c: UInt32) -> Int? {
        switch c {
        case 0x5341, 0x62FE: 10  // 十 拾 (ten)
        case 0x767E, 0x4F70: 100  // 百 佰 (hundred)
        case 0x5343, 0x4EDF: 1000  // 千 仟 (thousand)
        case 0x4E07: 10_000  // 万 (ten thousand)
        case 0x4EBF: 100_000_000  // 亿 (hundred million)
        default: nil
        }
    }

    /// Whether a scalar is a numeral digit or power.
    @inline(__always) static func isNumeralScalar(_ c: UInt32) -> Bool {
        digit(c) != nil || power(c) != nil
    }

    /// Classifies a run of numeral scalars.
    static func classify(_ scalars: [UInt32]) -> Form {
        guard !scalars.isEmpty else { return .invalid }
        if scalars.count >= 2, scalars.allSatisfy({ digit($0) != nil && $0 != 0x4E24 }) {
            return .digitString(count: scalars.count)
        }
        var section = 0
        var pending: Int? = nil
        var lastSmall = Int.max
        var lastBig = Int.max
        var previousWasDigit = false
        var previousWasZero = false
        var previousBig: Int? = nil
        var sawBig = false
        var hasDigit = false
        var hasPower = false
        for c in scalars {
            if let d = digit(c) {
                if previousWasDigit && !previousWasZero { return .invalid }
                hasDigit = true
                previousWasDigit = true
                previousWasZero = d == 0
                if d != 0 { pending = d }
                previousBig = nil
                continue
            }
            guard let p = power(c) else { return .invalid }
            hasPower = true
            if p < 10_000 {
                if p >= lastSmall { return .invalid }
                let multiplier: Int
                if let d = pending {
                    multiplier = d
                } else if p == 10, section == 0 || previousWasZero {
                    multiplier = 1
                } else {
                    return .invalid
                }
                section += multiplier * p
                pending = nil
                lastSmall = p
                previousBig = nil
            } else {
                let value = section + (pending ?? 0)
                if value == 0 {
                    // 万亿 (a trillion) is one multiplier; any other empty section is malformed.
                    guard previousBig == 10_000, p == 100_000_000 else { return .invalid }
                } else if p >= lastBig {
                    return .invalid
                }
                lastBig = min(lastBig, p)
                sawBig = true
                section = 0
                pending = nil
                lastSmall = Int.max
                previousBig = p
            }
            previousWasDigit = false
            previousWasZero = false
        }
        let value = sawBig ? nil : section + (pending ?? 0)
        return .positional(value: value, hasDigit: hasDigit, hasPower: hasPower)
    }
}
