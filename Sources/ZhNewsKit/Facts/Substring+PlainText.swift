extension Substring {
    /// Whether the text is plain (see ``LexiconKey/isPlain(_:)``) and has no
    /// CR: then each character is one scalar and equal text is equal bytes.
    var isPlainText: Bool {
        LexiconKey.isPlain(utf8) && !utf8.contains(0x0D)
    }

    /// The number of characters (`count`), counted from the bytes for plain text.
    ///
    /// - Complexity: O(n).
    var characterCount: Int {
        guard isPlainText else { return count }
        var scalars = 0
        for b in utf8 where b & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }

    /// `hasPrefix(prefix)`, compared byte for byte when both texts are plain.
    func hasPlainPrefix(_ prefix: String) -> Bool {
        guard isPlainText, Substring(prefix).isPlainText else { return hasPrefix(prefix) }
        return utf8.starts(with: prefix.utf8)
    }

    /// `hasSuffix(suffix)`, compared byte for byte when both texts are plain.
    func hasPlainSuffix(_ suffix: String) -> Bool {
        guard isPlainText, Substring(suffix).isPlainText else { return hasSuffix(suffix) }
        return utf8.reversed().starts(with: suffix.utf8.reversed())
    }
}
