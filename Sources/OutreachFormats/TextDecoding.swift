import Glibc

/// Encodings the toolkit reads: what Excel and WPS write on Chinese Windows (GB18030), and UTF-8 with or without BOM.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case gb18030 = "GB18030"
}

/// Bytes that are neither valid UTF-8 nor valid GB18030.
public struct UndecodableText: Error, Equatable, Sendable {
    /// 1-based line of the first byte that could not be decoded.
    public var line: Int
    public var byteOffset: Int
}

/// Turns file bytes into text, detecting the encoding.
public enum TextDecoder {
    public static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes UTF-8 (a BOM is dropped) or, failing that, GB18030; never crashes on bad bytes.
    public static func decode(_ bytes: [UInt8]) throws(UndecodableText) -> (text: String, encoding: TextEncoding) {
        let hasBOM = bytes.starts(with: utf8BOM)
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        guard let invalidOffset = firstInvalidUTF8Offset(body) else {
            return (String(decoding: body, as: UTF8.self), hasBOM ? .utf8WithBOM : .utf8)
        }
        if !hasBOM, let text = convertGB18030(body) { return (text, .gb18030) }
        let offset = invalidOffset + (hasBOM ? 3 : 0)
        throw UndecodableText(line: lineNumber(atByte: offset, in: bytes), byteOffset: offset)
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let minimumSecond: UInt8
            let maximumSecond: UInt8
            switch lead {
            case 0xC2...0xDF: (length, minimumSecond, maximumSecond) = (2, 0x80, 0xBF)
            case 0xE0: (length, minimumSecond, maximumSecond) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, minimumSecond, maximumSecond) = (3, 0x80, 0xBF)
            case 0xED: (length, minimumSecond, maximumSecond) = (3, 0x80, 0x9F)
            case 0xF0: (length, minimumSecond, maximumSecond) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, minimumSecond, maximumSecond) = (4, 0x80, 0xBF)
            case 0xF4: (length, minimumSecond, maximumSecond) = (4, 0x80, 0x8F)
            default: return index
            }
            guard index + length <= count, (minimumSecond...maximumSecond).contains(bytes[index + 1]) else {
                return index
            }
            for next in 2..<length where !(0x80...0xBF).contains(bytes[index + next]) { return index }
            index += length
        }
        return nil
    }

    static func lineNumber(atByte offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// GB18030 → UTF-8 through Glibc's iconv; nil when the bytes are not valid GB18030 either.
    static func convertGB18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer = inputBuffer.baseAddress
                var inputLeft = inputBuffer.count
                var outputPointer = outputBuffer.baseAddress
                var outputLeft = outputBuffer.count
                let result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                guard result != -1, inputLeft == 0 else { return nil }
                return outputBuffer.count - outputLeft
            }
        }
        guard let produced else { return nil }
        return String(decoding: output[..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// UTF-8 text as GB18030 bytes, as Chinese Excel saves a sheet (for generated exports and tests).
    public static func gb18030(_ text: String) -> [UInt8] {
        let converter = iconv_open("GB18030", "UTF-8")
        guard converter != iconv_t(bitPattern: -1) else { return Array(text.utf8) }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        var inputLeft = input.count
        var outputLeft = output.count
        input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inputPointer: UnsafeMutablePointer<CChar>? = source.baseAddress
                var outputPointer: UnsafeMutablePointer<CChar>? = target.baseAddress
                _ = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
            }
        }
        return output.prefix(output.count - outputLeft).map { UInt8(bitPattern: $0) }
    }
}
