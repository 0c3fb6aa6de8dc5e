/* The SPARQL page's editor: YASGUI (api/static/yasgui, unmodified) configured to query
   this server only; completions come from the page, never from another host. */
(function () {
  "use strict";
  var holder = document.getElementById("yasgui");
  var source = document.getElementById("editor-config");
  if (!holder || !source || typeof Yasgui === "undefined") return;
  var config = JSON.parse(source.textContent);
  var Yasqe = Yasgui.Yasqe;
  function bulk(base, list) {
    var completer = Object.assign({}, base, { bulk: true, get: list, persistenceId: null });
    Yasqe.registerAutocompleter(completer);
  }
  bulk(Yasqe.Autocompleters.prefixes, config.prefixes);
  bulk(Yasqe.Autocompleters["class"], config.classes);
  bulk(Yasqe.Autocompleters.property, config.properties);
  document.documentElement.classList.add("has-editor");
  var yasgui = new Yasgui(holder, {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    persistenceId: null,
    yasqe: { value: config.query, persistenceId: null, prefixCcApi: "" },
    yasr: { persistenceId: null, prefixes: config.yasr_prefixes }
  });
  var tab = yasgui.getTab();
  knowPrefixes(tab.getYasqe());
  localLinks(holder);
  var box = document.getElementById("query-error");
  function showError(text) {
    box.textContent = text || "";
    box.hidden = !text;
  }
  /* The server's error message (with the line and column in the query as written)
     above the editor; the query stays in the editor. */
  function onResponse(_yasqe, response) {
    var failed = response && (response.status >= 400 || response instanceof Error);
    if (!failed) { showError(""); return; }
    var answer = response.response || response;
    var text = answer.text || answer.message || "";
    try { text = JSON.parse(text).error.message; } catch (e) { /* not our JSON body */ }
    showError("エラー: " + text);
  }
  tab.getYasqe().on("queryResponse", onResponse);
  document.querySelectorAll("a.example").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      tab.setQuery(link.dataset.query);
      tab.query();
    });
  });
  /* The editor's own syntax check treats the prefixes the server declares for every
     query (sbo:, dcterms: …) as declared too. */
  function knowPrefixes(yasqe) {
    var mode = yasqe.getMode();
    if (!mode || mode.shobunPrefixes) return;
    var start = mode.startState;
    mode.startState = function () {
      var state = start.apply(mode, arguments);
      Object.assign(state.prefixes, config.prefix_map);
      return state;
    };
    mode.shobunPrefixes = true;
    yasqe.setValue(yasqe.getValue());
  }
  /* IRIs the graph mints link to this server's pages, not to the IRI's host. */
  function localPath(iri) {
    if (iri.indexOf(config.base) !== 0) return null;
    var rest = iri.slice(config.base.length), m;
    if ((m = /^(notice|org|law)\/([^/]+)$/.exec(rest))) {
      return { notice: "/notices/", org: "/organizations/", law: "/statutes/" }[m[1]] + m[2];
    }
    if ((m = /^law\/([^/]+)\/article\/([^/]+)/.exec(rest))) {
      return "/statutes/" + m[1] + "/articles/" + m[2];
    }
    return "/id/" + rest;
  }
  function localLinks(root) {
    function rewrite() {
      root.querySelectorAll(".yasr a[href]").forEach(function (a) {
        var path = localPath(a.getAttribute("href"));
        if (path) { a.setAttribute("href", path); a.removeAttribute("target"); }
      });
    }
    new MutationObserver(rewrite).observe(root, { childList: true, subtree: true });
  }
  window.shobunYasgui = yasgui;
})();
