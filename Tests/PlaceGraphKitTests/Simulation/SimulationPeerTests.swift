import Foundation
import Testing
@testable import PlaceGraphKit

/// placegraph's trajectories against FCMpy's simulator (Mkhitaryan et al., PeerJ Computer
/// Science 8:e1078, 2022), an independent implementation of the same published rules, on
/// seeded random maps: every rule with every function, baseline and scenario runs, with and
/// without FCMpy's convention of holding the items nothing affects.
///
/// The test writes each map as YAML and loads it as a user's map would be; it works out the
/// weights itself from the interactions it wrote (effect / 3), hands them with the start state
/// to `scripts/fcm/fcmpy_peer.py` in `.build/fcm-venv` (installed by `scripts/setup`), and
/// compares every value of every step. FCMpy has no clamps: a clamped item is given to it as an
/// item with its incoming weights removed, which FCMpy holds at its start value.
@Suite("Simulation against FCMpy", .serialized)
struct SimulationPeerTests {
    static let python = TestSupport.packageRoot.appendingPathComponent(".build/fcm-venv/bin/python")
    static let peer = TestSupport.packageRoot.appendingPathComponent("scripts/fcm/fcmpy_peer.py")
    static let functions: [ActivationFunction] = [.sigmoid(lambda: 1), .tanh, .bivalent, .trivalent]

    /// A map drawn from a seed, with the weights and scenario the test expects.
    struct RandomCase {
        let ids: [String]
        let yaml: String
        let weights: [[Double]]
        let options: SimulationOptions

        /// `n` services; when `everyItemAffected`, each has at least one incoming interaction,
        /// so that FCMpy's holding of unaffected items never applies. Discrete functions get
        /// effects in steps of 0.75, whose weights (steps of 0.25) add up exactly in any order,
        /// so that no sum that is 0 on paper reaches a threshold function as ±1e-17 on one side.
        init(seed: UInt64, rule: UpdateRule, function: ActivationFunction, everyItemAffected: Bool) {
            var random = SplitMix64(seed: seed)
            let n = Int.random(in: 5...16, using: &random)
            let ids = (1...n).map { String(format: "s%02d", $0) }
            self.ids = ids
            let discrete = function == .bivalent || function == .trivalent
            let magnitudes = discrete ? [0.75, 1.5, 2.25, 3] : [0.5, 1, 1.5, 2, 2.25, 3]
            var effects: [Int: [Int: Double]] = [:]
            func add(_ from: Int, _ to: Int) {
                let sign: Double = Bool.random(using: &random) ? 1 : -1
                effects[from, default: [:]][to] = sign * magnitudes.randomElement(using: &random)!
            }
            if everyItemAffected {
                for target in 0..<n { add((target + Int.random(in: 1..<n, using: &random)) % n, target) }
            }
            for _ in 0..<Int.random(in: n...(3 * n), using: &random) {
                add(Int.random(in: 0..<n, using: &random), Int.random(in: 0..<n, using: &random))
            }
            var weights = Array(repeating: Array(repeating: 0.0, count: n), count: n)
            var lines: [String] = []
            for (from, targets) in effects.sorted(by: { $0.key < $1.key }) {
                for (to, effect) in targets.sorted(by: { $0.key < $1.key }) {
                    weights[from][to] = effect / 3
                    lines.append("  - {from: \(ids[from]), to: \(ids[to]), effect: \(effect)}")
                }
            }
            self.weights = weights
            yaml = TestSupport.map(services: ids.map { "  - {id: \($0), name: Service \($0)}" }.joined(separator: "\n"),
                                   interactions: lines.joined(separator: "\n"))
            func value() -> Double {
                switch function {
                case .bivalent: Double(Int.random(in: 0...1, using: &random))
                case .trivalent: Double(Int.random(in: -1...1, using: &random))
                case .tanh: Double.random(in: -1...1, using: &random)
                case .sigmoid: Double.random(in: 0...1, using: &random)
                }
            }
            let chosen = Array((0..<n).shuffled(using: &random).prefix(4))
            let clamps = chosen.prefix(Int.random(in: 1...2, using: &random)).map { ItemSetting(id: ids[$0], value: value()) }
            let pushes = chosen.dropFirst(clamps.count).map { ItemSetting(id: ids[$0], value: value()) }
            let lambda = [0.5, 1, 2.5].randomElement(using: &random)!
            options = SimulationOptions(
                rule: rule, function: function == .sigmoid(lambda: 1) ? .sigmoid(lambda: lambda) : function,
                initial: value(), clamps: clamps, pushes: pushes, threshold: [0.001, 0.00001].randomElement(using: &random)!,
                maxSteps: 60, holdsSources: !everyItemAffected)
        }

        /// The baseline job and the scenario job for the peer.
        var jobs: [PeerJob] {
            let start = options.startValue
            var initial = Array(repeating: start, count: ids.count), scenarioWeights = weights
            for setting in options.pushes + options.clamps { initial[ids.firstIndex(of: setting.id)!] = setting.value }
            for clamp in options.clamps {
                let column = ids.firstIndex(of: clamp.id)!
                for row in scenarioWeights.indices { scenarioWeights[row][column] = 0 }
            }
            var lambda = 1.0
            if case .sigmoid(let value) = options.function { lambda = value }
            func job(_ weights: [[Double]], _ initial: [Double]) -> PeerJob {
                PeerJob(ids: ids, weights: weights, initial: initial, rule: options.rule.rawValue,
                        function: options.function.name, lambda: lambda, threshold: options.threshold, maxSteps: options.maxSteps)
            }
            return [job(weights, Array(repeating: start, count: ids.count)), job(scenarioWeights, initial)]
        }
    }

    struct PeerJob: Encodable {
        let ids: [String]
        let weights: [[Double]]
        let initial: [Double]
        let rule, function: String
        let lambda, threshold: Double
        let maxSteps: Int
    }

    /// FCMpy's trajectory for each job, failing clearly when its venv is missing.
    static func trajectories(_ jobs: [PeerJob]) throws -> [[[Double]]] {
        try #require(FileManager.default.isExecutableFile(atPath: python.path),
                     "FCMpy's venv is missing at .build/fcm-venv; run scripts/setup")
        let file = try TestSupport.temporaryFolder().appendingPathComponent("jobs.json")
        try JSONEncoder().encode(jobs).write(to: file)
        let run = try TestSupport.runProgram(python, [peer.path, file.path])
        try #require(run.status == 0, "the FCMpy peer failed: \(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        return try results.map { result in
            let states = try #require(result["states"] as? [[NSNumber]])
            return states.map { $0.map(\.doubleValue) }
        }
    }

    /// Whether two trajectories have the same steps and agree within `tolerance` everywhere.
    static func disagreement(_ ours: [[Double]], _ theirs: [[Double]], tolerance: Double) -> String? {
        guard ours.count == theirs.count else { return "\(ours.count - 1) steps against FCMpy's \(theirs.count - 1)" }
        for (step, (a, b)) in zip(ours, theirs).enumerated() {
            for index in a.indices where !(abs(a[index] - b[index]) <= tolerance) {
                return "step \(step), item \(index): \(a[index]) against FCMpy's \(b[index])"
            }
        }
        return nil
    }

    @Test("trajectories agree with FCMpy's to 1e-6, for every function, baseline and scenario, on seeded random maps",
          arguments: UpdateRule.allCases)
    func agrees(rule: UpdateRule) throws {
        var cases: [(label: String, random: RandomCase)] = []
        for function in Self.functions {
            for everyItemAffected in [true, false] {
                for seed in UInt64(1)...4 {
                    let random = RandomCase(seed: seed * 7919 + UInt64(cases.count), rule: rule, function: function,
                                            everyItemAffected: everyItemAffected)
                    cases.append(("\(rule.rawValue) \(function.name) seed \(seed) holdsSources \(!everyItemAffected)", random))
                }
            }
        }
        let folder = try TestSupport.temporaryFolder()
        var runs: [[[Double]]] = []
        for (number, entry) in cases.enumerated() {
            let file = folder.appendingPathComponent("map-\(number).yaml")
            try entry.random.yaml.write(to: file, atomically: true, encoding: .utf8)
            let graph = try #require(try MapLoader.load(path: file.path).graph, "\(entry.label) did not load")
            let simulation = try graph.simulation(entry.random.options)
            runs += [simulation.baseline.states, try #require(simulation.scenario).states]
        }
        let theirs = try Self.trajectories(cases.flatMap(\.random.jobs))
        try #require(theirs.count == runs.count)
        var settled = 0
        for (index, ours) in runs.enumerated() {
            let problem = Self.disagreement(ours, theirs[index], tolerance: 1e-6)
            #expect(problem == nil, "\(cases[index / 2].label), \(index % 2 == 0 ? "baseline" : "scenario"): \(problem ?? "")")
            if ours.count < 61 { settled += 1 }
        }
        // The comparison means most when runs stop on the threshold as well as on the step limit.
        #expect(settled > 0)
    }

    @Test("the command line's trajectory, rounded to 4 decimals, matches FCMpy's")
    func commandLine() throws {
        let random = RandomCase(seed: 2026, rule: .rescaled, function: .tanh, everyItemAffected: true)
        let folder = try TestSupport.temporaryFolder()
        try random.yaml.write(to: folder.appendingPathComponent("map.yaml"), atomically: true, encoding: .utf8)
        let options = random.options
        var arguments = ["simulate", "map.yaml", "--rule", "rescaled", "--function", "tanh",
                         "--initial", "\(options.startValue)", "--threshold", "\(options.threshold)",
                         "--max-steps", "\(options.maxSteps)", "--trajectory", "trajectory.json", "--format", "json"]
        arguments += options.clamps.flatMap { ["--clamp", "\($0.id)=\($0.value)"] }
        arguments += options.pushes.flatMap { ["--push", "\($0.id)=\($0.value)"] }
        let run = try TestSupport.run(arguments, in: folder)
        try #require(run.status == 0, "\(run.stderr)")
        let data = try Data(contentsOf: folder.appendingPathComponent("trajectory.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["items"] as? [String] == random.ids)
        let theirs = try Self.trajectories(random.jobs)
        for (index, name) in ["baseline", "scenario"].enumerated() {
            let states = try #require((object[name] as? [String: Any])?["states"] as? [[NSNumber]])
            let problem = Self.disagreement(states.map { $0.map(\.doubleValue) }, theirs[index], tolerance: 0.00005 + 1e-9)
            #expect(problem == nil, "\(name): \(problem ?? "")")
        }
    }
}
