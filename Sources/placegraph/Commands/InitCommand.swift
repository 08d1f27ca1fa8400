import ArgumentParser
import Foundation
import PlaceGraphKit

/// `placegraph init [FILE]`: writes a commented starter map.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter map.",
        discussion: "Without FILE the map goes to standard output. An existing file is kept unless --force is given."
    )

    @Argument(help: "Where to write the starter map, for example map.yaml.")
    var file: String?

    @Flag(help: "Replace FILE if it exists.")
    var force = false

    func run() throws {
        if let file, !force, FileManager.default.fileExists(atPath: file) {
            throw CLIFailure.usage("'\(file)' exists; pass --force to replace it")
        }
        try OutputFile.write(Data(StarterMap.yaml.utf8), to: file, protecting: [])
        if let file {
            Console.standardError.write("wrote \(file); check it with: placegraph validate \(file)\n")
        }
    }
}
