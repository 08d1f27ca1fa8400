/// The workshop pack's one stylesheet: screen, and print on A4 or A3.
///
/// On paper the pack is compact: the summary, the agenda and the conflict cards in two
/// columns, a card free to continue in the next column, then the map on pages of its own (the
/// named pages `landscape` and `portrait`, so that each page's figures are laid out at that
/// page's width), then everything else one section after another on upright pages, so the
/// first of them can share the map's last upright page. Nothing may be wider than its page:
/// Chromium would shrink the whole document to fit it.
/// The appendix of full tables is folded (`<details>`) on screen and prints as one sentence.
enum PackStyle {
    static let css: HTML = """
        :root { --blue: #0072B2; --orange: #D55E00; --ink: #1d1d1f; --muted: #5b6270; --line: #d9dde3; --card: #ffffff; --bg: #f4f5f7; }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Helvetica, Arial, sans-serif;
               color: var(--ink); background: var(--bg); line-height: 1.45; }
        .masthead { background: #12263a; color: #fff; padding: 2rem 2.5rem 1.25rem; }
        .masthead h1 { margin: 0.2rem 0 0.4rem; font-size: 2rem; }
        .kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: #b8c7d9; }
        .mission { margin: 0 0 1rem; font-size: 1.1rem; color: #e4ebf3; max-width: 60rem; }
        nav ol { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; padding: 0; margin: 0; list-style: none; font-size: 0.9rem; }
        nav a { color: #cfe3f7; }
        main { max-width: 78rem; margin: 0 auto; padding: 1rem 2rem 3rem; }
        section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1.25rem 1.5rem; margin: 1.25rem 0; }
        h2 { margin-top: 0; font-size: 1.45rem; border-bottom: 2px solid var(--line); padding-bottom: 0.3rem; }
        h3 { font-size: 1.1rem; margin: 0 0 0.4rem; }
        p.lede { color: var(--muted); margin-top: -0.3rem; }
        .figure { overflow-x: auto; margin: 0.8rem 0; }
        .figure svg { max-width: 100%; height: auto; }
        figure { margin: 0.8rem 0; }
        figcaption { font-size: 0.85rem; color: var(--muted); }
        .map-part figcaption { font-weight: 700; color: var(--ink); font-size: 1rem; }
        .map-part svg { max-width: 100%; height: auto; }
        .limits { border: 1px solid var(--orange); border-left-width: 6px; border-radius: 6px; padding: 0.5rem 1rem; margin: 0.8rem 0; }
        .limits h3 { color: var(--orange); }
        .limits ul { margin: 0.2rem 0; padding-left: 1.2rem; }
        .stats { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 0.8rem 0; padding: 0; list-style: none; }
        .stats li { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.9rem; min-width: 8rem; background: #fafbfc; }
        .stats strong { display: block; font-size: 1.5rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
        .cards.small { grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
        .card { border: 1px solid var(--line); border-left: 6px solid var(--orange); border-radius: 6px; padding: 0.9rem 1rem; background: #fff; break-inside: avoid; }
        .card.synergy { border-left-color: var(--blue); }
        .card .kind { display: inline-block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; font-weight: 700;
                      border: 1px solid currentColor; border-radius: 3px; padding: 0 0.35rem; color: var(--orange); }
        .card.synergy .kind { color: var(--blue); }
        .card .number { font-weight: 700; margin-right: 0.3rem; }
        .card dl { display: grid; grid-template-columns: 6rem 1fr; gap: 0.15rem 0.7rem; margin: 0.6rem 0; font-size: 0.9rem; }
        .card dt { color: var(--muted); }
        .card ul.links { margin: 0.5rem 0; padding-left: 1.1rem; font-size: 0.9rem; }
        .card ul.links li { margin-bottom: 0.3rem; }
        .evidence { color: var(--muted); font-style: italic; }
        .card h3 { overflow-wrap: anywhere; }
        .card dd { margin: 0; }
        .card .mini svg { max-width: 100%; height: auto; max-height: 260px; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.6rem 0; }
        th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; vertical-align: top; }
        th { background: #f0f2f5; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .sign-pos { color: var(--blue); font-weight: 700; }
        .sign-neg { color: var(--orange); font-weight: 700; }
        .camps { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .camps ul { margin: 0.3rem 0; padding-left: 1.2rem; columns: 2; }
        .note { font-size: 0.85rem; color: var(--muted); }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .print-only { display: none; }
        details { margin: 0.6rem 0; }
        details summary { cursor: pointer; font-weight: 700; }
        footer { text-align: center; color: var(--muted); font-size: 0.8rem; padding-bottom: 2rem; }
        @media (max-width: 700px) { main { padding: 0.5rem; } .camps { grid-template-columns: 1fr; } }
        @page { margin: 12mm; }
        @page landscape { size: landscape; }
        @page portrait { size: portrait; }
        @media print {
          html { font-size: 8pt; }
          body { background: #fff; line-height: 1.22; }
          .masthead { background: #fff; color: #000; padding: 0 0 0.4rem; border-bottom: 2pt solid #000; }
          .masthead .kicker, .mission { color: #333; }
          .masthead h1 { font-size: 1.8rem; }
          nav { display: none; }
          .stats { gap: 0.4rem; margin: 0.4rem 0; }
          .stats li { min-width: 0; padding: 0.15rem 0.5rem; }
          .stats strong { display: inline; font-size: 1.2rem; margin-right: 0.2rem; }
          main { max-width: none; padding: 0; }
          section { border: none; border-radius: 0; padding: 0; margin: 0 0 0.8rem; }
          section#map ~ section, footer { page: portrait; }
          h2 { font-size: 1.5rem; margin-bottom: 0.4rem; }
          h2, h3, p.lede { break-after: avoid; }
          .figure { overflow: visible; margin: 0.4rem 0; }
          .figure svg { max-height: 200mm; width: auto; max-width: 100%; }
          .cards { display: block; columns: 2; column-gap: 0.6rem; }
          .cards.small { columns: 3; }
          .card { padding: 0.3rem 0.5rem; border-left-width: 4px; margin: 0 0 0.4rem; line-height: 1.2; }
          .card h3 { font-size: 1rem; margin-bottom: 0.15rem; }
          .card p { margin: 0.2rem 0; }
          .card dl { display: block; margin: 0.2rem 0; font-size: 1rem; }
          .card dt { display: inline; font-weight: 700; }
          .card dt::after { content: ": "; }
          .card dd { display: inline; }
          .card dd::after { content: ""; display: block; }
          .card ul.links { margin: 0.2rem 0; padding-left: 0.9rem; font-size: 1rem; }
          .card ul.links li { margin-bottom: 0.1rem; }
          #influence svg { max-height: 95mm; }
          #influence tbody tr:nth-child(n+9) { display: none; }
          #matrix svg { max-height: 105mm; }
          .card .mini { margin: 0.3rem 0 0; }
          .card .mini { display: none; }
          .camps ul { display: none; }
          .camps { display: flex; gap: 2rem; }
          section#map { break-before: page; }
          section.landscape, .map-page.landscape { page: landscape; }
          section.portrait, .map-page.portrait { page: portrait; }
          .map-page + .map-page { break-before: page; }
          .map-part { margin: 0 0 0.3rem; }
          .map-part svg { width: var(--print-width, 100%); max-width: 100%; height: auto; }
          table { font-size: 1rem; margin: 0.3rem 0; }
          th, td { padding: 0.15rem 0.35rem; }
          figure, .figure, tr, .limits, .card li, .card dd { break-inside: avoid; }
          .card { break-inside: auto; }
          .card > p:first-child, .card h3 { break-after: avoid; }
          #appendix .lede, details { display: none; }
          a { color: inherit; text-decoration: none; }
          .screen-only { display: none; }
          .print-only { display: block; }
          span.print-only { display: inline; }
          li.print-only { display: list-item; }
          footer { padding: 0; }
        }
        """
}
