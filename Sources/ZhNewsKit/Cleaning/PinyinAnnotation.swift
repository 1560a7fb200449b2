/// Finds pinyin annotations after Han characters, `藍(lán)` or `蓝(lan2)`:
/// a parenthesis right after a Han character holding only Latin syllables
/// with tone marks or tone digits. Acronyms in parentheses (`(VOCs)`) have
/// no tone and stay.
enum PinyinAnnotation {
    /// Vowels with tone marks.
    private static let toneVowels = ScalarSet("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".unicodeScalars)

    /// Scalar ranges of the annotations (parentheses included) in `range`.
    /// - Complexity: O(n).
    static func spans(in range: Range<Int>, of t: ScalarText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = range.lowerBound + 1
        while i < range.upperBound {
            guard t.scalars[i] == "(", ScalarText.isHan(t.scalars[i - 1]) else {
                i += 1
                continue
            }
            var p = i + 1
            var toned = false, letters = 0, toneDigits = 0
            while p < range.upperBound, p - i <= 40 {
                let s = t.scalars[p]
                if toneVowels.contains(s) {
                    toned = true
                    letters += 1
                } else if ScalarText.isASCIILetter(s) || s == "ü" {
                    letters += 1
                } else if ("1"..."5").contains(s), p > i + 1, ScalarText.isASCIILetter(t.scalars[p - 1]) {
                    toneDigits += 1
                } else if s != " " && s != "'" {
                    break
                }
                p += 1
            }
            let lowercase = (i + 1..<p).allSatisfy { !("A"..."Z").contains(t.scalars[$0]) }
            if p < range.upperBound, t.scalars[p] == ")", letters > 0, lowercase, toned || toneDigits > 0 {
                result.append(i..<(p + 1))
                i = p + 1
            } else {
                i += 1
            }
        }
        return result
    }
}
