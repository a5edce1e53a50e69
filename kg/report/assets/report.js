// newskg report: page switching, evidence panel, timeline filter.
// Written for this project (MIT, as the package); no framework, no network.
(function () {
  "use strict";
  var panel = document.getElementById("evidence");
  var selected = null;

  var packed = null;  // a promise of {tips, docs, evidence}, unpacked the first time a document or evidence is asked for

  // The documents' texts and marks and the evidence blocks: gzip-compressed JSON in base64 (kg/report/pages.py).
  function unpack() {
    if (!packed) {
      var data = atob(document.getElementById("report-data").textContent.trim());
      var bytes = new Uint8Array(data.length);
      for (var i = 0; i < data.length; i += 1) { bytes[i] = data.charCodeAt(i); }
      var text = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
      packed = text.then(JSON.parse);
    }
    return packed;
  }

  function drawDocument(holder) {
    if (holder.hasChildNodes() || holder.hasAttribute("data-drawing")) { return; }
    holder.setAttribute("data-drawing", "");
    unpack().then(function (all) {
      var entry = all.docs[holder.getAttribute("data-doc")];
      if (entry) { drawText(holder, entry[0], entry[1], all.tips); }
      holder.removeAttribute("data-drawing");
    });
  }

  // A document's text with its marks: cut where any mark starts or ends, each piece a text node,
  // wrapped in <mark> with the classes and tooltips of every mark covering it.
  function drawText(holder, text, marks, tips) {
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
        mark.title = Array.from(new Set(covering.map(function (m) { return tips[m[3]]; }))).join("; ");
        mark.appendChild(piece);
        piece = mark;
      }
      fragment.appendChild(piece);
    }
    holder.appendChild(fragment);
  }

  // A page whose body travels packed (an actor's): its HTML, written by the report, put in once.
  function fillPage(section) {
    section.removeAttribute("data-packed");
    unpack().then(function (all) {
      var template = document.createElement("template");
      template.innerHTML = all.pages[section.id] || "";
      section.replaceChildren(template.content);
    });
  }

  function show(id) {
    var target = id && document.getElementById(id);
    if (!target || !target.classList.contains("page")) { target = document.getElementById("network"); }
    document.querySelectorAll("section.page").forEach(function (page) { page.hidden = page !== target; });
    target.querySelectorAll(".doctext[data-doc]").forEach(drawDocument);
    if (target.hasAttribute("data-packed")) { fillPage(target); }
    var section = target.id.match(/^a\d+$/) ? "actors" : target.id.match(/^d\d+$/) ? "documents" : target.id;
    document.querySelectorAll("nav a").forEach(function (link) {
      link.classList.toggle("current", link.getAttribute("href") === "#" + section);
    });
    window.requestAnimationFrame(function () { window.scrollTo(0, 0); });  // after the browser's own jump to the id
  }

  // The block is HTML the report wrote (every text from the store escaped), parsed inert in a template.
  function showEvidence(element) {
    if (selected) { selected.classList.remove("selected"); }
    selected = element;
    element.classList.add("selected");
    unpack().then(function (all) {
      var html = all.evidence[element.getAttribute("data-ev")];
      if (html === undefined || selected !== element) { return; }
      var template = document.createElement("template");
      template.innerHTML = html;
      panel.replaceChildren(template.content);
    });
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
