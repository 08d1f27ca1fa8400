import Foundation

/// `.csv`: the interactions as an edge list with the header
/// `from,to,effect,because,evidence,confidence,mutual`, which placegraph reads back to the
/// same interactions (RFC 4180 quoting, CRLF-free, UTF-8).
public struct CSVEdgeListWriter: MapWriter {
    public let name = "csv"
    public let extensions = ["csv"]
    public let losses: String? = "an edge list keeps only the interactions: the place's name, areas and mission, services' names and owners, contracts, their dates, and objectives' texts are left out, and items no interaction touches are lost"

    public init() {}

    public func data(for map: PlaceMap) throws(MapWriteError) -> Data {
        var out = "from,to,effect,because,evidence,confidence,mutual\n"
        for interaction in map.interactions {
            let cells = [interaction.from, interaction.to, MapOutline.number(interaction.effect.value),
                         interaction.because ?? "", interaction.evidence ?? "", interaction.confidence.rawValue,
                         interaction.mutual ? "true" : "false"]
            out += cells.map(Self.cell).joined(separator: ",") + "\n"
        }
        return Data(out.utf8)
    }

    /// A cell, quoted when it holds a delimiter, a quote, a line break or spaces at either end
    /// (which a reader would trim), or could be taken for a byte-order mark.
    package static func cell(_ text: String) -> String {
        // Scalars, not characters: "\r\n" is one character that matches neither "\r" nor "\n".
        let needsQuotes = text.unicodeScalars.contains(where: { ",;\t\"\n\r".unicodeScalars.contains($0) })
            || text.first == " " || text.last == " " || text.hasPrefix("\u{FEFF}")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
