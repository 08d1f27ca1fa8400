/// The workshop pack's one stylesheet: screen, and print on A4 or A3.
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
        .stats { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 0.8rem 0; padding: 0; list-style: none; }
        .stats li { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.9rem; min-width: 8rem; background: #fafbfc; }
        .stats strong { display: block; font-size: 1.5rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
        .card { border: 1px solid var(--line); border-left: 6px solid var(--orange); border-radius: 6px; padding: 0.9rem 1rem; background: #fff; break-inside: avoid; }
        .card.synergy { border-left-color: var(--blue); }
        .card .kind { display: inline-block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; font-weight: 700;
                      border: 1px solid currentColor; border-radius: 3px; padding: 0 0.35rem; color: var(--orange); }
        .card.synergy .kind { color: var(--blue); }
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
        .camps ul { margin: 0.3rem 0; padding-left: 1.2rem; }
        .note { font-size: 0.85rem; color: var(--muted); }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        footer { text-align: center; color: var(--muted); font-size: 0.8rem; padding-bottom: 2rem; }
        @media (max-width: 700px) { main { padding: 0.5rem; } .camps { grid-template-columns: 1fr; } }
        @page { margin: 14mm; }
        @media print {
          html { font-size: 11pt; }
          body { background: #fff; }
          .masthead { background: #fff; color: #000; padding: 0 0 0.5rem; border-bottom: 2pt solid #000; }
          .masthead .kicker, .mission { color: #333; }
          nav { display: none; }
          main { max-width: none; padding: 0; }
          section { border: none; padding: 0; margin: 0 0 1rem; break-before: page; }
          section:first-of-type { break-before: auto; }
          .figure { overflow: visible; }
          .figure svg { max-height: 210mm; width: auto; max-width: 100%; }
          .mini svg { max-height: 50mm; width: auto; max-width: 100%; }
          .cards { display: block; }
          .card { margin-bottom: 0.6rem; }
          h2, h3 { break-after: avoid; }
          .masthead h1 { font-size: 1.6rem; }
          .card, figure, tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
