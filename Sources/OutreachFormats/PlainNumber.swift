/// Numbers as staff type them in a spreadsheet: digits with an optional sign, Excel's thousands separators
/// (`1,234`, also the full-width `，`) and a decimal point, optionally a short exponent as Excel shows very large
/// or small values (`1.2E+07`). Nothing else: no `0x10`, `inf`, `nan`, no spaces or text inside, no exponent
/// beyond ±15 (`1e+23` and `1e-400` are typing or export errors, not amounts).
public enum PlainNumber {
    public static let maximumExponent = 15

    /// The value, or nil when the text is not a plain number.
    public static func parse(_ text: String) -> Double? {
        var mantissa = ""
        var exponent: Int?
        var digits = 0
        var sawPoint = false
        var characters = text[...]
        if let sign = characters.first, sign == "+" || sign == "-" {
            mantissa.append(sign)
            characters.removeFirst()
        }
        while let character = characters.first {
            characters.removeFirst()
            switch character {
            case "0"..."9":
                mantissa.append(character)
                digits += 1
            case "," where digits > 0 && !sawPoint, "，" where digits > 0 && !sawPoint:
                continue
            case "." where !sawPoint:
                sawPoint = true
                mantissa.append(character)
            case "e", "E":
                guard digits > 0, let value = Int(characters.hasPrefix("+") ? characters.dropFirst() : characters),
                    abs(value) <= maximumExponent
                else { return nil }
                exponent = value
                characters = ""
            default:
                return nil
            }
        }
        guard digits > 0, let value = Double(mantissa + (exponent.map { "e\($0)" } ?? "")), value.isFinite else {
            return nil
        }
        return value
    }

    /// A whole number (`1,234`, `12.0`), or nil when the text is not one or exceeds `Int` (no trap on huge values).
    public static func integer(_ text: String) -> Int? {
        guard let value = parse(text), value == value.rounded(), abs(value) < 9.0e15 else { return nil }
        return Int(value)
    }
}
