/// A character encoding ``InputDecoder`` can read.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, Codable {
    /// UTF-8 (a UTF-8 byte order mark is skipped).
    case utf8 = "utf-8"
    /// UTF-16, little-endian (chosen automatically after a `FF FE` byte order mark).
    case utf16LE = "utf-16le"
    /// UTF-16, big-endian (chosen automatically after a `FE FF` byte order mark).
    case utf16BE = "utf-16be"
    /// GB 18030, the superset of GBK and GB 2312 used by mainland sites.
    case gb18030
    /// GBK as Windows code page 936 defines it: the single bytes `0x80` and `0xFF` decode to
    /// `€` and a private-use character, so strict decoding only rejects broken double-byte sequences.
    case gbk
    /// Big5 (Windows code page 950), used by Taiwan and Hong Kong sites.
    case big5
    /// Guess: UTF-8 when the bytes are valid UTF-8, otherwise ICU's charset detector.
    case auto

    /// The name of the ICU converter for a legacy charset, `nil` for Unicode encodings and `auto`.
    var icuConverterName: String? {
        switch self {
        case .gb18030: "GB18030"
        case .gbk: "GBK"
        case .big5: "Big5"
        case .utf8, .utf16LE, .utf16BE, .auto: nil
        }
    }

    /// The encoding matching a charset name reported by ICU's detector, if ZhNewsKit can decode it.
    static func detected(_ name: String) -> TextEncoding? {
        switch name.uppercased() {
        case "UTF-8": .utf8
        case "UTF-16LE": .utf16LE
        case "UTF-16BE": .utf16BE
        case "GB18030", "GBK", "GB2312", "EUC-CN": .gb18030
        case "BIG5", "BIG5-HKSCS": .big5
        default: nil
        }
    }
}
