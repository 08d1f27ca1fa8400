/// placegraph's version, shown by `placegraph --version`.
public let version = "0.1.0"
