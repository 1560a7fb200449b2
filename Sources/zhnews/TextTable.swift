/// A plain-text table whose columns line up in a terminal, counting East Asian wide
/// characters as two columns and combining marks as none.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// The widest a cell may be, in terminal columns; longer cells end in `…`.
    var maxCellWidth = 40

    init(headers: [String]) { self.headers = headers }

    mutating func append(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let cells = ([headers] + rows).map { row in row.map { Self.truncate(Self.flatten($0), to: maxCellWidth) } }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(of: cell)) }
        }
        var out = ""
        for (r, row) in cells.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - Self.width(of: cell) + 2) }
            }
            out += line + "\n"
            if r == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// Line breaks and tabs shown as visible marks so a row stays on one line.
    static func flatten(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\n", "\r\n", "\r": out += "⏎"
            case "\t": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    static func truncate(_ s: String, to limit: Int) -> String {
        guard width(of: s) > limit else { return s }
        var out = ""
        var used = 0
        for ch in s {
            let w = width(of: String(ch))
            if used + w > limit - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// The number of terminal columns `s` takes.
    static func width(of s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }
}
