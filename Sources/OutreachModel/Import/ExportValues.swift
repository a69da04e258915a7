/// Reading the values of a donation export straight from bytes, in the spellings staff and systems use.
public enum ExportValues {
    /// `2026/1/5`, `2026-01-05`, `2026.1.5`, `2026年1月5日` (a time after the date is ignored), or an Excel serial
    /// number such as `46027`; the day number, or nil.
    public static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count && bytes[index] == 0x20 { index += 1 }
        // Up to three numbers, kept in locals: this runs for every row of a file of millions.
        var parts = (0, 0, 0)
        var found = 0
        var value = 0
        var digits = 0
        func keep(_ number: Int) {
            switch found {
            case 0: parts.0 = number
            case 1: parts.1 = number
            default: parts.2 = number
            }
            found += 1
        }
        while index < count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                guard digits <= 6 else { return nil }
                index += 1
                continue
            }
            guard digits > 0 else { return nil }
            keep(value)
            value = 0
            digits = 0
            if found == 3 {
                // After the day: a time (space or T), 日, or nothing else.
                guard byte == 0x20 || byte == 0x54 || byte == 0xE6 else { return nil }
                break
            }
            if byte == 0x2D || byte == 0x2F || byte == 0x2E {
                index += 1
            } else if byte == 0xE5 || byte == 0xE6, index + 2 < count {
                // 年 (E5 B9 B4) or 月 (E6 9C 88) or 日 (E6 97 A5): three bytes each.
                index += 3
            } else if byte == 0x20 || byte == 0x54 {
                break
            } else {
                return nil
            }
        }
        if digits > 0 && found < 3 { keep(value) }
        if found == 1 {
            let serial = parts.0
            guard (1...2_958_465).contains(serial) else { return nil }
            return CivilDate.excelEpoch + serial
        }
        guard found == 3, (1900...2999).contains(parts.0) else { return nil }
        return CivilDate(year: parts.0, month: parts.1, day: parts.2)?.dayNumber
    }

    /// Whole-blood units from `400`, `400ml`, `400 mL`, `400毫升`, `2U`, `1.5 u`, `2单位`: millilitres when the number
    /// is 50 or more or says so, units otherwise; nil unless it is one of the allowed volumes.
    public static func units(_ bytes: UnsafeBufferPointer<UInt8>, allowedMillilitres: [Int], unitMillilitres: Int)
        -> Double?
    {
        var index = 0
        let count = bytes.count
        while index < count && bytes[index] == 0x20 { index += 1 }
        var whole = 0
        var fraction = 0.0
        var scale = 0.1
        var digits = 0
        var seenPoint = false
        while index < count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                if seenPoint {
                    fraction += Double(byte - 0x30) * scale
                    scale /= 10
                } else {
                    whole = whole * 10 + Int(byte - 0x30)
                }
                digits += 1
                guard digits <= 6 else { return nil }
            } else if byte == 0x2E && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        while index < count && bytes[index] == 0x20 { index += 1 }
        let suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[index...]), as: UTF8.self)
            .trimmingSpaces().lowercased()
        let number = Double(whole) + fraction
        let millilitres: Double
        switch suffix {
        case "ml", "毫升": millilitres = number
        case "u", "单位", "个单位": millilitres = number * Double(unitMillilitres)
        case "": millilitres = number >= 50 ? number : number * Double(unitMillilitres)
        default: return nil
        }
        guard allowedMillilitres.contains(where: { Double($0) == millilitres }) else { return nil }
        return millilitres / Double(unitMillilitres)
    }

    /// A small whole number (platelet doses): `1`, `2`, `2.0`.
    public static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var end = bytes.count
        while index < end && bytes[index] == 0x20 { index += 1 }
        while end > index && bytes[end - 1] == 0x20 { end -= 1 }
        var value = 0
        var digits = 0
        while index < end, bytes[index] >= 0x30 && bytes[index] <= 0x39, digits < 9 {
            value = value * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < end && bytes[index] == 0x2E {
            // A whole number written with a fraction of zeros: `2.0`, `2.`.
            index += 1
            while index < end && bytes[index] == 0x30 { index += 1 }
        }
        return index == end ? value : nil
    }

    /// Built-in words for yes/no, types and results, used when the mapping does not name the export's own.
    public static let yesNo: [String: Bool] = [
        "是": true, "否": false, "首次": true, "再次": false, "初次": true, "重复": false, "y": true, "n": false,
        "yes": true, "no": false, "true": true, "false": false, "1": true, "0": false,
    ]
    public static let types: [String: DonationType] = [
        "全血": .wholeBlood, "whole blood": .wholeBlood, "whole-blood": .wholeBlood, "机采血小板": .platelets,
        "单采血小板": .platelets, "血小板": .platelets, "platelets": .platelets, "apheresis platelets": .platelets,
    ]
    /// true: donated; false: deferred at screening.
    public static let results: [String: Bool] = [
        "合格": true, "献血": true, "采血": true, "成功": true, "donated": true, "暂缓": false, "不合格": false,
        "暂缓献血": false, "deferred": false,
    ]
}
