@testable import AdvisorTUI
import Testing

@Suite struct GridTests {
    @Test func displayWidths() {
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("日本") == 4)
        #expect(TextWidth.of("e\u{301}") == 1)  // e + combining acute is one column
        #expect(TextWidth.of("😀") == 2)
        #expect(TextWidth.of("─│┌") == 3)
        #expect(TextWidth.of("\u{200B}") == 0)
    }

    @Test func oneColumnScalarsAreOneColumnByTheTables() {
        var count = 0
        for v in UInt32(0)...0x10FFFF where TextWidth.isOneColumn(v) {
            let u = Unicode.Scalar(v)!
            #expect(TextWidth.byProperties(u) == 1, "U+\(String(v, radix: 16))")
            #expect(TextWidth.scalarsAreGraphemes(String(u)), "U+\(String(v, radix: 16)) is a grapheme of its own")
            count += 1
        }
        #expect(count > 1000)
        let glyphs = Glyphs.unicode
        for g in [glyphs.horizontal, glyphs.vertical, glyphs.topLeft, glyphs.topRight, glyphs.bottomLeft, glyphs.bottomRight,
                  glyphs.teeDown, glyphs.teeUp, glyphs.cross, glyphs.pointer, glyphs.bullet, glyphs.separator, glyphs.arrow,
                  glyphs.ellipsis, glyphs.middleDot, glyphs.radioOn, glyphs.info, glyphs.caution, glyphs.blocker, glyphs.ok,
                  glyphs.moreAbove, glyphs.moreBelow, glyphs.upDown, glyphs.left, glyphs.right] {
            #expect(g.unicodeScalars.allSatisfy { $0.isASCII || TextWidth.isOneColumn($0.value) }, "\(g) is drawn without the tables")
        }
    }

    @Test func textWidthByScalarAgreesWithGraphemes() {
        let texts = ["▸ café – “data” — 50 € → ┌─┐ ▲ more", "soft\u{AD}hyphen", "cr\r\nlf ·", "☂ and ½ ⚠ ✓",
                     "e\u{301} ─", "emoji 👍🏽 ─", "日本 ─", "\u{200B}│\u{7F}\u{85}"]
        for t in texts {
            #expect(TextWidth.of(t) == t.reduce(0) { $0 + TextWidth.of($1) }, "\(t.debugDescription)")
        }
    }

    @Test func putByScalarDrawsWhatPutByGraphemeDraws() {
        // the same text through both paths: a CR sends it through grapheme breaking
        for t in ["▸ café – “data” — 50 € → ┌─┐ ▲ more ☂ ½ ⚠", "日本 wide ─ at the edge", "soft\u{AD}hyphen"] {
            for (x, w) in [(0, 40), (3, 12), (-2, 9), (30, 5)] {
                var byScalar = Grid(width: 40, height: 2)
                var byGrapheme = Grid(width: 40, height: 2)
                let a = byScalar.put(t, x: x, y: 0, maxWidth: w)
                let b = byGrapheme.put(t + "\r", x: x, y: 0, maxWidth: w)
                #expect(a == b && byScalar == byGrapheme, "\(t.debugDescription) at \(x), \(w)")
            }
        }
    }

    @Test func wrappingByByteCutsWhereGraphemesDo() {
        let texts = ["Pick the main thing. If you share several kinds – for example “data” and code — pick one.",
                     "  two  spaces\n\nand a blank line, café, naïve, 50 €, → arrows, ┌─┐ boxes, ☂ and ½ ",
                     "soft\u{AD}hyphen and no\u{A0}break space, a\tTab, a very-long-hyphenated-word-that-will-not-fit",
                     "", " ", "\n", "ascii only"]
        for t in texts {
            #expect(TextWidth.scalarsAreGraphemes(t))
            for w in [1, 2, 5, 9, 17, 40, 200] {
                #expect(TextWidth.wrap(t, w, byByte: true) == TextWidth.wrap(t, w, byByte: false), "\(t.debugDescription) at \(w)")
            }
        }
        for joined in ["e\u{301}", "a\r\nb", "👍🏽", "🇫🇮", "한국어", "x\u{200D}y", "ँ"] {
            #expect(!TextWidth.scalarsAreGraphemes("plain " + joined), "\(joined.debugDescription) needs grapheme breaking")
        }
        #expect(TextWidth.wrap("e\u{301} e\u{301}", 1) == ["e\u{301}", "e\u{301}"])
    }

    @Test func truncateAndPad() {
        #expect(TextWidth.truncate("Creative Commons", 8) == "Creativ…")
        #expect(TextWidth.truncate("日本語", 5) == "日本…")
        #expect(TextWidth.truncate("abc", 0) == "")
        #expect(TextWidth.truncate("abcdef", 2, ellipsis: "...") == "..")
        #expect(TextWidth.pad("ab", 4) == "ab  ")
    }

    @Test func wrapsWordsAndCutsLongOnes() {
        #expect(TextWidth.wrap("one two three four", 9) == ["one two", "three", "four"])
        #expect(TextWidth.wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(TextWidth.wrap("a\n\nb", 10) == ["a", "", "b"])
        // nothing wide fits a one-column line: no line overflows and it never loops
        #expect(TextWidth.wrap("日本語", 1).allSatisfy { TextWidth.of($0) <= 1 })
    }

    @Test func wideGlyphsTakeTwoCellsAndNeverHalfOne() {
        var g = Grid(width: 5, height: 1)
        #expect(g.put("日本語", x: 0, y: 0) == 5)  // 語 does not fit: a blank fills its last column
        #expect(g.lines[0] == "日本 ")
        #expect(g[x: 1, y: 0].text.isEmpty)
        g.put("x", x: 1, y: 0)  // over the right half of 日
        #expect(g.lines[0] == " x本 ")
        g.put("語", x: 4, y: 0)  // does not fit at the last column
        #expect(g.lines[0] == " x本 ")
    }

    @Test func putClipsToGridAndWidth() {
        var g = Grid(width: 6, height: 2)
        g.put("abcdefgh", x: 2, y: 1, maxWidth: 3)
        #expect(g.lines == ["      ", "  abc "])
        g.put("zz", x: -1, y: 0)
        #expect(g.lines[0] == "z     ")
        #expect(g.put("q", x: 0, y: 5) == 0)
    }

    @Test func asciiGridFoldsEverything() {
        var g = Grid(width: 20, height: 1, asciiOnly: true)
        g.put("“Ünïcode” — ok…", x: 0, y: 0)
        #expect(g.lines[0].unicodeScalars.allSatisfy { $0.isASCII })
        #expect(g.lines[0].hasPrefix("\"?n?code\" - ok..."))
    }

    @Test func runsGroupCellsByRole() {
        var g = Grid(width: 8, height: 1)
        g.put("ab", x: 0, y: 0, role: .strong)
        g.put("日", x: 2, y: 0, role: .caution)
        let runs = g.runs(row: 0)
        #expect(runs.map(\.x) == [0, 2, 4])
        #expect(runs.map(\.text) == ["ab", "日", "    "])
        #expect(runs.map(\.role) == [.strong, .caution, .normal])
    }

    @Test func boxDrawsAFrameWithATitle() {
        var g = Grid(width: 12, height: 3)
        g.box(x: 0, y: 0, width: 12, height: 3, glyphs: .unicode, title: "Hi")
        #expect(g.lines == ["┌─ Hi ─────┐", "│          │", "└──────────┘"])
        var a = Grid(width: 4, height: 2)
        a.box(x: 0, y: 0, width: 4, height: 2, glyphs: .ascii)
        #expect(a.lines == ["+--+", "+--+"])
    }
}
