/// The pages' one stylesheet: served as `/static/view.css`, and inlined (named by its digest
/// in the Content-Security-Policy) in the offline page of `newsflow process --html`.
enum Stylesheet {
    static let css = """
    :root{--ink:#1d232a;--muted:#5d6873;--line:#d9dee3;--bg:#fbfbfa;--panel:#fff;--accent:#0b5cad;
    --person:#ffe0a3;--person-b:#c98a00;--org:#cfe3ff;--org-b:#2f6fbf;--loc:#d4f2d2;--loc-b:#2e8b3e;
    --misc:#eedcff;--misc-b:#7c4bb3;--num:#e8e8e8;--num-b:#777;--quote:#fff6c9;--removed:#fde8e8;--removed-b:#c0392b}
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
    a{color:var(--accent)}
    header.top{display:flex;gap:1.5rem;align-items:center;padding:.6rem 1.2rem;background:#1d232a;color:#fff}
    header.top a{color:#fff;text-decoration:none}
    header.top .brand{font-weight:700;letter-spacing:.02em}
    header.top nav{display:flex;gap:1rem}
    header.top nav a[aria-current=page]{border-bottom:2px solid #fff}
    header.top .status{margin-left:auto;font-size:.8rem;color:#c7ced6}
    main{max-width:76rem;margin:0 auto;padding:1rem 1.2rem 3rem}
    h1{font-size:1.6rem;line-height:1.25;margin:.6rem 0 .8rem}
    h2{font-size:1.15rem;margin:1.6rem 0 .5rem}
    table{border-collapse:collapse;width:100%;background:var(--panel)}
    th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
    th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    .meta,.muted{color:var(--muted);font-size:.85rem}
    .empty{color:var(--muted);font-style:italic}
    form.search{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end;margin:.5rem 0 1rem}
    form.search label{display:block;font-size:.8rem;color:var(--muted)}
    input,select,button{font:inherit;padding:.3rem .5rem;border:1px solid var(--line);border-radius:4px;background:#fff}
    button,.button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer;text-decoration:none;padding:.3rem .7rem;border-radius:4px;display:inline-block}
    button.danger,.button.danger{background:#a8321e;border-color:#a8321e}
    .article-grid{display:grid;grid-template-columns:minmax(0,1fr) 19rem;gap:2rem}
    @media (max-width:60rem){.article-grid{grid-template-columns:1fr}}
    .text p{margin:0 0 1rem;font-size:1.05rem;line-height:1.7}
    dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.4rem 0 1rem}
    dl.meta dt{font-weight:600}
    dl.meta dd{margin:0;overflow-wrap:anywhere}
    nav.tabs{display:flex;gap:.3rem;margin:.5rem 0 1rem}
    nav.tabs a{padding:.25rem .8rem;border:1px solid var(--line);border-radius:4px 4px 0 0;text-decoration:none}
    nav.tabs a[aria-current=page]{background:var(--panel);font-weight:600}
    mark.ent{position:relative;padding:0 .12em;border-radius:3px;border-bottom:2px solid;background:var(--num);border-color:var(--num-b);color:inherit;cursor:help}
    mark.ent-person{background:var(--person);border-color:var(--person-b)}
    mark.ent-organization{background:var(--org);border-color:var(--org-b)}
    mark.ent-location{background:var(--loc);border-color:var(--loc-b)}
    mark.ent-misc{background:var(--misc);border-color:var(--misc-b)}
    mark.ent:focus{outline:2px solid var(--accent);outline-offset:1px}
    mark.ent .tip{display:none;position:absolute;left:0;top:100%;z-index:5;min-width:14rem;max-width:22rem;margin-top:.25rem;padding:.4rem .55rem;
    background:#1d232a;color:#fff;font-size:.8rem;line-height:1.4;border-radius:4px;box-shadow:0 2px 8px #0004;white-space:normal}
    mark.ent:hover .tip,mark.ent:focus .tip,mark.ent:focus-within .tip{display:block}
    .tip b{font-weight:600}
    q.quote{quotes:none;background:var(--quote);box-shadow:inset 3px 0 0 #d9b800;padding:0 .1em}
    q.quote::before,q.quote::after{content:none}
    a.speaker{font-size:.75rem;margin-left:.25rem;padding:0 .3rem;border-radius:3px;background:#eef2f6;text-decoration:none;white-space:nowrap}
    .legend{display:flex;flex-wrap:wrap;gap:.35rem;margin:.2rem 0 1rem}
    .legend mark.ent{cursor:default;font-size:.85rem}
    aside.panel{font-size:.9rem}
    aside.panel section{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin-bottom:1rem}
    aside.panel h2{margin-top:0;font-size:1rem}
    aside.panel ul{list-style:none;padding:0;margin:0}
    aside.panel li{margin:.25rem 0}
    aside.panel li:target{background:#fff3b0}
    .mentions a{font-size:.75rem;margin-right:.2rem}
    .removed{background:var(--removed);border-left:4px solid var(--removed-b);padding:.4rem .7rem;margin:0 0 1rem;font-size:.92rem;color:#5a2a23}
    .removed .reason{display:inline-block;font:600 .72rem/1.4 ui-monospace,monospace;background:var(--removed-b);color:#fff;border-radius:3px;padding:0 .35rem;margin-right:.4rem}
    .kept-marker{font-size:.72rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
    .dlq-group{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.2rem .9rem .8rem;margin:1rem 0}
    .dlq-group h2{display:flex;gap:.6rem;align-items:center}
    .count{background:#1d232a;color:#fff;border-radius:999px;padding:0 .55rem;font-size:.8rem}
    pre.payload{max-height:22rem;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere;background:#f3f4f5;padding:.5rem;border-radius:4px;font-size:.8rem}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem;margin:1rem 0}
    .card{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.6rem .9rem}
    .card .big{font-size:1.6rem;font-weight:700}
    .lagging{color:#a8321e;font-weight:700}
    .notice{background:#eef6ff;border:1px solid #b8d4f5;border-radius:6px;padding:.6rem .9rem;margin:1rem 0}
    .notice.error{background:#fdecea;border-color:#f3b8b0}
    footer{max-width:76rem;margin:0 auto;padding:1rem 1.2rem;color:var(--muted);font-size:.8rem}
    """
}
