/// What an analysis is, in words a report and the docs can show: an id, a title, one
/// sentence on what it finds, and the method it follows.
public struct AnalysisInfo: Sendable, Hashable {
    /// A short stable id, such as `loops` or `balance`.
    public let id: String
    /// A heading, such as "Feedback loops".
    public let title: String
    /// One sentence on what the analysis finds, for a council reader.
    public let summary: String
    /// The published method it follows.
    public let citation: String

    public init(id: String, title: String, summary: String, citation: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.citation = citation
    }
}
