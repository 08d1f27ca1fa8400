internal import CCbc
import Foundation

/// A mixed-integer linear program in plain Swift values: minimise `objective · x` subject to
/// `rowLower ≤ A·x` row by row and `lower ≤ x ≤ upper`.
struct LinearProgram: Sendable {
    /// One constraint `lower ≤ Σ coefficients[k] · x[columns[k]]`.
    struct Row: Sendable {
        let columns: [Int32]
        let coefficients: [Double]
        let lower: Double
    }

    var objective: [Double] = []
    var lower: [Double] = []
    var upper: [Double] = []
    var isInteger: [Bool] = []
    var rows: [Row] = []
    /// A feasible solution to start from, one value per column.
    var start: [Double]?

    /// Adds a column and returns its index.
    mutating func addColumn(objective: Double, lower: Double = 0, upper: Double = 1, integer: Bool) -> Int32 {
        self.objective.append(objective)
        self.lower.append(lower)
        self.upper.append(upper)
        isInteger.append(integer)
        return Int32(self.objective.count - 1)
    }

    /// Adds the row `lower ≤ Σ coefficients · columns`.
    mutating func addRow(_ columns: [Int32], _ coefficients: [Double], atLeast lower: Double) {
        rows.append(Row(columns: columns, coefficients: coefficients, lower: lower))
    }
}

/// What the solver found: the best solution (if any), its objective, and the proven bound.
struct LinearProgramResult: Sendable {
    let values: [Double]?
    let objective: Double
    /// No solution can have an objective below this.
    let bound: Double
    let isProvenOptimal: Bool
}

/// How a solve can fail.
enum LinearProgramError: Error, Sendable, Equatable {
    case infeasible
    case abandoned
    case failed(status: Int)
}

/// The door to COIN-OR CBC's C interface: the only file that imports `CCbc`.
///
/// CBC keeps process-wide state while it solves (its parameter tables and message handlers),
/// so every call goes through one lock. Its log is silenced (level 0), so it writes nothing to
/// standard output, and its status is turned into a Swift error at once.
enum CbcSolver {
    private static let lock = NSLock()

    /// Minimises `program` with CBC.
    ///
    /// - Parameter timeLimit: seconds of wall-clock time CBC may spend; `nil` for no limit.
    /// - Throws: ``LinearProgramError`` when the program is infeasible or CBC gives up.
    /// - Complexity: exponential in the worst case, like every exact method for an NP-hard
    ///   problem; CBC's cuts and the warm start make typical maps fast.
    static func minimize(_ program: LinearProgram, timeLimit: Double?) throws(LinearProgramError) -> LinearProgramResult {
        let columnCount = program.objective.count
        // The rows, turned into the compressed columns Cbc_loadProblem reads.
        var columnStart = [CoinBigIndex](repeating: 0, count: columnCount + 1)
        for row in program.rows { for column in row.columns { columnStart[Int(column) + 1] += 1 } }
        for column in 0..<columnCount { columnStart[column + 1] += columnStart[column] }
        var fill = columnStart.map(Int.init)
        var rowIndex = [Int32](repeating: 0, count: Int(columnStart[columnCount]))
        var value = [Double](repeating: 0, count: rowIndex.count)
        for (index, row) in program.rows.enumerated() {
            for (column, coefficient) in zip(row.columns, row.coefficients) {
                rowIndex[fill[Int(column)]] = Int32(index)
                value[fill[Int(column)]] = coefficient
                fill[Int(column)] += 1
            }
        }
        let rowLower = program.rows.map(\.lower)
        let rowUpper = [Double](repeating: Double.greatestFiniteMagnitude, count: program.rows.count)

        lock.lock()
        defer { lock.unlock() }
        guard let model = Cbc_newModel() else { throw .failed(status: -1) }
        defer { Cbc_deleteModel(model) }
        Cbc_setLogLevel(model, 0)
        Cbc_loadProblem(model, Int32(columnCount), Int32(program.rows.count), columnStart, rowIndex, value,
                        program.lower, program.upper, program.objective, rowLower, rowUpper)
        for column in 0..<columnCount where program.isInteger[column] { Cbc_setInteger(model, Int32(column)) }
        // The objective is a count, so a gap below 1 already proves optimality.
        Cbc_setAllowableGap(model, 0.999)
        Cbc_setParameter(model, "timeMode", "elapsed")
        if let timeLimit {
            Cbc_setMaximumSeconds(model, max(timeLimit, 0.001))
            Cbc_setParameter(model, "seconds", String(format: "%.3f", max(timeLimit, 0.001)))
        }
        if let start = program.start {
            let columns = (0..<Int32(columnCount)).map { $0 }
            Cbc_setMIPStartI(model, Int32(columnCount), columns, start)
        }
        let status = Cbc_solve(model)
        if Cbc_isProvenInfeasible(model) != 0 { throw .infeasible }
        if Cbc_isAbandoned(model) != 0 { throw .abandoned }
        guard status == 0 || Cbc_status(model) == 1 || Cbc_status(model) == 0 else { throw .failed(status: Int(status)) }
        var values: [Double]?
        if let best = Cbc_bestSolution(model) {
            values = Array(UnsafeBufferPointer(start: best, count: columnCount))
        }
        return LinearProgramResult(values: values, objective: Cbc_getObjValue(model),
                                   bound: Cbc_getBestPossibleObjValue(model),
                                   isProvenOptimal: Cbc_isProvenOptimal(model) != 0)
    }
}
