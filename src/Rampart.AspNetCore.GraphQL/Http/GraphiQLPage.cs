using System.Net;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.GraphQL.Http;

/// <summary>
/// A small GraphiQL-style page for Development: a query and variables editor that posts to the endpoint and shows the
/// response, and a link to the SDL. Self-contained (no CDN script), so it works offline and loads nothing from elsewhere.
/// </summary>
internal static class GraphiQLPage
{
    public static Task WriteAsync(HttpContext http, string endpoint)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        var path = WebUtility.HtmlEncode(endpoint);
        var pathJson = System.Text.Json.JsonSerializer.Serialize(endpoint);
        return http.Response.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>GraphQL · {{path}}</title>
            <style>
              body { font: 14px system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 1fr; height: 100vh; }
              header { grid-column: 1 / 3; padding: .5rem 1rem; background: #1f2937; color: #f9fafb; display: flex; gap: 1rem; align-items: center; }
              header a { color: #93c5fd; }
              section { display: flex; flex-direction: column; padding: .5rem; gap: .5rem; min-height: 0; }
              textarea, pre { flex: 1; font: 13px ui-monospace, monospace; padding: .5rem; border: 1px solid #d1d5db; margin: 0; overflow: auto; }
              #variables { flex: 0 0 6rem; }
            </style>
            </head>
            <body>
            <header><strong>GraphQL</strong><code>{{path}}</code><button id="run">Run (Ctrl+Enter)</button><a href="{{path}}/schema.graphql">schema.graphql</a>
            <label>Bearer token <input id="token" size="40" autocomplete="off"></label></header>
            <section><textarea id="query" spellcheck="false">{ __typename }</textarea><textarea id="variables" spellcheck="false" placeholder="variables (JSON)"></textarea></section>
            <section><pre id="result"></pre></section>
            <script>
              const endpoint = {{pathJson}};
              async function run() {
                const headers = { "Content-Type": "application/json", "Accept": "application/graphql-response+json" };
                const token = document.getElementById("token").value.trim();
                if (token) headers["Authorization"] = "Bearer " + token;
                const variablesText = document.getElementById("variables").value.trim();
                let variables;
                try { variables = variablesText ? JSON.parse(variablesText) : undefined; }
                catch (e) { document.getElementById("result").textContent = "variables are not JSON: " + e.message; return; }
                const response = await fetch(endpoint, { method: "POST", headers, body: JSON.stringify({ query: document.getElementById("query").value, variables }) });
                const text = await response.text();
                let shown = text;
                try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch { }
                document.getElementById("result").textContent = response.status + "\n" + shown;
              }
              document.getElementById("run").addEventListener("click", run);
              document.addEventListener("keydown", e => { if (e.ctrlKey && e.key === "Enter") run(); });
            </script>
            </body>
            </html>
            """, http.RequestAborted);
    }
}
