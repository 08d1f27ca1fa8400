import PlaceGraphKit

/// Writes a map as DOT text: the one place where a map becomes Graphviz input.
///
/// Nodes are named `n0`, `n1`, … by their position in the graph drawn, and clusters `cluster_…`
/// by position too, so no id or name a user typed ever becomes a DOT identifier. User text
/// goes only into quoted `label` and `tooltip` values, escaped by ``DOTText``. Everything is
/// written in a fixed order (clusters by label, items by id, arcs by source then target)
/// with fixed number formats, so the same map and options always give the same bytes.
struct DOTWriter {
    let options: RenderOptions

    /// The DOT text and layout engine for `graph` drawn with ``options``.
    ///
    /// - Throws: ``RenderError`` when an option names an unknown id or a negative depth.
    /// - Complexity: O(*n* log *n* + *m*) for *n* items and *m* arcs.
    func drawing(of original: PlaceGraph) throws -> MapDrawing {
        let selection = try MapSelection(original, options: options)
        let graph = selection.graph
        // An item sits in a cluster when its service has one: always at objective level, and
        // at service level when the service has a cluster key.
        let loose = selection.items.filter { index in
            guard let service = graph.items[index].serviceID else { return true }
            return graph.level == .services && clusterKey(of: service, in: graph) == nil
        }
        let looseSet = Set(loose)
        let looseArcs = selection.arcs.filter {
            looseSet.contains(graph.arcs[$0].from) || looseSet.contains(graph.arcs[$0].to)
        }
        let budget = LayoutBudget(engine: options.engine, items: selection.items.count, arcs: selection.arcs.count,
                                  looseItems: loose.count, looseArcs: looseArcs.count)
        var out = DOTOutput()
        out.line("digraph placegraph {")
        out.indent += 1
        writeHeader(&out, graph: graph, selection: selection, budget: budget)
        // fdp in Graphviz 2.42 crashes on nested clusters after a few layouts in one process,
        // so for it service clusters are not grouped further at objective level.
        let grouped = budget.engine != .fdp || graph.level == .services
        let describe = ItemDescription(graph)
        writeItems(&out, selection: selection, grouped: grouped, describe: describe)
        let links = DrawnLink.links(of: selection.arcs.map { graph.arcs[$0] }, in: graph)
        for link in links { writeLink(&out, link, describe: describe, numbered: budget.numbersEdges) }
        writeGhosts(&out, selection: selection)
        if options.legend { writeLegend(&out, level: graph.level) }
        writeDiffLegend(&out)
        out.indent -= 1
        out.line("}")
        return MapDrawing(dot: out.text, engine: budget.engine, notes: budget.note.map { [$0] } ?? [],
                          itemCount: selection.items.count, interactionCount: selection.arcs.count)
    }

    private func writeHeader(_ out: inout DOTOutput, graph: PlaceGraph, selection: MapSelection, budget: LayoutBudget) {
        // Graphviz's `\l` ends each line flush left.
        var title = DOTText.label(graph.map.place.name, width: 80, limit: 160, lineBreak: "\\l")
        title += "\\l" + (graph.level == .services
            ? "services; interactions rolled up service to service"
            : "services, contracts and objectives")
        if !selection.focus.isEmpty {
            let names = selection.focus.map { DOTText.label(graph.items[$0].id, width: 200, limit: 60) }
            title += "\\laround " + names.joined(separator: ", ")
                + " (\(options.depth) step\(options.depth == 1 ? "" : "s"))"
        }
        if let only = options.only { title += "\\l\(only.rawValue) interactions only" }
        title += "\\l"
        var attributes: [(String, String)] = [
            ("layout", budget.engine.rawValue), ("rankdir", options.rankdir.rawValue),
            ("fontname", VisualGrammar.fontName), ("fontsize", "14"), ("label", options.titled ? title : ""),
            ("labelloc", "t"), ("labeljust", "l"), ("nodesep", "0.18"), ("ranksep", "0.5 equally"),
            ("outputorder", "edgesfirst"), ("pad", "0.2"), ("tooltip", DOTText.tooltip([graph.map.place.name])),
        ]
        attributes += budget.attributes
        out.line("graph " + DOTOutput.attributes(attributes) + ";")
        out.line("node " + DOTOutput.attributes([
            ("fontname", VisualGrammar.fontName), ("fontsize", "10"), ("color", "#555555"),
            ("margin", "0.08,0.04"), ("height", "0.3"),
        ]) + ";")
        out.line("edge " + DOTOutput.attributes([("arrowsize", "0.8")]) + ";")
    }

    /// Clusters of services (when `grouped`), each service's items nested in its own cluster
    /// at objective level, then the items that belong to no service.
    private func writeItems(_ out: inout DOTOutput, selection: MapSelection, grouped: Bool, describe: ItemDescription) {
        let graph = selection.graph
        var byService: [String: [Int]] = [:]
        var loose: [Int] = []
        for index in selection.items {
            if let service = graph.items[index].serviceID {
                byService[service, default: []].append(index)
            } else {
                loose.append(index)
            }
        }
        var groups: [String: [String]] = [:]
        var ungrouped: [String] = []
        for service in byService.keys.sorted() {
            if grouped, let key = clusterKey(of: service, in: graph) {
                groups[key, default: []].append(service)
            } else {
                ungrouped.append(service)
            }
        }
        let groupLabels = groups.keys.sorted()
        for (number, label) in groupLabels.enumerated() {
            out.line("subgraph cluster_g\(number) {")
            out.indent += 1
            out.line("graph " + DOTOutput.attributes([
                ("label", DOTText.label(label, width: 40, limit: 80)), ("style", "rounded,filled"),
                ("fillcolor", "#F4F4F4"), ("color", "#CCCCCC"), ("fontsize", "12"),
                ("tooltip", DOTText.tooltip([label])),
            ]) + ";")
            for service in groups[label] ?? [] {
                writeService(&out, service, items: byService[service] ?? [], selection: selection, describe: describe)
            }
            out.indent -= 1
            out.line("}")
        }
        for service in ungrouped { writeService(&out, service, items: byService[service] ?? [], selection: selection, describe: describe) }
        for index in loose { writeNode(&out, index, selection: selection, describe: describe) }
    }

    /// The key that clusters `service`, or `nil` when it goes in no cluster.
    private func clusterKey(of service: String, in graph: PlaceGraph) -> String? {
        guard let item = graph.item(service) else { return nil }
        switch options.clusterBy {
        case .domain: return item.domain
        case .owner: return item.owner
        case .none: return nil
        case .area:
            guard let area = item.areas.first else { return nil }
            return graph.map.place.areas.first { $0.id == area }?.name ?? area
        }
    }

    private func writeService(_ out: inout DOTOutput, _ service: String, items: [Int], selection: MapSelection,
                              describe: ItemDescription) {
        guard selection.graph.level == .objectives else {
            for index in items { writeNode(&out, index, selection: selection, describe: describe) }
            return
        }
        let graph = selection.graph
        let serviceIndex = graph.index(of: service)
        out.line("subgraph cluster_s\(serviceIndex ?? items.first ?? 0) {")
        out.indent += 1
        var attributes = [("style", "rounded,filled"), ("fillcolor", "#FFFFFF"), ("color", "#B5B5B5"), ("label", "")]
        if let serviceIndex, !items.contains(serviceIndex) {
            // The service's own node is hidden, so its cluster carries its name.
            attributes[3] = ("label", DOTText.label(graph.items[serviceIndex].name, width: 40, limit: 80))
            attributes += [("fontsize", "11")]
        }
        out.line("graph " + DOTOutput.attributes(attributes) + ";")
        // The service first, then its contracts and objectives, each group in id order.
        let ordered = items.filter { graph.items[$0].kind == .service }
            + items.filter { graph.items[$0].kind == .contract }
            + items.filter { graph.items[$0].kind != .service && graph.items[$0].kind != .contract }
        for index in ordered { writeNode(&out, index, selection: selection, describe: describe) }
        writeStructure(&out, items: ordered, in: graph)
        out.indent -= 1
        out.line("}")
    }

    /// Invisible edges from a service to its contracts and objectives, and from a contract to
    /// its objectives, so each service cluster is laid out as a small tree instead of one tall
    /// column of unconnected items.
    private func writeStructure(_ out: inout DOTOutput, items: [Int], in graph: PlaceGraph) {
        let present = Set(items)
        for index in items {
            let item = graph.items[index]
            let parentID = item.kind == .objective ? (item.contractID ?? item.serviceID)
                : (item.kind == .contract ? item.serviceID : nil)
            guard let parentID, let parent = graph.index(of: parentID), present.contains(parent) else { continue }
            out.line("n\(parent) -> n\(index) [style=\"invis\", weight=\"2\"];")
        }
    }

    private func writeNode(_ out: inout DOTOutput, _ index: Int, selection: MapSelection, describe: ItemDescription) {
        let item = selection.graph.items[index]
        let highlighted = options.highlight.contains(item.id) || selection.focus.contains(index)
        var attributes = VisualGrammar.nodeAttributes(kind: item.kind, inContract: item.contractID != nil,
                                                      level: selection.graph.level, highlighted: highlighted)
        attributes.append(("label", Self.diffLabelPrefix(item, overlay: options.diff) + label(of: item, describe: describe)))
        attributes.append(("tooltip", DOTText.tooltip(describe.lines(for: item))))
        attributes += Self.diffNodeAttributes(item, overlay: options.diff)
        out.line("n\(index) " + DOTOutput.attributes(attributes) + ";")
    }

    private func label(of item: Item, describe: ItemDescription) -> String {
        var text = DOTText.label(item.name, width: item.kind == .service ? 22 : 26)
        if item.kind == .contract, let contract = describe.contract(item.id) {
            if let end = contract.end {
                text += "\\nends \(end)" + (contract.extensionEnd.map { ", extension to \($0)" } ?? "")
            }
        }
        return text
    }

    /// One edge; `numbered` writes its effect beside it where Graphviz finds room.
    private func writeLink(_ out: inout DOTOutput, _ link: DrawnLink, describe: ItemDescription, numbered: Bool) {
        let graph = describe.graph
        let from = graph.items[link.from], to = graph.items[link.to]
        let mutual = link.from != link.to && graph.arc(from: link.to, to: link.from)?.isMutualReverse == true
        let contradictions = describe.contradictions(link)
        let contradiction = !contradictions.isEmpty
        let highlighted = options.highlight.contains(RenderOptions.arcKey(from: from.id, to: to.id))
            || (mutual && options.highlight.contains(RenderOptions.arcKey(from: to.id, to: from.id)))
        var attributes = VisualGrammar.edgeAttributes(effect: link.effect, confidence: link.confidence, mutual: mutual,
                                                      contractContradiction: contradiction, highlighted: highlighted)
        if numbered, link.effect.sign != 0 {
            attributes += VisualGrammar.effectLabel(link.effect)
        }
        let lines = describe.lines(for: link, mutual: mutual, contradictions: contradictions)
        attributes.append(("tooltip", DOTText.tooltip(lines)))
        attributes = Self.marked(attributes, with: Self.diffArcAttributes(
            from: from.id, to: to.id, arrowhead: attributes.last { $0.0 == "arrowhead" }?.1, overlay: options.diff))
        out.line("n\(link.from) -> n\(link.to) " + DOTOutput.attributes(attributes) + ";")
    }
}
