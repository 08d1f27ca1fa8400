import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// What the printed pack keeps short so the example fits its page budget, and how the short
/// forms point to the full ones. The page count itself is checked by `scripts/browser-check`.
@Suite("The printed pack's short forms")
struct PrintRulesTests {
    /// The `<article>` elements of some pack HTML, each as its markup.
    static func articles(_ html: String) -> [String] {
        html.components(separatedBy: "<article ").dropFirst().map { $0.components(separatedBy: "</article>")[0] }
    }

    /// The numbers in `text` that follow `prefix`, in order: "card 3", "conflict-card-3".
    static func numbers(after prefix: String, in text: String) -> [Int] {
        text.components(separatedBy: prefix).dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }

    @Test("on paper the agenda names each conflict by its card's number, and each card shows its number")
    func cardNumbers() throws {
        let pack = try WorkshopPackTests.examplePack()
        var named = 0
        for entry in Self.articles(pack.agendaHTML().markup) where entry.contains("<dt>Conflicts</dt>") {
            let linked = Self.numbers(after: "href=\"#conflict-card-", in: entry)
            let printed = try #require(entry.components(separatedBy: "<span class=\"print-only\">").last?
                .components(separatedBy: "</dd>").first)
            #expect(!linked.isEmpty && Self.numbers(after: "card ", in: printed) == linked)
            named += linked.count
        }
        #expect(named >= pack.cardConflicts.count)
        let cards = Self.articles(pack.conflictsHTML().markup)
        #expect(cards.count == pack.cardConflicts.count)
        for (index, card) in cards.enumerated() {
            let rank = try #require(pack.analysis.conflicts.conflicts.firstIndex { $0.id == pack.cardConflicts[index].id }) + 1
            #expect(card.hasPrefix("class=\"card\" id=\"conflict-card-\(rank)\""))
            #expect(card.contains("<span class=\"number\">Card \(rank)</span>"))
        }
    }

    @Test("on paper a card lists two knock-ons and an agenda entry two suggestions, then how many more")
    func shortLists() throws {
        let pack = try WorkshopPackTests.examplePack()
        /// The list items of `markup` that print: those not marked `screen-only`.
        func printed(_ markup: String) -> [String] {
            markup.components(separatedBy: "<li").dropFirst().filter { !$0.hasPrefix(" class=\"screen-only\"") }
        }
        var shortened = 0
        for (card, conflict) in zip(Self.articles(pack.conflictsHTML().markup), pack.cardConflicts) {
            guard let knockOns = card.components(separatedBy: "<strong>Knock-on effects</strong>").last?
                .components(separatedBy: "</ul>").first, !conflict.knockOns.isEmpty else { continue }
            let items = printed(knockOns)
            let more = conflict.knockOnCount - 2
            #expect(items.count == min(2, conflict.knockOns.count) + (more > 0 ? 1 : 0))
            if more > 0 {
                #expect(items.last?.hasPrefix(" class=\"print-only\">And \(more) weaker ones.") == true)
                shortened += 1
            }
        }
        #expect(shortened > 0)
        for (article, entry) in zip(Self.articles(pack.agendaHTML().markup), pack.analysis.agenda.entries)
        where !entry.suggestions.isEmpty {
            let list = try #require(article.components(separatedBy: "What could change").last)
            let more = entry.suggestions.count - 2
            #expect(printed(list).count == min(2, entry.suggestions.count) + (more > 0 ? 1 : 0))
            #expect(list.contains("And \(more) more, listed on screen") == (more > 0))
        }
    }
}
