/* Zoeken in de IKC-atlas. Leest de zoekindex (window.IKC_ZOEKINDEX, uit zoekindex.js) en toont
   de resultaten terwijl u typt. Zonder JavaScript blijven de lijsten per kern, wijk en soort opvang. */
(function () {
  "use strict";
  var form = document.getElementById("zoeken");
  var index = window.IKC_ZOEKINDEX;
  if (!form || !Array.isArray(index)) {
    return;
  }
  var input = document.getElementById("zoek-tekst");
  var kind = document.getElementById("zoek-soort");
  var area = document.getElementById("zoek-gebied");
  var care = document.getElementById("zoek-opvang");
  var level = document.getElementById("zoek-niveau");
  var vve = document.getElementById("zoek-vve");
  var results = document.querySelector(".results");
  var count = document.getElementById("zoek-aantal");
  var list = document.getElementById("zoek-lijst");
  var root = form.getAttribute("data-root") || "";
  var kinds = { kindcentrum: "Kindcentrum", school: "School", opvang: "Opvang" };
  var timer = null;

  /* The same as SearchIndex.normalise in the build: lower case, no accents, only letters and digits. */
  function normalise(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, " ").trim();
  }

  function matches(entry, words) {
    if (kind.value && entry.kind !== kind.value) { return false; }
    if (area.value && entry.areas.indexOf(area.value) < 0) { return false; }
    if (care.value && entry.care.indexOf(care.value) < 0) { return false; }
    if (level.value && entry.level < Number(level.value)) { return false; }
    if (vve.checked && !entry.vve) { return false; }
    for (var i = 0; i < words.length; i++) {
      if (entry.text.indexOf(words[i]) < 0) { return false; }
    }
    return true;
  }

  function card(entry) {
    var li = document.createElement("li");
    li.className = "card";
    var a = document.createElement("a");
    a.className = "card-title";
    a.href = root + entry.href;
    a.textContent = entry.name;
    li.appendChild(a);
    var facts = [kinds[entry.kind]].concat(entry.address ? [entry.address] : [], entry.facts);
    facts.forEach(function (f) {
      var span = document.createElement("span");
      span.className = "card-fact";
      span.textContent = f;
      li.appendChild(span);
    });
    return li;
  }

  function update() {
    var query = normalise(input.value);
    var words = query ? query.split(" ") : [];
    var found = index.filter(function (e) { return matches(e, words); });
    list.textContent = "";
    found.forEach(function (e) { list.appendChild(card(e)); });
    var text = found.length === 0 ? "Niets gevonden. Probeer een ander woord of minder filters."
      : found.length === 1 ? "1 resultaat gevonden." : found.length + " resultaten gevonden.";
    /* Only a changed text is announced; the count waits until typing pauses so it is read once. */
    if (count.textContent !== text) { count.textContent = text; }
    /* What the shown results are for: lets tests (and scripts) see that the list has caught up. */
    list.setAttribute("data-zoekterm", input.value);
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  input.addEventListener("input", later);
  [kind, area, care, level, vve].forEach(function (el) { el.addEventListener("change", update); });
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); }
  form.hidden = false;
  results.hidden = false;
  update();
}());
