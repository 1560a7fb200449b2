/// Turns the bytes of a scraped page into text, refusing what is not text.
///
/// ```swift
/// let bytes = Array(try Data(contentsOf: url))
/// let input = try InputDecoder(encoding: .auto).decode(bytes)
/// let analysis = try Pipeline().analyze(input.text)
/// ```
///
/// - UTF-8 is the default and is validated strictly: the error names the
///   byte offset of the first malformed sequence. With ``lossy`` malformed
///   sequences become U+FFFD instead.
/// - A byte order mark is skipped; a UTF-16 mark switches to UTF-16.
/// - GB 18030, GBK and Big5 are decoded with ICU converters.
/// - ``TextEncoding/auto`` keeps valid UTF-8 as UTF-8 and otherwise asks
///   ICU's charset detector, trying GB 18030 and Big5 when it has no usable answer.
/// - NUL bytes or mostly control bytes are ``ZhNewsError/binaryInput(byteOffset:)``;
///   no text at all is ``ZhNewsError/emptyInput``; more than ``maxBytes`` is
///   ``ZhNewsError/inputTooLarge(bytes:limit:)``.
public struct InputDecoder: Sendable, Hashable {
    /// The default size limit: 64 MiB, far above any news page.
    public static let defaultMaxBytes = 64 << 20

    /// The encoding to read.
    public var encoding: TextEncoding
    /// Replace malformed sequences with U+FFFD instead of failing.
    public var lossy: Bool
    /// The largest input accepted, in bytes.
    public var maxBytes: Int

    /// Creates a decoder.
    public init(encoding: TextEncoding = .utf8, lossy: Bool = false, maxBytes: Int = InputDecoder.defaultMaxBytes) {
        self.encoding = encoding
        self.lossy = lossy
        self.maxBytes = maxBytes
    }

    /// Decodes `bytes`.
    ///
    /// - Parameter bytes: The raw input.
    /// - Returns: The text (byte order mark removed) and the encoding used.
    /// - Throws: ``ZhNewsError/inputTooLarge(bytes:limit:)``, ``ZhNewsError/binaryInput(byteOffset:)``,
    ///   ``ZhNewsError/undecodableInput(encoding:byteOffset:)`` (offsets count from the first byte of
    ///   the input, byte order mark included), ``ZhNewsError/emptyInput``, or ``ZhNewsError/icu(_:)``
    ///   when an ICU converter cannot be opened.
    /// - Complexity: O(n) in the number of bytes.
    public func decode(_ bytes: [UInt8]) throws(ZhNewsError) -> DecodedInput {
        guard bytes.count <= maxBytes else { throw .inputTooLarge(bytes: bytes.count, limit: maxBytes) }
        let decoded: DecodedInput
        if let (bomEncoding, bomLength) = Self.byteOrderMark(of: bytes) {
            decoded = try decode(bytes, as: bomEncoding, skipping: bomLength)
        } else {
            if let offset = Self.binaryOffset(in: bytes) { throw .binaryInput(byteOffset: offset) }
            decoded = try decodeWithoutMark(bytes)
        }
        if let offset = decoded.text.utf8.firstIndex(of: 0) {
            throw .binaryInput(byteOffset: decoded.text.utf8.distance(from: decoded.text.utf8.startIndex, to: offset))
        }
        guard decoded.text.unicodeScalars.contains(where: { !Self.isBlank($0) }) else { throw .emptyInput }
        return decoded
    }

    private func decodeWithoutMark(_ bytes: [UInt8]) throws(ZhNewsError) -> DecodedInput {
        guard encoding == .auto else { return try decode(bytes, as: encoding, skipping: 0) }
        if let text = String(validating: bytes, as: UTF8.self) { return DecodedInput(text: text, encoding: .utf8) }
        var candidates: [TextEncoding] = []
        let guess = try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ICUError) in try ICU.detectCharset(buffer) }
        }.mapError(ZhNewsError.icu).get()
        // Without a byte order mark only the legacy CJK answers are trusted: on short text the
        // detector also proposes UTF-16, which NUL-free input cannot be.
        if let guess, let found = TextEncoding.detected(guess.name), found.icuConverterName != nil {
            candidates.append(found)
        }
        for fallback in [TextEncoding.gb18030, .big5] where !candidates.contains(fallback) { candidates.append(fallback) }
        // Every candidate that decodes strictly competes; the most plausible Chinese text wins
        // (the detector's own answer first on ties). Big5 bytes read as GB 18030, and the reverse,
        // usually decode but give kana, rare characters and symbols.
        var firstError: ZhNewsError?
        var best: (input: DecodedInput, score: Double)?
        for candidate in candidates {
            do {
                let input = try InputDecoder(encoding: candidate, lossy: false, maxBytes: maxBytes)
                    .decode(bytes, as: candidate, skipping: 0)
                let score = Self.plausibility(of: input.text)
                if best == nil || score > best!.score { best = (input, score) }
            } catch {
                if case .icu = error { throw error }
                firstError = firstError ?? error
            }
        }
        if let best { return best.input }
        if lossy { return try decode(bytes, as: candidates[0], skipping: 0) }
        if case .undecodableInput(_, let offset)? = firstError {
            throw .undecodableInput(encoding: "any of " + candidates.map(\.rawValue).joined(separator: ", "), byteOffset: offset)
        }
        throw firstError ?? .undecodableInput(encoding: "auto", byteOffset: nil)
    }

    /// Decodes `bytes` after `skip` bytes of byte order mark in a definite encoding.
    private func decode(_ bytes: [UInt8], as encoding: TextEncoding, skipping skip: Int) throws(ZhNewsError) -> DecodedInput {
        let body = bytes[skip...]
        switch encoding {
        case .utf8, .auto:
            if let text = String(validating: body, as: UTF8.self) {
                return DecodedInput(text: text, encoding: .utf8, byteOrderMarkLength: skip)
            }
            guard lossy else {
                throw .undecodableInput(encoding: "UTF-8", byteOffset: skip + Self.firstInvalidUTF8Offset(in: body))
            }
            return DecodedInput(
                text: String(decoding: body, as: UTF8.self), encoding: .utf8, byteOrderMarkLength: skip,
                hadReplacements: true)
        case .utf16LE, .utf16BE:
            return try decodeUTF16(body, bigEndian: encoding == .utf16BE, skipping: skip)
        case .gb18030, .gbk, .big5:
            let name = encoding.icuConverterName!
            let result = try body.withUnsafeBufferPointer { buffer in
                Result { () throws(ICUError) in try ICU.decode(buffer, charset: name, lossy: lossy) }
            }.mapError(ZhNewsError.icu).get()
            if let offset = result.errorOffset {
                throw .undecodableInput(encoding: name, byteOffset: skip + offset)
            }
            let text = String(decoding: result.utf16, as: UTF16.self)
            return DecodedInput(
                text: text, encoding: encoding, byteOrderMarkLength: skip,
                hadReplacements: lossy && text.unicodeScalars.contains("\u{FFFD}"))
        }
    }

    private func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool, skipping skip: Int) throws(ZhNewsError) -> DecodedInput {
        let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let (a, b) = (UInt16(body[i]), UInt16(body[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        let oddByte = body.count % 2 == 1
        if !lossy {
            if let offset = Self.firstInvalidUTF16Offset(in: units) {
                throw .undecodableInput(encoding: name, byteOffset: skip + 2 * offset)
            }
            if oddByte { throw .undecodableInput(encoding: name, byteOffset: skip + body.count - 1) }
        }
        var text = String(decoding: units, as: UTF16.self)
        if oddByte { text.append("\u{FFFD}") }
        let encoding: TextEncoding = bigEndian ? .utf16BE : .utf16LE
        let replaced = oddByte || Self.firstInvalidUTF16Offset(in: units) != nil
        return DecodedInput(text: text, encoding: encoding, byteOrderMarkLength: skip, hadReplacements: replaced)
    }
}

extension InputDecoder {
    /// The encoding announced by a byte order mark, and the mark's length.
    static func byteOrderMark(of bytes: [UInt8]) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// Where binary data shows: the first NUL byte, or the first control byte when more than
    /// one byte in ten of the first 64 KiB are C0 control bytes other than tab, line feed,
    /// vertical tab, form feed, carriage return and escape.
    static func binaryOffset(in bytes: [UInt8]) -> Int? {
        if let nul = bytes.firstIndex(of: 0) { return nul }
        let sample = bytes.prefix(64 << 10)
        var controls = 0
        var first: Int?
        for (offset, byte) in sample.enumerated() where byte < 0x20 || byte == 0x7F {
            switch byte {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: continue
            default:
                controls += 1
                first = first ?? offset
            }
        }
        return controls * 10 > sample.count ? first : nil
    }

    /// The offset (from the slice's start) of the first malformed UTF-8 sequence;
    /// `count` when the slice only ends in the middle of a sequence.
    static func firstInvalidUTF8Offset(in bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// The index of the first unpaired surrogate, if any.
    static func firstInvalidUTF16Offset(in units: [UInt16]) -> Int? {
        var i = 0
        while i < units.count {
            let unit = units[i]
            if UTF16.isLeadSurrogate(unit) {
                guard i + 1 < units.count, UTF16.isTrailSurrogate(units[i + 1]) else { return i }
                i += 2
            } else if UTF16.isTrailSurrogate(unit) {
                return i
            } else {
                i += 1
            }
        }
        return nil
    }

    /// The share of scalars (in the first 4096) that are common in Chinese text: CJK unified
    /// ideographs of the basic block, ASCII, CJK and full-width punctuation.
    static func plausibility(of text: String) -> Double {
        var total = 0
        var common = 0
        for scalar in text.unicodeScalars.prefix(4096) {
            total += 1
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x20...0x7E, 0x09, 0x0A, 0x0D, 0x3000...0x303F, 0xFF01...0xFF5E: common += 1
            default: break
            }
        }
        return total == 0 ? 0 : Double(common) / Double(total)
    }

    /// Whether a scalar carries no visible text (white space, zero-width characters, a stray BOM).
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0xFEFF || (0x200B...0x200D).contains(scalar.value)
    }
}
