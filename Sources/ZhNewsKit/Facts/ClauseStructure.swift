/// A sentence seen as a flat sequence of classified tokens: each fact quantity
/// is one token, punctuation is sorted into clause, list, bracket and quote
/// marks, and words get a ``WordClass`` from ``SubjectLexicon``.
///
/// The segmenter's word pieces are re-joined or cut where a lexicon entry
/// spans several of them (`交`+`办` → `交办`, `比上`+`年` → `比上年`), so the
/// classes do not depend on the dictionary's granularity.
struct ClauseStructure: Sendable {
    /// What a token is.
    enum Role: Sendable, Hashable {
        /// The fact quantity with this index in ``SentenceQuantities/quantities``.
        case quantity(Int)
        /// A word.
        case word(WordClass)
        /// `,` `;` `:` `。` `!` `?`, dashes and line breaks: the end of a clause.
        case clauseBreak
        /// `、`: a list separator inside a clause.
        case listBreak
        /// An opening bracket.
        case openBracket
        /// A closing bracket.
        case closeBracket
        /// An opening quotation mark or title mark.
        case openQuote
        /// A closing quotation mark or title mark.
        case closeQuote
        /// A space.
        case space
    }

    /// One token.
    struct Token: Sendable, Hashable {
        /// Its bytes in the analysed text.
        var bytes: Range<Int>
        /// Its text.
        var text: Substring
        /// What it is.
        var role: Role
    }

    /// The tokens of the sentence, in order.
    var tokens: [Token]
    /// For each quantity of the sentence, the index of its token (`nil` when it lies outside the sentence).
    var quantityTokens: [Int?]
    /// For each bracket or quote token, the index of its partner (`nil` when unmatched).
    var partner: [Int?]
    /// For each token, the index of the clause break before it (-1 at the sentence start).
    var clauseBreakBefore: [Int]

    /// How far back (in tokens) a search for the preposition opening a phrase goes.
    static let phraseWindow = 64

    /// Builds the structure of `sentence`.
    ///
    /// - Complexity: O(n · L) for n bytes and the longest lexicon entry L.
    init(_ sentence: SentenceQuantities) {
        let text = sentence.text
        let quantities = sentence.quantities
        var tokens: [Token] = []
        tokens.reserveCapacity(sentence.words.count + quantities.count)
        var quantityTokens = [Int?](repeating: nil, count: quantities.count)

        let bytes = SentenceBytes(sentence)
        let substring = bytes.substring
        // Cut pieces at quantity boundaries, group quantity bytes, keep the rest.
        var raw: [WordPiece] = []  // outside quantities, in order
        raw.reserveCapacity(sentence.words.count + quantities.count)
        var items: [Item] = []
        var runStart = 0  // the first piece of `raw` not yet in an item
        var q = 0
        let sortedQuantities = quantities.indices.sorted { quantities[$0].bytes.lowerBound < quantities[$1].bytes.lowerBound }
        var covered = sentence.sentence.lowerBound
        var emitted = [Bool](repeating: false, count: quantities.count)
        for piece in sentence.words {
            let clipped = piece.bytes.clamped(to: sentence.sentence)
            let r = max(clipped.lowerBound, covered)..<max(clipped.upperBound, covered)
            if r.isEmpty { continue }
            var s = r.lowerBound
            while s < r.upperBound {
                while q < sortedQuantities.count, quantities[sortedQuantities[q]].bytes.upperBound <= s { q += 1 }
                if q < sortedQuantities.count, quantities[sortedQuantities[q]].bytes.lowerBound <= s {
                    let qi = sortedQuantities[q]
                    let qb = quantities[qi].bytes
                    if !emitted[qi] {
                        emitted[qi] = true
                        if raw.count > runStart { items.append(.pieces(runStart..<raw.count)); runStart = raw.count }
                        items.append(.quantity(qi, qb))
                    }
                    s = min(qb.upperBound, r.upperBound)
                } else {
                    var end = r.upperBound
                    if q < sortedQuantities.count { end = min(end, quantities[sortedQuantities[q]].bytes.lowerBound) }
                    raw.append(WordPiece(bytes: s..<end, kind: piece.kind))
                    s = end
                }
            }
            covered = r.upperBound
        }
        if raw.count > runStart { items.append(.pieces(runStart..<raw.count)) }

        var scratch = Scratch()
        for item in items {
            switch item {
            case .quantity(let qi, let bytes):
                quantityTokens[qi] = tokens.count
                tokens.append(Token(bytes: bytes, text: substring(bytes), role: .quantity(qi)))
            case .pieces(let run):
                Self.classify(raw[run], in: bytes, into: &tokens, scratch: &scratch)
            }
        }

        // A localizer before a noun is part of it (`中小学`, `中度污染`); `余`/`多`
        // not after a number are not bound words (`厨余垃圾`).
        for i in tokens.indices {
            switch tokens[i].role {
            case .word(.localizer):
                if i + 1 < tokens.count, tokens[i + 1].role == .word(.nominal) { tokens[i].role = .word(.nominal) }
            case .word(.qualifier):
                if tokens[i].text == "余" || tokens[i].text == "多",
                    i == 0 || !(tokens[i - 1].text.last?.isNumber ?? false)
                {
                    tokens[i].role = .word(.nominal)
                }
            default: break
            }
        }
        // `省级以上开发区`: a bound word after a level word belongs to the noun.
        for i in tokens.indices.dropFirst() where tokens[i].role == .word(.qualifier) {
            if tokens[i].text == "以上" || tokens[i].text == "以下", tokens[i - 1].text.hasSuffix("级") {
                tokens[i].role = .word(.nominal)
            }
        }
        Self.markSpamRuns(&tokens, in: bytes)
        self.tokens = tokens
        self.quantityTokens = quantityTokens
        self.partner = Self.partners(of: tokens)
        var breaks = [Int](repeating: -1, count: tokens.count)
        var lastBreak = -1
        for (i, t) in tokens.enumerated() {
            breaks[i] = lastBreak
            if t.role == .clauseBreak { lastBreak = i }
        }
        self.clauseBreakBefore = breaks
    }

    private enum Item {
        /// A run of word pieces between quantities (indices of the pieces).
        case pieces(Range<Int>)
        case quantity(Int, Range<Int>)
    }

    /// Buffers reused by every lexicon overlay of one sentence.
    private struct Scratch {
        /// The byte offset of each character of the run, then its end.
        var offsets: [Int] = []
        /// Whether each character offset ends a piece.
        var pieceEnds: [Bool] = []
        /// The classes of the listed words starting at one character, by length.
        var classes = [WordClass?](repeating: nil, count: SubjectLexicon.maxLength + 1)
    }

    /// Classifies a run of pieces between quantities, applying the lexicon overlay.
    private static func classify(
        _ pieces: ArraySlice<WordPiece>, in text: SentenceBytes, into tokens: inout [Token], scratch: inout Scratch
    ) {
        let substring = text.substring
        let first = pieces.startIndex
        var i = first
        while i < pieces.endIndex {
            let piece = pieces[i]
            switch piece.kind {
            case .ideographic, .lexicon:
                // A run of consecutive Han pieces, overlaid with the lexicon.
                var j = i
                while j < pieces.endIndex, pieces[j].kind == .ideographic || pieces[j].kind == .lexicon,
                    j == i || pieces[j].bytes.lowerBound == pieces[j - 1].bytes.upperBound
                {
                    j += 1
                }
                overlay(pieces[i..<j], in: text, into: &tokens, scratch: &scratch)
                i = j
            case .number:
                // A number followed by a calendar unit is a time expression.
                let r = piece.bytes
                let integer = text.isAllDigits(r) || substring(r).allSatisfy(\.isNumber)
                let afterLetter = i > first && pieces[i - 1].bytes.upperBound == r.lowerBound
                    && (pieces[i - 1].kind == .letter || pieces[i - 1].kind == .code)
                if integer, !afterLetter, i + 1 < pieces.endIndex, pieces[i + 1].bytes.lowerBound == r.upperBound,
                    let unitWidth = text.calendarUnitWidth(at: pieces[i + 1].bytes)
                {
                    let unitEnd = pieces[i + 1].bytes.lowerBound + unitWidth
                    let bytes = r.lowerBound..<unitEnd
                    tokens.append(Token(bytes: bytes, text: substring(bytes), role: .word(.time)))
                    if unitEnd < pieces[i + 1].bytes.upperBound {
                        // The rest of the unit piece (`年均` cut after `年`).
                        let rest = WordPiece(bytes: unitEnd..<pieces[i + 1].bytes.upperBound, kind: pieces[i + 1].kind)
                        var tail = [rest]
                        var k = i + 2
                        while k < pieces.endIndex, pieces[k].kind == .ideographic || pieces[k].kind == .lexicon,
                            pieces[k].bytes.lowerBound == tail[tail.count - 1].bytes.upperBound
                        {
                            tail.append(pieces[k])
                            k += 1
                        }
                        overlay(tail[...], in: text, into: &tokens, scratch: &scratch)
                        i = k
                    } else {
                        i += 2
                    }
                    continue
                }
                tokens.append(Token(bytes: r, text: substring(r), role: .word(.nominal)))
                i += 1
            case .date:
                tokens.append(Token(bytes: piece.bytes, text: substring(piece.bytes), role: .word(.time)))
                i += 1
            case .punctuation, .symbol:
                // One token per character, so `”,“` gives three marks.
                var start = piece.bytes.lowerBound
                if text.isOneScalarPerCharacter(piece.bytes) {
                    while start < piece.bytes.upperBound {
                        let (scalar, width) = text.scalar(at: start)
                        let end = start + width
                        tokens.append(Token(bytes: start..<end, text: substring(start..<end), role: role(ofMark: scalar)))
                        start = end
                    }
                } else {
                    for ch in substring(piece.bytes) {
                        let end = start + ch.utf8.count
                        tokens.append(Token(bytes: start..<end, text: substring(start..<end), role: role(ofMark: ch)))
                        start = end
                    }
                }
                i += 1
            case .whitespace:
                // A space inside Latin text (`MSCI ESG`) is transparent; between
                // Han words it separates phrases (`创历史新高 厨余回收量`).
                let t = substring(piece.bytes)
                let latin: (WordPiece) -> Bool = { [.letter, .number, .code].contains($0.kind) }
                let inside = i > first && i + 1 < pieces.endIndex && latin(pieces[i - 1]) && latin(pieces[i + 1])
                tokens.append(Token(bytes: piece.bytes, text: t, role: !inside || text.hasLineBreak(piece.bytes) ? .clauseBreak : .space))
                i += 1
            case .quantity where text.isCalendarTime(piece.bytes):
                // A year, month or day merged by the segmenter (`112年`, `2023年度`).
                tokens.append(Token(bytes: piece.bytes, text: substring(piece.bytes), role: .word(.time)))
                i += 1
            case .letter, .code, .quantity, .kana:
                tokens.append(Token(bytes: piece.bytes, text: substring(piece.bytes), role: .word(.nominal)))
                i += 1
            }
        }
    }

    /// Whether a merged number is a calendar time: an integer followed by a
    /// year, month or day word only (`112年`, `2023年度`, `3月份`).
    static func isCalendarTime(_ text: Substring) -> Bool {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return false }
        return SubjectLexicon.calendarUnits.contains(String(text.dropFirst(digits.count)))
    }

    /// Marks brand-like spam runs as clause breaks so they never join a noun
    /// phrase: Latin letters glued to a Han tail typical of gambling and
    /// download pages (`XY体育`, `AB电子`), and any glued run ending in a site
    /// or entry word (`…官网登录入口`, `…官方网站`).
    ///
    /// - Complexity: O(n) in the number of tokens.
    private static func markSpamRuns(_ tokens: inout [Token], in text: SentenceBytes) {
        func glued(_ a: Int, _ b: Int) -> Bool { tokens[a].bytes.upperBound == tokens[b].bytes.lowerBound }
        // ASCII letters only (the only ASCII scalars that are alphabetic).
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        let latin = tokens.map { t in
            // (A quantity may reach past the sentence's bytes.)
            text.contains(t.bytes) ? text.slice(t.bytes).allSatisfy(isLetter) : t.text.utf8.allSatisfy(isLetter)
        }
        func isWord(_ k: Int) -> Bool {
            if case .word = tokens[k].role { return true }
            return false
        }
        /// The last token of a site word spelled by glued tokens from `k` (`官方`+`网站`).
        func siteWordEnd(from k: Int) -> Int? {
            var text = ""
            var e = k
            while e < tokens.count, isWord(e), e == k || glued(e - 1, e), e - k < 4 {
                text += tokens[e].text
                if SubjectLexicon.siteWords.contains(where: { text.hasPrefix($0) }) { return e }
                guard SubjectLexicon.siteWords.contains(where: { $0.hasPrefix(text) }) else { return nil }
                e += 1
            }
            return nil
        }
        /// The last token of a brand tail from `k` (`体育`, `app`, `官网登录入口`).
        func tailEnd(from k: Int) -> Int? {
            if let e = siteWordEnd(from: k) { return e }
            return latin[k] || SubjectLexicon.spamTails.contains(tokens[k].text) ? k : nil
        }
        var i = 0
        while i < tokens.count {
            var first = i
            var last: Int
            if latin[i], i + 1 < tokens.count, glued(i, i + 1), isWord(i + 1),
                !latin[i + 1], let e = tailEnd(from: i + 1)
            {
                // `AB体育`, `XY电子`: letters glued to a brand tail.
                last = e
            } else if isWord(i), mayStartSiteWord(tokens[i].bytes, in: text), let e = siteWordEnd(from: i) {
                // `…官方网站`: the brand head glued before a site word, a few characters.
                last = e
                var chars = 0
                while first > 0, glued(first - 1, first), tokens[first - 1].role == .word(.nominal),
                    chars + tokens[first - 1].text.characterCount <= 6
                {
                    chars += tokens[first - 1].text.characterCount
                    first -= 1
                }
            } else {
                i += 1
                continue
            }
            // Further glued tails (`官网登录入口`, `app下载`).
            while last + 1 < tokens.count, glued(last, last + 1), isWord(last + 1), let e = tailEnd(from: last + 1) {
                last = e
            }
            // A site word that goes on into a noun is a real one (`官方网站访问量`).
            if last + 1 < tokens.count, glued(last, last + 1), tokens[last + 1].role == .word(.nominal) {
                i = last + 1
                continue
            }
            for k in first...last { tokens[k].role = .clauseBreak }
            i = last + 1
        }
    }

    /// The first scalars of the site words, when each starts with a plain
    /// one-scalar character (see ``LexiconKey/isPlain(_:)``); `nil` otherwise.
    private static let siteWordStarts: [Unicode.Scalar]? = {
        var starts: [Unicode.Scalar] = []
        for word in SubjectLexicon.siteWords {
            guard let first = word.first, first.unicodeScalars.count == 1, let scalar = first.unicodeScalars.first,
                LexiconKey.isPlain(first.utf8)
            else { return nil }
            if !starts.contains(scalar) { starts.append(scalar) }
        }
        return starts
    }()

    /// Whether a site word may start with `text`'s first character: `false`
    /// only when that character is plain and starts none of them, which
    /// spares building the glued text for most tokens.
    private static func mayStartSiteWord(_ bytes: Range<Int>, in text: SentenceBytes) -> Bool {
        guard let starts = siteWordStarts, !bytes.isEmpty else { return true }
        let scalar = text.scalar(at: bytes.lowerBound).0
        guard scalar.value < 0x80 || (0x4000...0x9FFF).contains(scalar.value) else { return true }
        return starts.contains(scalar)
    }

    /// Longest-match lexicon overlay over a run of adjacent Han pieces.
    private static func overlay(
        _ pieces: ArraySlice<WordPiece>, in text: SentenceBytes, into tokens: inout [Token], scratch: inout Scratch
    ) {
        guard let first = pieces.first, let last = pieces.last else { return }
        let run = first.bytes.lowerBound..<last.bytes.upperBound
        let substring = text.substring
        let plain = text.characterOffsets(run, into: &scratch.offsets)  // byte offset of each character, plus the end
        let offsets = scratch.offsets
        // Parts of a plain run are plain: their lookups skip the check.
        func wordClass(_ r: Range<Int>) -> WordClass? { plain ? text.plainWordClass(r) : text.wordClass(r) }
        let characterCount = offsets.count - 1
        // Whether each character offset ends a piece (pieces tile the run; a cut adds an end).
        // The reused buffers are moved out (so they stay uniquely referenced) and back.
        var pieceEnds = scratch.pieceEnds
        var classes = scratch.classes
        scratch.pieceEnds = []
        scratch.classes = []
        defer {
            scratch.pieceEnds = pieceEnds
            scratch.classes = classes
        }
        pieceEnds.removeAll(keepingCapacity: true)
        pieceEnds.append(contentsOf: repeatElement(false, count: offsets.count))
        for piece in pieces {
            var lo = 0
            var hi = offsets.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if offsets[mid] < piece.bytes.upperBound { lo = mid + 1 } else { hi = mid }
            }
            if lo < offsets.count, offsets[lo] == piece.bytes.upperBound { pieceEnds[lo] = true }
        }
        var c = 0
        while c < characterCount {
            // End of the current piece (pieces tile the run; a cut adds an end).
            var pe = c + 1
            while pe < characterCount, !pieceEnds[pe] { pe += 1 }
            let walked =
                plain
                && SubjectLexicon.wordClasses(
                    plainUTF8: text.bytes, base: text.base, offsets: offsets, from: c, into: &classes)
            /// The class of the word of `length` characters at `c`.
            func classAt(_ length: Int) -> WordClass? {
                if walked { return length <= SubjectLexicon.maxLength ? classes[length] : nil }
                return wordClass(offsets[c]..<offsets[c + length])
            }
            /// A split point of the piece `c..<pe` into two listed words whose
            /// left part is a function word (not a noun), with both classes.
            func compoundSplit() -> (Int, WordClass, WordClass)? {
                guard pe - c >= 2, pe - c <= SubjectLexicon.maxLength else { return nil }
                for m in (c + 1)..<pe {
                    guard let left = classAt(m - c), left != .nominal, left != .scope,
                        let right = wordClass(offsets[m]..<offsets[pe])
                    else { continue }
                    return (m, left, right)
                }
                return nil
            }
            var taken: (Int, WordClass)? = nil
            var length = min(SubjectLexicon.maxLength, characterCount - c)
            while length >= pe - c {
                // A function word that would cut a piece does not match:
                // `该`+`区域` is not `该区`+`域`.
                if let wc = classAt(length), pieceEnds[c + length] || !Self.mayNotCutPiece(wc) {
                    taken = (length, wc)
                    break
                }
                length -= 1
            }
            if let (length, wc) = taken {
                let bytes = offsets[c]..<offsets[c + length]
                tokens.append(Token(bytes: bytes, text: substring(bytes), role: .word(wc)))
                pieceEnds[c + length] = true
                c += length
            } else if pe - c >= 2, classAt(1) == .adverb, classAt(pe - c) == nil,
                stride(from: pe + 1, through: min(characterCount, c + 1 + SubjectLexicon.maxLength), by: 1).contains(where: { e in
                    wordClass(offsets[c + 1]..<offsets[e]) != nil
                })
            {
                // An adverb glued to what follows (`再压`+`减`): split it off.
                let bytes = offsets[c]..<offsets[c + 1]
                tokens.append(Token(bytes: bytes, text: substring(bytes), role: .word(.adverb)))
                pieceEnds[c + 1] = true
                c += 1
            } else if let (m, left, right) = compoundSplit() {
                // An unlisted piece made of two listed words (`共获` = `共`+`获`).
                tokens.append(Token(bytes: offsets[c]..<offsets[m], text: substring(offsets[c]..<offsets[m]), role: .word(left)))
                tokens.append(Token(bytes: offsets[m]..<offsets[pe], text: substring(offsets[m]..<offsets[pe]), role: .word(right)))
                c = pe
            } else {
                let bytes = offsets[c]..<offsets[pe]
                tokens.append(Token(bytes: bytes, text: substring(bytes), role: .word(.nominal)))
                c = pe
            }
        }
    }

    /// Whether a function word of class `wc` must not cut a piece of the segmenter.
    private static func mayNotCutPiece(_ wc: WordClass) -> Bool {
        switch wc {
        case .deictic, .scope, .time, .connector, .preposition, .copula: return true
        default: return false
        }
    }

    /// The role of a punctuation or symbol character that is one scalar
    /// standing alone (see ``SentenceBytes/standsAlone(_:)``): the same as
    /// ``role(ofMark:)-(Character)`` without building a character.
    static func role(ofMark scalar: Unicode.Scalar) -> Role {
        switch scalar {
        case "、": return .listBreak
        case "(", "（", "[", "【", "〔", "{": return .openBracket
        case ")", "）", "]", "】", "〕", "}": return .closeBracket
        case "“", "‘", "《", "「", "『", "〈": return .openQuote
        case "”", "’", "》", "」", "』", "〉": return .closeQuote
        case "\"", "'": return .openQuote  // straight quotes: paired up in `partners(of:)`
        case ",", "，", ";", "；", ":", "：", "。", "!", "！", "?", "？", "…", "—", "–", "-", "|", "\n", "．", ".":
            return .clauseBreak
        default: return .word(.nominal)  // `·`, `/`, `+`, `&` and the like belong to names
        }
    }

    /// The role of a punctuation or symbol character: a character of several
    /// scalars (`\r\n`, a mark with a combining sign) is none of the marks.
    static func role(ofMark ch: Character) -> Role {
        let scalars = ch.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return .word(.nominal) }
        return role(ofMark: scalar)
    }

    /// Matches brackets and quotes; straight quotes alternate open/close.
    private static func partners(of tokens: [Token]) -> [Int?] {
        var partner = [Int?](repeating: nil, count: tokens.count)
        var brackets: [Int] = []
        var quotes: [Int] = []
        var straight: [Character: Int] = [:]
        for (i, t) in tokens.enumerated() {
            switch t.role {
            case .openBracket: brackets.append(i)
            case .closeBracket:
                if let o = brackets.popLast() { partner[o] = i; partner[i] = o }
            case .openQuote:
                if let ch = t.text.first, ch == "\"" || ch == "'" {
                    if let o = straight.removeValue(forKey: ch) {
                        partner[o] = i; partner[i] = o
                    } else {
                        straight[ch] = i
                    }
                } else {
                    quotes.append(i)
                }
            case .closeQuote:
                if let o = quotes.popLast() { partner[o] = i; partner[i] = o }
            case .clauseBreak:
                // Brackets do not span clauses here; quotes may.
                brackets.removeAll()
            default: break
            }
        }
        return partner
    }

    /// Whether the token at `i` may belong to a noun phrase as a word.
    func isNominal(_ i: Int) -> Bool {
        guard tokens.indices.contains(i) else { return false }
        // A deictic inside a phrase that starts before it (`3家公司`) is a noun.
        if tokens[i].role == .word(.deictic), i > 0, case .quantity = tokens[i - 1].role { return true }
        switch tokens[i].role {
        case .word(.nominal), .word(.scope), .word(.riseNoun), .word(.fallNoun): return true
        default: return false
        }
    }

    /// Whether the token at `i` may start or end a noun phrase (a word or a quote mark).
    func isPhraseMaterial(_ i: Int) -> Bool {
        guard tokens.indices.contains(i) else { return false }
        switch tokens[i].role {
        case .openQuote, .closeQuote: return partner[i] != nil
        default: return isNominal(i)
        }
    }

    /// The word class of the token at `i`, if it is a word.
    func wordClass(_ i: Int) -> WordClass? {
        guard tokens.indices.contains(i), case .word(let c) = tokens[i].role else { return nil }
        return c
    }
}
