import Foundation

/// `.mentalmodeler.csv`: the map as Mental Modeler's adjacency matrix
/// (https://www.mentalmodeler.com): the first row and column name the concepts (the items'
/// ids), and the cell in row A, column B is A's effect on B as a weight from −1 to 1.
///
/// Weights are the effect divided by 3, rounded to 4 decimals (+2 becomes 0.6667, −1.5
/// becomes −0.5); the reader multiplies by 3 and rounds to 2 decimals, so every
/// effect with at most 2 decimals comes back exactly. A mutual interaction fills both cells.
public struct MentalModelerWriter: MapWriter {
    public let name = "mentalmodeler"
    public let extensions = ["mentalmodeler.csv"]
    public let losses: String? = "a Mental Modeler matrix keeps the items (by id) and the effects; kinds, names, services, contracts' dates, reasons, evidence and confidence are left out"

    public init() {}

    /// A weight for an effect: e / 3 rounded to 4 decimals.
    static func weight(_ effect: Effect) -> Double { (effect.value / 3 * 10_000).rounded() / 10_000 }

    public func data(for map: PlaceMap) throws(MapWriteError) -> Data {
        let ids = MapItem.all(in: map).map(\.id)
        var cells: [String: [String: Double]] = [:]
        for interaction in map.interactions {
            cells[interaction.from, default: [:]][interaction.to] = Self.weight(interaction.effect)
            if interaction.mutual { cells[interaction.to, default: [:]][interaction.from] = Self.weight(interaction.effect) }
        }
        var out = "," + ids.map(CSVEdgeListWriter.cell).joined(separator: ",") + "\n"
        for row in ids {
            let values = ids.map { column in cells[row]?[column].map(MapOutline.number) ?? "" }
            out += CSVEdgeListWriter.cell(row) + "," + values.joined(separator: ",") + "\n"
        }
        return Data(out.utf8)
    }
}
