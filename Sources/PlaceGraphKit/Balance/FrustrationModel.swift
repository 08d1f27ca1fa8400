/// The binary linear program of Aref, Mason & Wilson for the frustration index of one block
/// (their compact "XOR" model, arXiv:1611.09030, 2019).
///
/// A binary *x*ᵥ puts node *v* on one side or the other, and *f*ₑ marks edge *e* frustrated.
/// For a positive edge (*u*, *v*): *f* ≥ *x*ᵤ − *x*ᵥ and *f* ≥ *x*ᵥ − *x*ᵤ; for a negative one:
/// *f* ≥ *x*ᵤ + *x*ᵥ − 1 and *f* ≥ 1 − *x*ᵤ − *x*ᵥ. The objective is Σ *w*ₑ *f*ₑ. Two
/// refinements from the same paper: the node with most neighbours is fixed to one side (the
/// complement of a split is the same split), and each unbalanced triangle adds the valid
/// inequality *f*ₐ + *f*ᵦ + *f*ᵧ ≥ 1.
///
/// The *f* are left continuous: once the *x* are whole, each *f* is pushed to exactly 0 or 1.
struct FrustrationModel {
    let problem: BalanceProblem
    let triangles: TriangleBound

    /// The outcome for the block: the best sides, and a proven lower bound on their cost.
    struct Outcome {
        let sides: [Bool]
        let cost: Int
        let lowerBound: Int
    }

    /// Solves the block exactly, or as far as `timeLimit` allows.
    ///
    /// - Parameter start: a split to start from (the heuristic's); its cost is the first
    ///   upper bound.
    /// - Throws: ``BalanceError/solverFailed(reason:)`` when CBC fails.
    func solve(start: [Bool], timeLimit: Double?) throws(BalanceError) -> Outcome {
        let program = self.program(start: start)
        let result: LinearProgramResult
        do {
            result = try CbcSolver.minimize(program, timeLimit: timeLimit)
        } catch {
            throw .solverFailed(reason: "\(error)")
        }
        var sides = start
        var cost = problem.cost(start)
        if let values = result.values {
            let found = (0..<problem.nodeCount).map { values[$0] > 0.5 }
            let foundCost = problem.cost(found)
            if foundCost < cost { sides = found; cost = foundCost }
        }
        // Trust CBC's bounds only when they are consistent with what it found.
        var lower = triangles.lowerBound
        if result.bound.isFinite, result.bound <= Double(cost) + 1e-6 {
            lower = max(lower, Int((result.bound - 1e-6).rounded(.up)))
        }
        if result.isProvenOptimal, result.values != nil, result.objective <= Double(cost) + 1e-6 {
            lower = max(lower, Int((result.objective - 1e-6).rounded(.up)))
        }
        return Outcome(sides: sides, cost: cost, lowerBound: min(lower, cost))
    }

    /// The program: node columns first, then one column per edge.
    func program(start: [Bool]) -> LinearProgram {
        var program = LinearProgram()
        let n = problem.nodeCount
        for _ in 0..<n { _ = program.addColumn(objective: 0, integer: true) }
        for e in 0..<problem.edgeCount { _ = program.addColumn(objective: Double(problem.edgeWeight[e]), integer: false) }
        let hub = problem.hub
        let hubSide: Double = start[hub] ? 1 : 0
        program.lower[hub] = hubSide
        program.upper[hub] = hubSide
        for e in 0..<problem.edgeCount {
            let f = Int32(n + e), u = Int32(problem.edgeU[e]), v = Int32(problem.edgeV[e])
            if problem.edgeSign[e] > 0 {
                program.addRow([f, u, v], [1, -1, 1], atLeast: 0)
                program.addRow([f, u, v], [1, 1, -1], atLeast: 0)
            } else {
                program.addRow([f, u, v], [1, -1, -1], atLeast: -1)
                program.addRow([f, u, v], [1, 1, 1], atLeast: 1)
            }
        }
        for (a, b, c) in triangles.triangles {
            program.addRow([Int32(n + a), Int32(n + b), Int32(n + c)], [1, 1, 1], atLeast: 1)
        }
        program.start = start.map { $0 ? 1 : 0 } + (0..<problem.edgeCount).map { problem.isFrustrated($0, start) ? 1 : 0 }
        return program
    }
}
