import Testing

@testable import OutreachFormats

@Suite struct TextDecoderTests {
    @Test func readsPlainUTF8() throws {
        let decoded = try TextDecoder.decode(Array("code,name\n440900,茂名市\n".utf8))
        #expect(decoded.text == "code,name\n440900,茂名市\n")
        #expect(decoded.encoding == .utf8)
    }

    @Test func dropsTheByteOrderMark() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("a,茂名".utf8))
        #expect(decoded.text == "a,茂名")
        #expect(decoded.encoding == .utf8WithBOM)
    }

    @Test func readsGB18030AsChineseExcelWritesIt() throws {
        // "茂名市,区域" in GB18030.
        let bytes: [UInt8] = [0xC3, 0xAF, 0xC3, 0xFB, 0xCA, 0xD0, 0x2C, 0xC7, 0xF8, 0xD3, 0xF2]
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text == "茂名市,区域")
        #expect(decoded.encoding == .gb18030)
    }

    @Test func namesTheLineOfUndecodableBytes() {
        // Line 3 holds 0xFF, which neither UTF-8 nor GB18030 allows alone.
        let bytes = Array("a,b\n1,2\n".utf8) + [0x33, 0xFF] + Array("\n".utf8)
        #expect(throws: UndecodableText(line: 3, byteOffset: 9)) { try TextDecoder.decode(bytes) }
    }

    @Test func bomFileWithBadBytesIsNotMistakenForGB18030() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0xC3, 0x41]
        #expect(throws: UndecodableText(line: 2, byteOffset: 5)) { try TextDecoder.decode(bytes) }
    }
}
