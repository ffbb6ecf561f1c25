import Testing
@testable import Articles

/// Pages that are UTF-8 but for a few windows-1252 bytes (a dash pasted from a word
/// processor, a template in another charset) are read, not dead-lettered.
@Suite("UTF-8 with stray bytes")
struct StrayByteRepairTests {
    @Test("a stray windows-1252 dash in a UTF-8 page becomes an em dash; the page's UTF-8 stays as it is")
    func strayDashIsRead() throws {
        let bytes = Array("<p>Café fees ".utf8) + [0x97] + Array(" based on revenue, “net” of tax.</p>".utf8)
        let text = try TextDecoding.decode(bytes, declaredCharset: nil)
        #expect(text == "<p>Café fees — based on revenue, “net” of tax.</p>")
    }

    @Test("windows-1252 text labelled UTF-8 reads as windows-1252")
    func mislabelledWindows1252() throws {
        let page = Array("<meta charset=\"utf-8\"><p>Le ministre a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9]
            + Array(" qu".utf8) + [0x92] + Array("il partirait.</p>".utf8)
        let text = try TextDecoding.decode(page, declaredCharset: nil)
        #expect(text.hasSuffix("<p>Le ministre a déclaré qu’il partirait.</p>"))
    }

    @Test("a truncated or overlong sequence is repaired byte by byte, and what follows it is kept")
    func brokenSequences() throws {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: 40) + [0xE2, 0x80] + Array(" ok ".utf8) + [0xC0, 0xAF] + Array(" end".utf8)
        let text = try TextDecoding.decode(bytes, declaredCharset: nil)
        #expect(text == String(repeating: "a", count: 40) + "â\u{20AC} ok À¯ end")
    }

    @Test("mostly-invalid bytes are still refused, with the offset of the first bad byte", arguments: [
        [0x48, 0x69, 0xC3, 0x28, 0xFF, 0xFE],
        [0x61, 0x62, 0x63, 0xFF, 0x64],
    ] as [[UInt8]])
    func mostlyInvalidIsRefused(bytes: [UInt8]) {
        #expect(throws: ArticleInputError.invalidUTF8(byteOffset: TextDecoding.firstInvalidUTF8Offset(bytes)!)) {
            try TextDecoding.decode(bytes, declaredCharset: nil)
        }
    }

    @Test("the repair agrees with the validator: valid UTF-8 decodes to itself")
    func validInputUnchanged() {
        let text = "héllo wörld — “quotes” 😀 日本語"
        #expect(TextDecoding.decodeUTF8Repairing(Array(text.utf8)[...]) == text)
    }
}
