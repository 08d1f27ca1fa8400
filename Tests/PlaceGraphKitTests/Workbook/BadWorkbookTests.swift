import Foundation
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// Files that are not workbooks, or are hostile ones: each gets one clear error naming the
/// file, never a crash, a hang or a huge allocation.
@Suite("Bad workbooks")
struct BadWorkbookTests {
    typealias F = WorkbookFixture

    func onlyError(_ data: Data) throws -> Diagnostic {
        let result = MapLoader.load(data: data, file: "map.xlsx", format: .xlsx)
        #expect(result.graph == nil)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        return try #require(errors.first)
    }

    @Test("a text file named .xlsx is not a zip archive")
    func notZip() throws {
        let error = try onlyError(Data("placegraph: 1\nplace: {name: x}\n".utf8))
        #expect(error.message == "the file is not an .xlsx workbook: it is not a zip archive")
        #expect(error.styled(source: nil).plain.hasPrefix("map.xlsx: error: the file is not an .xlsx workbook"))
    }

    @Test("an old .xls workbook is told apart from a random file")
    func oldExcel() throws {
        let error = try onlyError(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)))
        #expect(error.message.contains("old Excel 97–2003 workbook (.xls)"))
    }

    @Test("a truncated zip is not a workbook", arguments: [10, 200])
    func truncated(_ length: Int) throws {
        let whole = try F.valid().data()
        let error = try onlyError(whole.prefix(length))
        #expect(error.location == SourceLocation(file: "map.xlsx"))
    }

    @Test("a zip without a workbook part says so")
    func zipOfOtherThings() throws {
        let error = try onlyError(try F.zip([("notes.txt", Data("hello".utf8))]))
        #expect(error.message == "the file is a zip archive but not an .xlsx workbook: it has no workbook part")
    }

    /// The valid fixture with its Place sheet swapped for `sheet`.
    func withPlaceSheet(_ sheet: Data) throws -> Data {
        try F.zip(F.valid().parts().map { $0.path == "xl/worksheets/sheet1.xml" ? ($0.path, sheet) : $0 })
    }

    /// A Place sheet of `size` bytes of spaces after its data: deflate shrinks it about a
    /// thousandfold, the shape of a zip bomb.
    func bomb(size: Int) throws -> Data {
        let sheet = Data("<?xml version=\"1.0\"?><worksheet xmlns=\"\(Namespace.main)\"><sheetData/>".utf8)
            + Data(repeating: UInt8(ascii: " "), count: size) + Data("</worksheet>".utf8)
        return try withPlaceSheet(sheet)
    }

    @Test("a zip bomb stops at the inflation cap, counted while inflating")
    func zipBomb() throws {
        let data = try bomb(size: WorkbookArchive.maximumInflatedBytes + 1_024 * 1_024)
        #expect(data.count < 1_000_000)
        let error = try onlyError(data)
        #expect(error.message == "the workbook inflates to more than 100 MiB; it may be a zip bomb")
    }

    @Test("a zip bomb whose headers claim a tiny size is stopped all the same")
    func lyingHeader() throws {
        var bytes = [UInt8](try bomb(size: WorkbookArchive.maximumInflatedBytes + 1_024 * 1_024))
        // Set the uncompressed size of every local (offset 22) and central (offset 24) header to 100.
        var patched = 0
        for index in 0..<(bytes.count - 4) {
            let signature = UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
            let offset: Int? = switch signature {
            case 0x0403_4B50: 22
            case 0x0201_4B50: 24
            default: nil
            }
            guard let offset, index + offset + 4 <= bytes.count else { continue }
            bytes.replaceSubrange((index + offset)..<(index + offset + 4), with: [100, 0, 0, 0])
            patched += 1
        }
        #expect(patched >= 8)
        let error = try onlyError(Data(bytes))
        #expect(error.message.contains("zip bomb") || error.message.contains("is damaged"), "\(error.message)")
    }

    @Test("a package of more than 1,000 parts is refused before any is inflated")
    func tooManyEntries() throws {
        let parts = (0...WorkbookArchive.maximumEntries).map { ("part\($0).xml", Data("<a/>".utf8)) }
        let error = try onlyError(try F.zip(parts))
        #expect(error.message.hasPrefix("the workbook has more than 1000 parts"))
    }

    @Test("a sheet that is not XML is an error naming the part")
    func badXML() throws {
        let error = try onlyError(try F.valid().replacing("Services", with: "<sheetData><row r=\"1\"><c></row>").data())
        #expect(error.message == "the workbook's part 'xl/worksheets/sheet2.xml' is not readable spreadsheet XML")
    }

    @Test("entity expansion in a sheet is not a way round the caps (billion laughs)")
    func billionLaughs() throws {
        var entities = "<!ENTITY a0 \"haha\">"
        for level in 1...9 { entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [\(entities)]><worksheet xmlns=\"\(Namespace.main)\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&a9;</t></is></c></row></sheetData></worksheet>"
        let start = ContinuousClock.now
        let result = MapLoader.load(data: try withPlaceSheet(Data(sheet.utf8)), file: "map.xlsx", format: .xlsx)
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(result.graph == nil)
        #expect(result.diagnostics.contains { $0.severity == .error })
    }
}
