import Testing
@testable import ZhNewsKit

struct InputDecoderTests {
    /// "中文" in each encoding, written out byte by byte (independent of ICU).
    static let zhongwen: [(TextEncoding, [UInt8])] = [
        (.gbk, [0xD6, 0xD0, 0xCE, 0xC4]),
        (.gb18030, [0xD6, 0xD0, 0xCE, 0xC4]),
        (.big5, [0xA4, 0xA4, 0xA4, 0xE5]),
        (.utf8, [0xE4, 0xB8, 0xAD, 0xE6, 0x96, 0x87]),
    ]

    @Test(arguments: zhongwen)
    func decodesKnownBytes(encoding: TextEncoding, bytes: [UInt8]) throws {
        let input = try InputDecoder(encoding: encoding).decode(bytes)
        #expect(input.text == "中文")
        #expect(input.encoding == encoding)
    }

    @Test func gb18030FourByteSequence() throws {
        // U+20000 (𠀀) is 95 32 82 36 in GB 18030; GBK cannot express it.
        let input = try InputDecoder(encoding: .gb18030).decode([0x95, 0x32, 0x82, 0x36])
        #expect(input.text == "\u{20000}")
    }

    @Test func strictUTF8ReportsTheOffsetOfTheFirstBadByte() {
        let bytes = Array("新华网".utf8) + [0xFF] + Array("ok".utf8)
        #expect(throws: ZhNewsError.undecodableInput(encoding: "UTF-8", byteOffset: 9)) {
            try InputDecoder().decode(bytes)
        }
    }

    @Test func truncatedSequenceAtTheEndIsReported() {
        let bytes = Array("中".utf8) + [0xE6, 0x96]
        #expect(throws: ZhNewsError.undecodableInput(encoding: "UTF-8", byteOffset: 3)) {
            try InputDecoder().decode(bytes)
        }
    }

    @Test func lossyReplacesBadBytes() throws {
        let bytes = Array("中".utf8) + [0xFF] + Array("文".utf8)
        let input = try InputDecoder(lossy: true).decode(bytes)
        #expect(input.text == "中\u{FFFD}文")
        #expect(input.hadReplacements)
    }

    @Test func legacyDecodingErrorsCarryTheOffset() {
        // 0xFF never starts a GB 18030 character.
        #expect(throws: ZhNewsError.undecodableInput(encoding: "GB18030", byteOffset: 4)) {
            try InputDecoder(encoding: .gb18030).decode([0xD6, 0xD0, 0xCE, 0xC4, 0xFF, 0x41])
        }
        // A GBK lead byte cut off at the end of the input.
        #expect(throws: ZhNewsError.undecodableInput(encoding: "GBK", byteOffset: 4)) {
            try InputDecoder(encoding: .gbk).decode([0xD6, 0xD0, 0xCE, 0xC4, 0xD6])
        }
    }

    @Test func utf8ByteOrderMarkIsStripped() throws {
        let input = try InputDecoder().decode([0xEF, 0xBB, 0xBF] + Array("中文".utf8))
        #expect(input.text == "中文")
        #expect(input.byteOrderMarkLength == 3)
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0x2D, 0x4E, 0x87, 0x65] as [UInt8], TextEncoding.utf16LE),
        ([0xFE, 0xFF, 0x4E, 0x2D, 0x65, 0x87] as [UInt8], TextEncoding.utf16BE),
    ])
    func utf16ByteOrderMarkSwitchesEncoding(bytes: [UInt8], expected: TextEncoding) throws {
        let input = try InputDecoder().decode(bytes)
        #expect(input.text == "中文")
        #expect(input.encoding == expected)
    }

    @Test func unpairedSurrogateInUTF16IsReported() {
        #expect(throws: ZhNewsError.undecodableInput(encoding: "UTF-16LE", byteOffset: 4)) {
            try InputDecoder().decode([0xFF, 0xFE, 0x2D, 0x4E, 0x00, 0xD8, 0x41, 0x00])
        }
    }

    @Test func autoKeepsValidUTF8() throws {
        let input = try InputDecoder(encoding: .auto).decode(Array("新华网 2024年".utf8))
        #expect(input.encoding == .utf8)
        #expect(input.text == "新华网 2024年")
    }

    @Test func autoRecognisesGBKAndBig5() throws {
        // 中文报道 in GBK; 中文新聞 in Big5.
        let gbk = try InputDecoder(encoding: .auto).decode([0xD6, 0xD0, 0xCE, 0xC4, 0xB1, 0xA8, 0xB5, 0xC0])
        #expect(gbk.text == "中文报道")
        let big5 = try InputDecoder(encoding: .auto).decode([0xA4, 0xA4, 0xA4, 0xE5, 0xB7, 0x73, 0xBB, 0x44])
        #expect(big5.text == "中文新聞")
    }

    @Test(arguments: [
        [0x41, 0x00, 0x42] as [UInt8],
        [0x01, 0x02, 0x03, 0x04, 0x41, 0x05, 0x06] as [UInt8],
    ])
    func binaryDataIsRejected(bytes: [UInt8]) {
        #expect(throws: ZhNewsError.self) { try InputDecoder().decode(bytes) }
        do {
            _ = try InputDecoder().decode(bytes)
        } catch {
            guard case .binaryInput = error else {
                Issue.record("expected binaryInput, got \(error)")
                return
            }
        }
    }

    @Test func aFewControlBytesInTextAreAccepted() throws {
        let bytes = Array("第一段\u{1B}[0m 正文\n第二段\u{07}".utf8)
        #expect(try InputDecoder().decode(bytes).text.hasPrefix("第一段"))
    }

    @Test(arguments: ["", "   \n\t", "\u{3000}\u{3000}\n", "\u{FEFF}"])
    func blankInputIsEmpty(text: String) {
        #expect(throws: ZhNewsError.emptyInput) { try InputDecoder().decode(Array(text.utf8)) }
    }

    @Test func sizeLimit() {
        #expect(throws: ZhNewsError.inputTooLarge(bytes: 11, limit: 10)) {
            try InputDecoder(maxBytes: 10).decode(Array("hello world".utf8))
        }
    }
}
