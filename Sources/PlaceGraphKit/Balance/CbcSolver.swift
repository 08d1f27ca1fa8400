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
/// standard output, and its status is turned into a Swift error at once. With a time limit
/// the solve runs in a ``SolverProcess``, because CBC keeps its own limit only between the
/// steps of its search: the child is asked to stop at the deadline (CBC and Clp stop on
/// SIGINT and report the best solution and bound so far) and killed half a second later.
enum CbcSolver {
    private static let lock = NSLock()
    /// How long a stopped solve has to report before it is killed.
    static let grace = Duration.milliseconds(500)

    /// Minimises `program` with CBC.
    ///
    /// - Parameter timeLimit: seconds of wall-clock time CBC may spend; `nil` for no limit.
    /// - Returns: the result; when the limit stopped CBC, whatever it had found, perhaps no
    ///   solution and no bound at all.
    /// - Throws: ``LinearProgramError`` when the program is infeasible or CBC gives up
    ///   before the limit.
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
        let count = Report.valuesStart + columnCount
        guard let timeLimit else { return try solveHere(model, count: count, stopped: false) }
        let deadline = ContinuousClock.now + .seconds(max(timeLimit, 0.001))
        switch SolverProcess.run(count: count, deadline: deadline, grace: grace, { report(solving: model, into: $0) }) {
        case .finished(let values):
            return try Report(values).result(stopped: ContinuousClock.now >= deadline)
        case .stopped:
            return LinearProgramResult(values: nil, objective: .infinity, bound: -.infinity, isProvenOptimal: false)
        case .unavailable:
            return try solveHere(model, count: count, stopped: false)
        }
    }

    /// Solves in this process, where CBC keeps its own time limit as well as it can.
    private static func solveHere(_ model: UnsafeMutableRawPointer, count: Int, stopped: Bool) throws(LinearProgramError)
        -> LinearProgramResult {
        var values = [Double](repeating: 0, count: count)
        values.withUnsafeMutableBufferPointer { report(solving: model, into: $0) }
        return try Report(values).result(stopped: stopped)
    }

    /// Solves `model` and writes what CBC says into `buffer`, laid out as ``Report`` reads
    /// it. Runs in the solver's child process, so it calls nothing but CBC.
    private static func report(solving model: UnsafeMutableRawPointer, into buffer: UnsafeMutableBufferPointer<Double>) {
        let status = Cbc_solve(model)
        buffer[Report.solveStatus] = Double(status)
        buffer[Report.status] = Double(Cbc_status(model))
        buffer[Report.infeasible] = Double(Cbc_isProvenInfeasible(model))
        buffer[Report.abandoned] = Double(Cbc_isAbandoned(model))
        buffer[Report.rootSolved] = Double(Cbc_isInitialSolveProvenOptimal(model))
        buffer[Report.optimal] = Double(Cbc_isProvenOptimal(model))
        buffer[Report.objective] = Cbc_getObjValue(model)
        buffer[Report.bound] = Cbc_getBestPossibleObjValue(model)
        guard let best = Cbc_bestSolution(model) else { return }
        buffer[Report.hasSolution] = 1
        for column in 0..<(buffer.count - Report.valuesStart) { buffer[Report.valuesStart + column] = best[column] }
    }

    /// CBC's answer as the flat array of numbers the child process sends back.
    private struct Report {
        static let solveStatus = 0, status = 1, infeasible = 2, abandoned = 3, rootSolved = 4, optimal = 5
        static let objective = 6, bound = 7, hasSolution = 8, valuesStart = 9
        let numbers: [Double]

        init(_ numbers: [Double]) { self.numbers = numbers }

        /// The result; `stopped` says the deadline interrupted CBC, whose flags then say only
        /// that it stopped, not that the program has no solution.
        func result(stopped: Bool) throws(LinearProgramError) -> LinearProgramResult {
            let status = Int(numbers[Self.status])
            if !stopped {
                if numbers[Self.infeasible] != 0 { throw .infeasible }
                if numbers[Self.abandoned] != 0 { throw .abandoned }
                guard numbers[Self.solveStatus] == 0 || status == 0 || status == 1 || status == 5 else {
                    throw .failed(status: Int(numbers[Self.solveStatus]))
                }
            }
            let values = numbers[Self.hasSolution] != 0 ? Array(numbers[Self.valuesStart...]) : nil
            // Only a solved root relaxation makes CBC's best possible value a proven bound.
            let bound = numbers[Self.rootSolved] != 0 && numbers[Self.infeasible] == 0 ? numbers[Self.bound] : -.infinity
            return LinearProgramResult(values: values, objective: numbers[Self.objective], bound: bound,
                                       isProvenOptimal: numbers[Self.optimal] != 0 && !stopped)
        }
    }
}
