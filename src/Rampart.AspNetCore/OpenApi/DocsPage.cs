namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// A self-contained page that renders the OpenAPI document: plain HTML and script served by the service itself,
/// loading nothing from the internet, so it works offline and under a strict Content-Security-Policy.
/// </summary>
internal static class DocsPage
{
    public static string Html(string documentPath) => Template.Replace("{{DOCUMENT}}", documentPath, StringComparison.Ordinal);

    private const string Template = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>API reference</title>
        <style>
        body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1rem;color:#222}
        h1{margin-bottom:0}.op{border:1px solid #ddd;border-radius:6px;margin:.6rem 0;padding:.4rem .8rem}
        .m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
        .get{color:#1b6}.post{color:#16a}.put,.patch{color:#a71}.delete{color:#c33}
        code,pre{font:13px ui-monospace,monospace}pre{background:#f6f6f6;padding:.5rem;overflow:auto}
        summary{cursor:pointer}.r{margin:.2rem 0}
        </style>
        </head>
        <body>
        <h1 id="title">API reference</h1>
        <p>Source: <a href="{{DOCUMENT}}"><code>{{DOCUMENT}}</code></a></p>
        <div id="ops">Loading…</div>
        <script>
        (async () => {
          const root = document.getElementById('ops');
          const text = (tag, value, cls) => { const e = document.createElement(tag); e.textContent = value; if (cls) e.className = cls; return e; };
          try {
            const doc = await (await fetch('{{DOCUMENT}}')).json();
            document.getElementById('title').textContent = (doc.info && doc.info.title || 'API') + ' ' + (doc.info && doc.info.version || '');
            root.textContent = '';
            for (const [path, item] of Object.entries(doc.paths || {})) {
              for (const [method, op] of Object.entries(item)) {
                if (typeof op !== 'object' || !op.responses) continue;
                const box = document.createElement('details'); box.className = 'op';
                const head = document.createElement('summary');
                head.append(text('span', method, 'm ' + method), text('code', path), text('span', op.summary ? ' — ' + op.summary : ''));
                box.append(head);
                if (op.requestBody) box.append(text('div', 'Request body'), text('pre', JSON.stringify(op.requestBody.content, null, 2)));
                for (const [status, response] of Object.entries(op.responses)) {
                  box.append(text('div', status + ' ' + (response.description || '') + ' ' + Object.keys(response.content || {}).join(', '), 'r'));
                }
                root.append(box);
              }
            }
            const schemas = (doc.components && doc.components.schemas) || {};
            const all = document.createElement('details'); all.className = 'op';
            all.append(text('summary', 'Schemas'), text('pre', JSON.stringify(schemas, null, 2)));
            root.append(all);
          } catch (error) {
            root.textContent = 'Could not load the OpenAPI document: ' + error;
          }
        })();
        </script>
        </body>
        </html>
        """;
}
