// newskg report: page switching, evidence panel, timeline filter.
// Written for this project (MIT, as the package); no framework, no network.
(function () {
  "use strict";
  var panel = document.getElementById("evidence");
  var selected = null;

  var documents = null;

  // A document's text with its marks: cut where any mark starts or ends, each piece a text node,
  // wrapped in <mark> with the classes and tooltips of every mark covering it.
  function drawDocument(holder) {
    if (holder.hasChildNodes()) { return; }
    if (!documents) { documents = JSON.parse(document.getElementById("documents-data").textContent); }
    var entry = documents[holder.getAttribute("data-doc")];
    if (!entry) { return; }
    var text = entry.text, marks = entry.marks;
    var cuts = [0, text.length];
    marks.forEach(function (m) { cuts.push(Math.max(0, Math.min(text.length, m[0])), Math.max(0, Math.min(text.length, m[1]))); });
    cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (v, i, all) { return i === 0 || v !== all[i - 1]; });
    var fragment = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i += 1) {
      var left = cuts[i], right = cuts[i + 1];
      var piece = document.createTextNode(text.slice(left, right));
      var covering = marks.filter(function (m) { return m[0] <= left && right <= m[1]; });
      if (covering.length) {
        var mark = document.createElement("mark");
        mark.className = Array.from(new Set(covering.map(function (m) { return m[2]; }))).sort().join(" ");
        mark.title = Array.from(new Set(covering.map(function (m) { return m[3]; }))).join("; ");
        mark.appendChild(piece);
        piece = mark;
      }
      fragment.appendChild(piece);
    }
    holder.appendChild(fragment);
  }

  function show(id) {
    var target = id && document.getElementById(id);
    if (!target || !target.classList.contains("page")) { target = document.getElementById("network"); }
    document.querySelectorAll("section.page").forEach(function (page) { page.hidden = page !== target; });
    target.querySelectorAll(".doctext[data-doc]").forEach(drawDocument);
    var section = target.id.match(/^a\d+$/) ? "actors" : target.id.match(/^d\d+$/) ? "documents" : target.id;
    document.querySelectorAll("nav a").forEach(function (link) {
      link.classList.toggle("current", link.getAttribute("href") === "#" + section);
    });
    window.requestAnimationFrame(function () { window.scrollTo(0, 0); });  // after the browser's own jump to the id
  }

  function showEvidence(element) {
    var template = document.getElementById("ev-" + element.getAttribute("data-ev"));
    if (!template) { return; }
    panel.replaceChildren(template.content.cloneNode(true));
    if (selected) { selected.classList.remove("selected"); }
    selected = element;
    element.classList.add("selected");
  }

  document.addEventListener("click", function (event) {
    var element = event.target.closest("[data-ev]");
    if (element) { showEvidence(element); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.hasAttribute && event.target.hasAttribute("data-ev")) { showEvidence(event.target); }
  });

  var filter = document.getElementById("timeline-actor");
  function applyFilter() {
    var actor = filter.value;
    var shown = 0;
    document.querySelectorAll("#timeline [data-actors]").forEach(function (element) {
      var keep = !actor || element.getAttribute("data-actors").split(" ").indexOf(actor) >= 0;
      if (element.tagName.toLowerCase() === "circle") {
        element.style.display = keep ? "" : "none";
        if (keep) { shown += 1; }
      } else {
        element.hidden = !keep;
      }
    });
    document.getElementById("timeline-count").textContent = shown + " dated event(s) drawn";
  }
  if (filter) { filter.addEventListener("change", applyFilter); applyFilter(); }

  window.addEventListener("hashchange", function () { show(location.hash.slice(1)); });
  show(location.hash.slice(1));
}());
