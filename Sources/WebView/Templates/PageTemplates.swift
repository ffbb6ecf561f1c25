/// The view's Mustache templates, compiled into the binary as string constants rather than
/// shipped as SwiftPM resources: the one statically linked `newsflow` binary then carries
/// everything `newsflow view` and `newsflow process --html` need, whichever folder it is
/// started from and with no resource bundle to copy next to it, and a template error is a
/// test failure rather than a missing file at run time.
///
/// Every value goes through `{{ }}` (escaped by `HTMLEscaping`); `Templates` refuses a
/// template with a triple mustache or `{{&`, and prefixes each with the escaping pragma.
enum PageTemplates {
    static let all: [String: String] = [
        "layout": layout,
        "articles": articles,
        "article": article,
        "articleBody": articleBody,
        "deadLetters": deadLetters,
        "replayConfirm": replayConfirm,
        "replayDone": replayDone,
        "pipeline": pipeline,
        "message": message,
        "stylesheet": Stylesheet.css,
    ]

    static let layout = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    {{$head}}<link rel="stylesheet" href="/static/view.css">
    <script src="/static/view.js" defer></script>{{/head}}
    <title>{{$title}}Newsflow{{/title}} · Newsflow</title>
    </head>
    <body>
    {{#chrome}}<header class="top"><a class="brand" href="{{home}}">Newsflow</a>
    <nav aria-label="Pages">{{#nav}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a> {{/nav}}</nav>
    <span class="status" id="live-status">{{statusText}}</span></header>{{/chrome}}
    <main id="main">{{$main}}{{/main}}</main>
    {{#chrome}}<footer>{{footer}}</footer>{{/chrome}}
    </body>
    </html>

    """

    static let articles = """
    {{<layout}}{{$title}}Articles{{/title}}{{$main}}
    <h1>Enriched articles</h1>
    <form class="search" method="get" action="/" role="search">
    <div><label for="q">Search</label><input id="q" name="q" type="search" value="{{query}}" size="32" placeholder="title, entity or speaker"></div>
    <div><label for="in">in</label><select id="in" name="in">{{#scopes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/scopes}}</select></div>
    <button type="submit">Search</button>{{#hasQuery}} <a href="/">clear</a>{{/hasQuery}}
    </form>
    <section id="articles-live" data-live="3000">
    <p class="muted">{{summary}}</p>
    <table class="articles">
    <thead><tr><th>Title</th><th>Published</th><th class="num">Entities</th><th class="num">Quotes</th><th>Speakers</th><th>Arrived</th></tr></thead>
    <tbody>
    {{#rows}}<tr class="article-row" data-id="{{id}}"><td dir="auto"><a href="{{href}}">{{title}}</a><div class="meta">{{source}} <code>{{id}}</code></div></td><td>{{published}}</td><td class="num">{{entityCount}}</td><td class="num">{{quoteCount}}</td><td dir="auto">{{speakers}}</td><td class="meta">{{arrived}}</td></tr>
    {{/rows}}{{^rows}}<tr><td colspan="6" class="empty">{{emptyText}}</td></tr>{{/rows}}
    </tbody>
    </table>
    </section>
    {{/main}}{{/layout}}
    """

    static let article = """
    {{<layout}}{{$title}}{{title}}{{/title}}{{$head}}{{#offline}}<meta http-equiv="Content-Security-Policy" content="{{policy}}">
    <style>{{>stylesheet}}</style>{{/offline}}{{^offline}}<link rel="stylesheet" href="/static/view.css">{{/offline}}{{/head}}{{$main}}
    {{>articleBody}}
    {{/main}}{{/layout}}
    """

    static let articleBody = """
    <article class="article" id="article" data-article-id="{{id}}">
    <h1 dir="auto">{{title}}</h1>
    <dl class="meta">{{#meta}}<dt>{{label}}</dt><dd dir="auto">{{#href}}<a href="{{href}}" rel="noopener noreferrer nofollow">{{text}}</a>{{/href}}{{^href}}{{text}}{{/href}}</dd>{{/meta}}</dl>
    {{#hasTabs}}<nav class="tabs" aria-label="Views">{{#tabs}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/tabs}}</nav>{{/hasTabs}}
    <div class="article-grid">
    <div class="text" dir="auto" id="text">
    {{#audit}}<p class="notice">Audit: the {{removedCount}} blocks the cleaner removed, each with its reason, in the order it reported them: page furniture that sits above an article (cookie notice, header, navigation, repeated title, byline) before the text, the rest after it. The record does not say where inside the text a block sat.</p>{{/audit}}
    {{#blocks}}{{#removed}}<div class="removed" data-reason="{{reason}}"><span class="reason">{{reason}}</span><span dir="auto">{{text}}</span></div>
    {{/removed}}{{#paragraph}}<p>{{#pieces}}{{#quote}}<q class="quote quote-{{kind}}" data-quote="{{number}}"{{#first}} id="{{anchor}}"{{/first}}>{{/quote}}{{#runs}}{{#mention}}<mark class="ent ent-{{typeClass}}" id="{{anchor}}" tabindex="0" data-entity="{{entityID}}" data-type="{{type}}" aria-describedby="tip-{{anchor}}">{{/mention}}{{text}}{{#mention}}<span class="tip" role="tooltip" id="tip-{{anchor}}"><b>{{canonical}}</b> · {{type}}{{#aliases}}<br>also written: {{aliases}}{{/aliases}}</span></mark>{{/mention}}{{/runs}}{{#quote}}</q>{{#last}}{{#speakerHref}}<a class="speaker" href="{{speakerHref}}" title="quote {{number}}: said by {{speaker}}">{{speaker}}</a>{{/speakerHref}}{{^speakerHref}}{{#speaker}}<span class="speaker muted">{{speaker}}</span>{{/speaker}}{{/speakerHref}}{{/last}}{{/quote}}{{/pieces}}</p>
    {{/paragraph}}{{/blocks}}
    {{^blocks}}<p class="empty">The record has no clean text.</p>{{/blocks}}
    </div>
    <aside class="panel">
    <section aria-labelledby="legend-title"><h2 id="legend-title">Entity types</h2>
    <div class="legend">{{#legend}}<mark class="ent ent-{{typeClass}}">{{type}} {{count}}</mark>{{/legend}}</div>
    <p class="muted">Hover or focus a highlighted name for its canonical entity and the other ways the text writes it. <q class="quote">Marked</q> passages are quotes; the tag after each links to its speaker.</p></section>
    <section aria-labelledby="entities-title"><h2 id="entities-title">Entities ({{entityCount}})</h2><ul>
    {{#entities}}<li id="{{anchor}}"><mark class="ent ent-{{typeClass}}">{{name}}</mark> <span class="muted">{{type}} ×{{count}}</span>{{#aliases}}<div class="muted">also: {{aliases}}</div>{{/aliases}}
    <div class="mentions">mentions: {{#mentions}}<a href="#{{anchor}}">{{number}}</a>{{/mentions}}</div>{{#quotedTimes}}<div class="muted">quoted {{quotedTimes}}×</div>{{/quotedTimes}}</li>
    {{/entities}}</ul></section>
    <section aria-labelledby="quotes-title"><h2 id="quotes-title">Quotes ({{quoteCount}})</h2><ol class="quotes">
    {{#quotes}}<li><a href="#{{anchor}}">“{{short}}”</a> — {{#speakerHref}}<a href="{{speakerHref}}">{{speaker}}</a>{{/speakerHref}}{{^speakerHref}}{{speakerText}}{{/speakerHref}} <span class="muted">{{kind}}{{#cue}}, {{cue}}{{/cue}}</span></li>
    {{/quotes}}</ol></section>
    </aside>
    </div>
    </article>
    """

    static let deadLetters = """
    {{<layout}}{{$title}}Dead letters{{/title}}{{$main}}
    <h1>Dead letters</h1>
    <form class="search" method="get" action="/dead-letters">
    <div><label for="stage">stage</label><select id="stage" name="stage"><option value="">any</option>{{#stages}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/stages}}</select></div>
    <div><label for="code">code</label><select id="code" name="code"><option value="">any</option>{{#codes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/codes}}</select></div>
    <button type="submit">Filter</button>
    </form>
    <section id="dead-letters-live" data-live="5000">
    <p class="muted">{{summary}}</p>
    {{#groups}}<section class="dlq-group" data-stage="{{stage}}" data-code="{{code}}">
    <h2><span>{{stage}}</span> <code>{{code}}</code> <span class="count">{{count}}</span></h2>
    <p>{{meaning}}{{#retriable}} <strong>A replay can help.</strong>{{/retriable}}</p>
    <p><a class="button" href="{{replayHref}}">Replay these {{count}}…</a></p>
    <table><thead><tr><th>DLQ position</th><th>Source</th><th>Key</th><th>Reason</th><th>When</th><th>Payload</th></tr></thead><tbody>
    {{#letters}}<tr class="dead-letter" id="{{anchor}}"><td><code>{{position}}</code>{{#replayed}}<div class="muted">replayed</div>{{/replayed}}</td><td><code>{{source}}</code></td><td dir="auto"><code>{{key}}</code></td><td dir="auto">{{reason}}</td><td class="meta">{{time}}</td>
    <td><details><summary>{{payloadSummary}}</summary><pre class="payload">{{payload}}</pre>{{#headers}}<div class="meta"><code>{{name}}: {{value}}</code></div>{{/headers}}</details><a href="{{replayHref}}">replay…</a></td></tr>
    {{/letters}}</tbody></table>{{#more}}<p class="muted">{{more}}</p>{{/more}}
    </section>
    {{/groups}}{{^groups}}<p class="empty">{{emptyText}}</p>{{/groups}}
    </section>
    {{/main}}{{/layout}}
    """

    static let replayConfirm = """
    {{<layout}}{{$title}}Replay dead letters{{/title}}{{$main}}
    <h1>Replay dead letters</h1>
    <p>{{description}}</p>
    {{#hasSome}}<p>This sends <strong>{{count}}</strong> original payloads back to their source topics with a <code>newsflow-replayed-from</code> header. {{#alreadyText}}{{alreadyText}}{{/alreadyText}}</p>
    <ul>{{#sample}}<li><code>{{position}}</code> → <code>{{source}}</code> · {{code}} · <span dir="auto">{{key}}</span></li>{{/sample}}</ul>{{#moreText}}<p class="muted">{{moreText}}</p>{{/moreText}}{{/hasSome}}
    {{^hasSome}}<p class="empty">Nothing to replay. {{#alreadyText}}{{alreadyText}}{{/alreadyText}}</p>{{/hasSome}}
    <form method="post" action="/dead-letters/replay">
    <input type="hidden" name="csrf" value="{{csrf}}">
    {{#fields}}<input type="hidden" name="{{name}}" value="{{value}}">{{/fields}}
    <p><label><input type="checkbox" name="again" value="1"{{#again}} checked{{/again}}> again: also replay dead letters that were replayed before</label></p>
    <p><button class="danger" type="submit">Replay</button> <a href="/dead-letters">Cancel</a></p>
    </form>
    {{/main}}{{/layout}}
    """

    static let replayDone = """
    {{<layout}}{{$title}}Replayed{{/title}}{{$main}}
    <h1>Replay finished</h1>
    <p class="notice" id="replay-result">Replayed {{replayed}}; skipped {{skipped}} replayed before; {{failedCount}} failed.</p>
    {{#failed}}<p class="notice error"><code>{{position}}</code>: {{reason}}</p>{{/failed}}
    <p><a href="/dead-letters">Back to dead letters</a> · <a href="/pipeline">Pipeline</a></p>
    {{/main}}{{/layout}}
    """

    static let pipeline = """
    {{<layout}}{{$title}}Pipeline{{/title}}{{$main}}
    <h1>Pipeline</h1>
    <section id="pipeline-live" data-live="3000">
    <p class="muted">{{summary}}</p>
    {{#error}}<p class="notice error">{{error}}</p>{{/error}}
    <div class="cards">{{#stages}}<div class="card stage" data-stage="{{name}}"><div class="muted">{{name}} · <code>{{group}}</code></div>
    <div class="big{{#lagging}} lagging{{/lagging}}">{{lag}}</div><div>records behind on <code>{{input}}</code></div>
    <div class="muted">{{throughput}}</div></div>{{/stages}}
    <div class="card"><div class="muted">dead letters · <code>{{dlqTopic}}</code></div><div class="big">{{dlqTotal}}</div><div class="muted">{{dlqRate}}</div></div></div>
    {{#stages}}<h2>{{name}}: <code>{{input}}</code> → <code>{{output}}</code></h2>
    <table class="lag" data-stage="{{name}}"><thead><tr><th>Partition</th><th class="num">First offset</th><th class="num">End offset</th><th class="num">Committed</th><th class="num">Lag</th></tr></thead><tbody>
    {{#partitions}}<tr><td>{{partition}}</td><td class="num">{{low}}</td><td class="num">{{high}}</td><td class="num">{{committed}}</td><td class="num{{#lagging}} lagging{{/lagging}}">{{lag}}</td></tr>{{/partitions}}
    {{^partitions}}<tr><td colspan="5" class="empty">{{missing}}</td></tr>{{/partitions}}
    </tbody></table>{{/stages}}
    <h2>Dead letters by code</h2>
    <table class="dlq-codes"><thead><tr><th>Stage</th><th>Code</th><th class="num">Count</th><th>Replay can help</th></tr></thead><tbody>
    {{#codes}}<tr><td>{{stage}}</td><td><a href="{{href}}"><code>{{code}}</code></a></td><td class="num">{{count}}</td><td>{{retriable}}</td></tr>{{/codes}}
    {{^codes}}<tr><td colspan="4" class="empty">No dead letters.</td></tr>{{/codes}}
    </tbody></table>
    <h2>Topics</h2>
    <table class="topics"><thead><tr><th>Topic</th><th class="num">Partitions</th><th class="num">Records held</th><th class="num">End offsets (sum)</th><th>Recent rate</th></tr></thead><tbody>
    {{#topics}}<tr><td><code>{{name}}</code></td><td class="num">{{partitions}}</td><td class="num">{{held}}</td><td class="num">{{end}}</td><td>{{rate}}</td></tr>{{/topics}}
    </tbody></table>
    </section>
    {{/main}}{{/layout}}
    """

    static let message = """
    {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
    <h1>{{heading}}</h1>
    <p class="notice{{#isError}} error{{/isError}}">{{text}}</p>
    <p><a href="/">Articles</a></p>
    {{/main}}{{/layout}}
    """
}
