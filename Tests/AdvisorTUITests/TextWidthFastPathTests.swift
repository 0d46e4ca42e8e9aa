import AdvisorTUI
import Testing

/// `TextWidth.of(String)` counts ASCII bytes without breaking graphemes; it must agree with the
/// per-character widths for every kind of ASCII, and leave other text to the grapheme path.
@Suite("Text width of ASCII without grapheme breaking")
struct TextWidthFastPathTests {
    @Test func asciiAgreesWithCharacters() {
        let samples = ["", "plain words", "tab\there", "cr\r\nlf\n", "del\u{7F}x", "\u{1B}[1mbold", String((0..<128).map { Character(Unicode.Scalar($0)!) })]
        for s in samples {
            #expect(TextWidth.of(s) == s.reduce(0) { $0 + TextWidth.of($1) }, "\(s.debugDescription)")
        }
    }

    @Test func otherTextUsesGraphemes() {
        #expect(TextWidth.of("naïve 日本") == 10)
        #expect(TextWidth.of("e\u{301}x") == 2)
    }
}
