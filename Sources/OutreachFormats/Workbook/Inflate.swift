/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, as zip files written by
/// Excel, WPS, LibreOffice and Python's zipfile use them. Canonical Huffman codes are decoded by counting codes
/// per length (as zlib's "puff" does): small, and fast enough for the sheets staff send.
public enum Inflate {
    public enum Failure: Error, Equatable, Sendable {
        /// The data ends before its last block does.
        case truncated
        /// A block type, code, length or distance RFC 1951 does not allow.
        case invalid
        /// The output would exceed the limit the caller set (a "zip bomb", or a sheet far larger than any table).
        case tooLarge
    }

    public static func decompress(_ input: [UInt8], limit: Int = 1 << 30) throws(Failure) -> [UInt8] {
        var state = State(input: input, limit: limit)
        var last = false
        while !last {
            last = try state.bits(1) == 1
            switch try state.bits(2) {
            case 0: try state.stored()
            case 1: try state.codes(Huffman.fixedLengths, Huffman.fixedDistances)
            case 2:
                let (lengths, distances) = try state.dynamicTables()
                try state.codes(lengths, distances)
            default: throw .invalid
            }
        }
        return state.output
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        init(lengths: [Int]) throws(Failure) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            var left = 1
            for length in 1..<16 {
                left = left * 2 - counts[length]
                if left < 0 { throw .invalid }  // over-subscribed
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }

        static let fixedLengths: Huffman = {
            var lengths = [Int](repeating: 8, count: 288)
            for symbol in 144..<256 { lengths[symbol] = 9 }
            for symbol in 256..<280 { lengths[symbol] = 7 }
            return try! Huffman(lengths: lengths)
        }()
        static let fixedDistances = try! Huffman(lengths: [Int](repeating: 5, count: 30))
    }

    static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
        131, 163, 195, 227, 258,
    ]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
        1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
        12, 13, 13,
    ]
    /// The order code-length code lengths are sent in.
    static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    struct State {
        let input: [UInt8]
        let limit: Int
        var position = 0
        var bitBuffer = 0
        var bitCount = 0
        var output: [UInt8] = []

        init(input: [UInt8], limit: Int) {
            self.input = input
            self.limit = limit
        }

        /// `count` bits, least significant first.
        mutating func bits(_ count: Int) throws(Failure) -> Int {
            while bitCount < count {
                guard position < input.count else { throw .truncated }
                bitBuffer |= Int(input[position]) << bitCount
                position += 1
                bitCount += 8
            }
            let value = bitBuffer & ((1 << count) - 1)
            bitBuffer >>= count
            bitCount -= count
            return value
        }

        mutating func stored() throws(Failure) {
            bitBuffer = 0
            bitCount = 0
            guard position + 4 <= input.count else { throw .truncated }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
            guard length == ~complement & 0xFFFF else { throw .invalid }
            position += 4
            guard position + length <= input.count else { throw .truncated }
            guard output.count + length <= limit else { throw .tooLarge }
            output += input[position..<(position + length)]
            position += length
        }

        /// One symbol: the code is read bit by bit, first bit most significant, as RFC 1951 §3.1.1 packs them.
        mutating func decode(_ huffman: Huffman) throws(Failure) -> Int {
            var code = 0
            var first = 0
            var index = 0
            for length in 1..<16 {
                code |= try bits(1)
                let count = huffman.counts[length]
                if code - count < first { return huffman.symbols[index + (code - first)] }
                index += count
                first = (first + count) << 1
                code <<= 1
            }
            throw .invalid
        }

        mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(Failure) {
            while true {
                let symbol = try decode(lengths)
                if symbol < 256 {
                    guard output.count < limit else { throw .tooLarge }
                    output.append(UInt8(symbol))
                } else if symbol == 256 {
                    return
                } else {
                    let index = symbol - 257
                    guard index < 29 else { throw .invalid }
                    let length = Inflate.lengthBase[index] + (try bits(Inflate.lengthExtra[index]))
                    let code = try decode(distances)
                    guard code < 30 else { throw .invalid }
                    let distance = Inflate.distanceBase[code] + (try bits(Inflate.distanceExtra[code]))
                    guard distance <= output.count else { throw .invalid }
                    guard output.count + length <= limit else { throw .tooLarge }
                    let start = output.count - distance
                    for offset in 0..<length { output.append(output[start + offset]) }
                }
            }
        }

        mutating func dynamicTables() throws(Failure) -> (Huffman, Huffman) {
            let literals = try bits(5) + 257
            let distances = try bits(5) + 1
            let codeLengths = try bits(4) + 4
            guard literals <= 286, distances <= 30 else { throw .invalid }
            var lengthLengths = [Int](repeating: 0, count: 19)
            for index in 0..<codeLengths { lengthLengths[Inflate.lengthOrder[index]] = try bits(3) }
            let lengthCode = try Huffman(lengths: lengthLengths)
            var lengths: [Int] = []
            while lengths.count < literals + distances {
                let symbol = try decode(lengthCode)
                switch symbol {
                case 0..<16: lengths.append(symbol)
                case 16:
                    guard let previous = lengths.last else { throw .invalid }
                    lengths += repeatElement(previous, count: 3 + (try bits(2)))
                case 17: lengths += repeatElement(0, count: 3 + (try bits(3)))
                default: lengths += repeatElement(0, count: 11 + (try bits(7)))
                }
            }
            guard lengths.count == literals + distances, lengths[256] > 0 else { throw .invalid }
            return (
                try Huffman(lengths: Array(lengths[0..<literals])),
                try Huffman(lengths: Array(lengths[literals...]))
            )
        }
    }
}
