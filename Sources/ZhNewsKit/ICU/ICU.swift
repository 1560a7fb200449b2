// The one Swift file that talks to ICU (through CICUShim). Everything ICU
// returns is turned into Swift values here; raw rule-status numbers and
// UErrorCode values do not leave this file except inside `ICUError`.
internal import CICUShim

/// An error reported by ICU, carrying its `UErrorCode` and ICU's name for it.
public struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The raw `UErrorCode` value.
    public let code: Int32
    /// What ZhNewsKit was doing when ICU failed, e.g. `"ubrk_open"`.
    public let operation: String

    /// ICU's symbolic name for ``code`` (from `u_errorName`), e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
    public var name: String { String(cString: cicu_error_name(code)) }

    public var description: String { "ICU \(operation) failed: \(name)" }

    init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }
}

/// A boundary found by an ICU break iterator: the UTF-8 byte offset where a
/// segment ends, and the rule status ICU reported for that segment.
struct RawBoundary: Sendable, Hashable {
    var end: Int
    var status: Int32
}

/// The kind of unit an ICU break iterator splits text into.
enum BreakUnit: Sendable {
    case character, word, line, sentence

    fileprivate var cType: cicu_break_type {
        switch self {
        case .character: CICU_BREAK_CHARACTER
        case .word: CICU_BREAK_WORD
        case .line: CICU_BREAK_LINE
        case .sentence: CICU_BREAK_SENTENCE
        }
    }
}

/// Owns one ICU break iterator (and its UText) for the duration of one call.
private struct BreakIteratorHandle: ~Copyable {
    let pointer: OpaquePointer

    init(unit: BreakUnit, locale: String, utf8: UnsafeBufferPointer<UInt8>) throws(ICUError) {
        var status: Int32 = 0
        let opened = utf8.withMemoryRebound(to: CChar.self) { chars in
            cicu_breaker_open(unit.cType, locale, chars.baseAddress, Int64(chars.count), &status)
        }
        guard let opened, cicu_is_failure(status) == 0 else {
            throw ICUError(code: status, operation: "ubrk_open")
        }
        pointer = opened
    }

    deinit { cicu_breaker_close(pointer) }
}

/// Static entry points to the ICU services ZhNewsKit uses.
enum ICU {
    /// The boundaries of `unit`s in a UTF-8 buffer, in text order.
    ///
    /// - Parameters:
    ///   - unit: Characters, words, line-break opportunities or sentences.
    ///   - locale: An ICU locale ID; `"zh"` selects the Chinese dictionary for words.
    ///   - utf8: The text. Offsets in the result are byte offsets into it.
    /// - Returns: One boundary per segment end (the start of the text is not included).
    /// - Throws: ``ICUError`` when ICU cannot open the iterator.
    /// - Complexity: O(n) in the length of the text.
    ///
    /// Wraps `ubrk_open`, `utext_openUTF8`, `ubrk_next` and `ubrk_getRuleStatus`.
    static func boundaries(
        of unit: BreakUnit, locale: String = "zh", utf8: UnsafeBufferPointer<UInt8>
    ) throws(ICUError) -> [RawBoundary] {
        if utf8.isEmpty { return [] }
        let handle = try BreakIteratorHandle(unit: unit, locale: locale, utf8: utf8)
        var result: [RawBoundary] = []
        result.reserveCapacity(utf8.count / (unit == .sentence ? 60 : 3) + 4)
        // A text has at most one boundary per byte: short texts (most
        // sentences) need no more room than that. The buffers live on the
        // stack, uninitialised; ICU writes every slot that is read.
        let batch = min(1024, utf8.count + 1)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: batch) { ends in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: batch) { statuses in
                while true {
                    let count = Int(cicu_breaker_next_batch(handle.pointer, ends.baseAddress, statuses.baseAddress, Int32(batch)))
                    if count == 0 { break }
                    for i in 0..<count {
                        result.append(RawBoundary(end: Int(ends[i]), status: statuses[i]))
                    }
                }
            }
        }
        return result
    }

    /// Counts boundaries with a plain C loop over `ubrk_next`: the raw-ICU
    /// baseline that benchmarks compare the library against.
    ///
    /// Wraps `ubrk_open`, `ubrk_next`.
    static func countBoundaries(
        of unit: BreakUnit, locale: String = "zh", utf8: UnsafeBufferPointer<UInt8>
    ) throws(ICUError) -> Int {
        var status: Int32 = 0
        let count = utf8.withMemoryRebound(to: CChar.self) { chars in
            cicu_count_boundaries(unit.cType, locale, chars.baseAddress, Int64(chars.count), &status)
        }
        guard cicu_is_failure(status) == 0 else { throw ICUError(code: status, operation: "ubrk_next") }
        return Int(count)
    }

    /// Applies an ICU transform such as `"Hant-Hans"` to UTF-16 text.
    ///
    /// Wraps `utrans_openU` and `utrans_transUChars`.
    static func transliterate(_ units: [UInt16], transform id: String) throws(ICUError) -> [UInt16] {
        var capacity = units.count * 2 + 16
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let length = units.withUnsafeBufferPointer { source in
                out.withUnsafeMutableBufferPointer { target in
                    cicu_transliterate(
                        id, source.baseAddress, Int32(source.count), target.baseAddress,
                        Int32(target.count), &status)
                }
            }
            if cicu_is_failure(status) == 0 {
                return Array(out.prefix(Int(length)))
            }
            if String(cString: cicu_error_name(status)) == "U_BUFFER_OVERFLOW_ERROR", Int(length) >= capacity {
                capacity = Int(length) + 16
                continue
            }
            throw ICUError(code: status, operation: "utrans_transUChars(\(id))")
        }
    }

    /// The NFKC form of one scalar, as scalars.
    ///
    /// Wraps `unorm2_getNFKCInstance` and `unorm2_normalize`.
    static func nfkc(_ scalar: Unicode.Scalar) throws(ICUError) -> [Unicode.Scalar] {
        var buffer = [UInt32](repeating: 0, count: 18)
        var status: Int32 = 0
        let count = buffer.withUnsafeMutableBufferPointer { out in
            cicu_nfkc_scalar(scalar.value, out.baseAddress, Int32(out.count), &status)
        }
        guard cicu_is_failure(status) == 0 else { throw ICUError(code: status, operation: "unorm2_normalize") }
        return buffer.prefix(Int(count)).compactMap(Unicode.Scalar.init)
    }

    /// The result of decoding bytes with an ICU converter.
    struct Decoded: Sendable {
        /// The decoded text as UTF-16 code units.
        var utf16: [UInt16]
        /// Byte offset of the first malformed or unmappable sequence, when decoding stopped there.
        var errorOffset: Int?
    }

    /// Decodes bytes in a legacy charset (GB18030, GBK, Big5 …) to UTF-16.
    ///
    /// Wraps `ucnv_open`, `ucnv_setToUCallBack` and `ucnv_toUnicode`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, charset: String, lossy: Bool) throws(ICUError) -> Decoded {
        let capacity = bytes.count * 2 + 2
        var out = [UInt16](repeating: 0, count: capacity)
        var status: Int32 = 0
        var errorOffset: Int64 = -1
        let written = bytes.withMemoryRebound(to: CChar.self) { source in
            out.withUnsafeMutableBufferPointer { target in
                cicu_decode(
                    charset, source.baseAddress, Int64(source.count), target.baseAddress,
                    Int64(target.count), lossy ? 1 : 0, &errorOffset, &status)
            }
        }
        if errorOffset >= 0 {
            return Decoded(utf16: Array(out.prefix(Int(written))), errorOffset: Int(errorOffset))
        }
        guard cicu_is_failure(status) == 0 else { throw ICUError(code: status, operation: "ucnv_toUnicode(\(charset))") }
        out.removeSubrange(Int(written)...)
        return Decoded(utf16: out, errorOffset: nil)
    }

    /// ICU's best guess at the charset of some bytes, with its confidence (0–100).
    ///
    /// Wraps `ucsdet_open`, `ucsdet_setText`, `ucsdet_detect`.
    static func detectCharset(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        var status: Int32 = 0
        let found = bytes.withMemoryRebound(to: CChar.self) { source in
            name.withUnsafeMutableBufferPointer { out in
                cicu_detect_charset(source.baseAddress, Int64(source.count), out.baseAddress, 64, &confidence, &status)
            }
        }
        guard cicu_is_failure(status) == 0 else { throw ICUError(code: status, operation: "ucsdet_detect") }
        guard found == 0 else { return nil }
        let text = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return (text, Int(confidence))
    }
}
