import ArgumentParser

/// `--format` for the commands that print an analysis.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}
