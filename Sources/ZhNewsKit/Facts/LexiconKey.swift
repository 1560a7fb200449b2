/// A short run of UTF-8 bytes packed into two words: a cheap hash key for
/// lexicon entries, compared byte for byte instead of character by character.
///
/// Byte identity is the same as `String` equality (canonical equivalence) only
/// for text whose characters have no canonical decomposition and do not
/// combine; ``isPlain(_:)`` tells such text apart, and lookups fall back to a
/// `String` for anything else.
struct LexiconKey: Hashable, Sendable {
    /// The most bytes a key holds.
    static let capacity = 16

    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var count: UInt8 = 0

    /// Packs `bytes`; `nil` when there are more than ``capacity``.
    ///
    /// - Complexity: O(n) for n bytes.
    init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count <= Self.capacity else { return nil }
        var i: UInt64 = 0
        for b in bytes {
            if i < 8 {
                low |= UInt64(b) << (i * 8)
            } else {
                high |= UInt64(b) << ((i - 8) * 8)
            }
            i += 1
        }
        count = UInt8(i)
    }

    /// Appends `byte`; `false` (and the key unchanged) when the key is full.
    ///
    /// Lets a caller extend a key one character at a time instead of packing
    /// every prefix afresh.
    mutating func append(_ byte: UInt8) -> Bool {
        let i = UInt64(count)
        guard i < UInt64(Self.capacity) else { return false }
        if i < 8 {
            low |= UInt64(byte) << (i * 8)
        } else {
            high |= UInt64(byte) << ((i - 8) * 8)
        }
        count += 1
        return true
    }

    /// Whether `bytes` (valid UTF-8) consist only of ASCII and of the CJK
    /// ideographs U+4000–U+9FFF: characters without a canonical decomposition
    /// that never combine, so two such runs are equal strings exactly when
    /// their bytes are equal.
    ///
    /// - Complexity: O(n) for n bytes.
    static func isPlain(_ bytes: some Collection<UInt8>) -> Bool {
        var skip = 0
        for b in bytes {
            if skip > 0 {
                skip -= 1
            } else if b < 0x80 {
                continue
            } else if b >= 0xE4 && b <= 0xE9 {
                skip = 2  // a three-byte sequence U+4000–U+9FFF
            } else {
                return false
            }
        }
        return true
    }
}

extension LexiconKey {
    /// A cheap hash of the key's words for ``LexiconTable``.
    var mixedHash: Int {
        var h = low &* 0x9E37_79B9_7F4A_7C15
        h ^= (high &+ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }
}

/// An open-addressing table from ``LexiconKey`` to values (word classes):
/// a lookup multiplies two words instead of running a general-purpose hasher.
struct LexiconTable<Value: Sendable>: Sendable {
    private var keys: [LexiconKey]
    private var classes: [Value?]  // `nil`: an empty slot
    private let mask: Int

    /// A table of `entries` (keys distinct).
    ///
    /// - Complexity: O(n) expected for n entries.
    init(_ entries: [(LexiconKey, Value)]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        let empty = LexiconKey([UInt8]())!
        keys = [LexiconKey](repeating: empty, count: capacity)
        classes = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, c) in entries {
            var i = key.mixedHash & mask
            while classes[i] != nil, keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            classes[i] = c
        }
    }

    /// The value stored for `key`, if any.
    ///
    /// - Complexity: O(1) expected.
    subscript(key: LexiconKey) -> Value? {
        var i = key.mixedHash & mask
        while let c = classes[i] {
            if keys[i] == key { return c }
            i = (i + 1) & mask
        }
        return nil
    }
}
