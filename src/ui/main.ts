// The page entry point. The map arrives with its own issue; for now the page names the tool.
const app = document.querySelector<HTMLDivElement>("#app");
if (app) app.innerHTML = "<h1>Recovery Networks</h1><p>The map is being built.</p>";
