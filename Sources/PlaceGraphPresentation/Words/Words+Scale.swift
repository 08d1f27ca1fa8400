import PlaceGraphKit

extension Words {
    /// What each whole point of the effect scale means, in the words of Nilsson, Griggs &
    /// Visbeck (2016), for forms and legends: "one works against the other" for −2.
    public static func scaleMeaning(_ value: Int) -> String {
        switch value {
        case 3: "one cannot be achieved without the other"
        case 2: "one directly helps the other"
        case 1: "one creates conditions for the other"
        case 0: "no significant effect"
        case -1: "one limits the options of the other"
        case -2: "one works against the other"
        case -3: "one makes the other impossible"
        default: ""
        }
    }
}
