import ArgumentParser

/// `--format` for the commands that print an analysis: `analyze`, `timeline`, `loops` and `balance`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}
