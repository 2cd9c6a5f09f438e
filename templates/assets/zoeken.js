/* Zoeken in de IKC-atlas. Leest de zoekindex (window.IKC_ZOEKINDEX, uit zoekindex.js) en toont
   de resultaten terwijl u typt. Met een postcode of uw locatie staat het dichtstbijzijnde bovenaan.
   Alles gebeurt in de browser: niets van wat u typt en niets over uw locatie gaat naar een server.
   Zonder JavaScript blijven de lijsten per kern, wijk en soort opvang. */
(function () {
  "use strict";
  var form = document.getElementById("zoeken");
  var index = window.IKC_ZOEKINDEX;
  var postcodes = window.IKC_POSTCODES || {};
  if (!form || !Array.isArray(index)) {
    return;
  }
  var input = document.getElementById("zoek-tekst");
  var postcodeInput = document.getElementById("zoek-postcode");
  var locate = document.getElementById("zoek-locatie");
  var toggle = document.getElementById("zoek-filters-knop");
  var kind = document.getElementById("zoek-soort");
  var area = document.getElementById("zoek-gebied");
  var care = document.getElementById("zoek-opvang");
  var level = document.getElementById("zoek-niveau");
  var vve = document.getElementById("zoek-vve");
  var results = document.querySelector(".results");
  var count = document.getElementById("zoek-aantal");
  var where = document.getElementById("zoek-plek");
  var list = document.getElementById("zoek-lijst");
  var root = form.getAttribute("data-root") || "";
  var kinds = { kindcentrum: "Kindcentrum", school: "School", opvang: "Opvang" };
  var phone = window.matchMedia("(max-width: 39.99em)");
  var timer = null;
  /* The browser's position, once the visitor tapped "Gebruik mijn locatie" and allowed it. */
  var here = null;

  /* What parents type for a kind of care (or VVE), as the index codes it. Phrases first, then words. */
  var CARE_PHRASES = [
    ["buitenschoolse opvang", "bso"], ["naschoolse opvang", "bso"], ["na schooltijd", "bso"], ["na school", "bso"],
    ["tussenschoolse opvang", "tso"], ["tussen de middag", "tso"], ["voor en vroegschoolse educatie", "vve"]
  ];
  var CARE_WORDS = {
    dagopvang: "kdv", kdv: "kdv", kinderdagverblijf: "kdv", kinderdagverblijven: "kdv", creche: "kdv",
    peuteropvang: "peuteropvang", psz: "peuteropvang", peuterspeelzaal: "peuteropvang",
    peuterspeelzalen: "peuteropvang", bso: "bso", buitenschoolse: "bso", naschoolse: "bso",
    tso: "tso", tussenschoolse: "tso", overblijven: "tso", vve: "vve"
  };
  /* Small words that say nothing about a place: "peuteropvang in het dorp". */
  var STOP = { in: 1, bij: 1, met: 1, de: 1, het: 1, een: 1, van: 1, voor: 1, op: 1, en: 1 };

  /* The same as SearchIndex.normalise in the build: lower case, no accents, only letters and digits. */
  function normalise(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, " ").trim();
  }

  /* Whether a and b differ by at most one letter added, left out, changed, or two letters swapped. */
  function oneEditApart(a, b) {
    if (a === b) { return true; }
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1)
        || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /* A word of five letters or more may have one typo. */
  function wordMatches(word, entry) {
    if (entry.text.indexOf(word) >= 0) { return true; }
    return word.length >= 5 && entry.words.some(function (w) { return oneEditApart(word, w); });
  }

  function careCode(word) {
    if (CARE_WORDS.hasOwnProperty(word)) { return CARE_WORDS[word]; }
    if (word.length < 5) { return null; }
    for (var known in CARE_WORDS) {
      if (CARE_WORDS.hasOwnProperty(known) && known.length >= 5 && oneEditApart(word, known)) { return CARE_WORDS[known]; }
    }
    return null;
  }

  /* "1234", "1234ab", "1234 AB": a postcode as the table keys it ("1234", "1234AB"), or null. */
  function postcodeKey(s) {
    var key = s.replace(/\s+/g, "").toUpperCase();
    return /^[1-9][0-9]{3}([A-Z]{2})?$/.test(key) ? key : null;
  }

  function shown(key) {
    return key.length === 6 ? key.slice(0, 4) + " " + key.slice(4) : key;
  }

  /* Where a postcode lies: the 6-character one exactly, else the middle of its 4-digit area. */
  function place(key) {
    if (postcodes[key]) {
      return { at: postcodes[key], from: "postcode " + shown(key), note: "" };
    }
    var area4 = key.slice(0, 4);
    if (key.length === 6 && postcodes[area4]) {
      return { at: postcodes[area4], from: "het midden van postcode " + area4,
        note: "De atlas kent postcode " + shown(key) + " niet. " };
    }
    return { unknown: "De atlas kent postcode " + shown(key) + " niet. Daarom staan de resultaten niet op afstand."
      + " Probeer een postcode in de buurt, of gebruik uw locatie." };
  }

  /* The query taken apart: care codes and VVE asked for, a postcode, and the words left to find. */
  function parse(value) {
    var query = " " + normalise(value) + " ";
    var wanted = { care: [], vve: false, postcode: null, words: [] };
    CARE_PHRASES.forEach(function (p) {
      if (query.indexOf(" " + p[0] + " ") >= 0) {
        query = query.split(" " + p[0] + " ").join(" ");
        want(wanted, p[1]);
      }
    });
    var words = query.trim() ? query.trim().split(" ") : [];
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (/^[1-9][0-9]{3}$/.test(word) && /^[a-z]{2}$/.test(words[i + 1] || "") && !STOP[words[i + 1]]) {
        wanted.postcode = postcodeKey(word + words[i + 1]);
        i++;
      } else if (/^[1-9][0-9]{3}([a-z]{2})?$/.test(word)) {
        wanted.postcode = word.toUpperCase();
      } else if (careCode(word)) {
        want(wanted, careCode(word));
      } else if (!STOP[word]) {
        wanted.words.push(word);
      }
    }
    return wanted;
  }

  function want(wanted, code) {
    if (code === "vve") {
      wanted.vve = true;
    } else if (wanted.care.indexOf(code) < 0) {
      wanted.care.push(code);
    }
  }

  function matches(entry, wanted) {
    if (kind.value && entry.kind !== kind.value) { return false; }
    if (area.value && entry.areas.indexOf(area.value) < 0) { return false; }
    if (care.value && entry.care.indexOf(care.value) < 0) { return false; }
    if (level.value && entry.level < Number(level.value)) { return false; }
    if ((vve.checked || wanted.vve) && !entry.vve) { return false; }
    for (var c = 0; c < wanted.care.length; c++) {
      if (entry.care.indexOf(wanted.care[c]) < 0) { return false; }
    }
    for (var i = 0; i < wanted.words.length; i++) {
      if (!wordMatches(wanted.words[i], entry)) { return false; }
    }
    return true;
  }

  /* Metres between two [lat, lon] points, along the earth's surface. */
  function metres(a, b) {
    var rad = Math.PI / 180;
    var dLat = (b[0] - a[0]) * rad;
    var dLon = (b[1] - a[1]) * rad;
    var h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
      + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371000 * 2 * Math.asin(Math.sqrt(h));
  }

  /* "minder dan 100 m", "650 m", "1,2 km", "12 km". */
  function distance(m) {
    if (m < 100) { return "minder dan 100 m"; }
    if (m < 1000) { return Math.round(m / 10) * 10 + " m"; }
    if (m < 10000) { return (Math.round(m / 100) / 10).toFixed(1).replace(".", ",") + " km"; }
    return Math.round(m / 1000) + " km";
  }

  /* Where distances are measured from: the postcode field, else the location, else a postcode in the query. */
  function origin(wanted) {
    var typed = postcodeInput.value.trim();
    if (typed) {
      var key = postcodeKey(typed);
      return key ? place(key) : { unknown: "Typ een postcode als 1234 of 1234 AB." };
    }
    if (here) {
      return { at: here, from: "uw locatie", note: "" };
    }
    return wanted.postcode ? place(wanted.postcode) : null;
  }

  function card(found) {
    var entry = found.entry;
    var li = document.createElement("li");
    li.className = "card";
    var a = document.createElement("a");
    a.className = "card-title";
    a.href = root + entry.href;
    a.textContent = entry.name;
    li.appendChild(a);
    var first = fact(li, kinds[entry.kind]);
    if (found.metres !== null) {
      /* "1,2 km – Kindcentrum": the distance on the line of the kind, so the card stays short */
      var near = document.createElement("span");
      near.className = "card-distance";
      near.textContent = distance(found.metres);
      first.insertBefore(document.createTextNode(" \u2013 "), first.firstChild);
      first.insertBefore(near, first.firstChild);
    }
    (entry.address ? [entry.address] : []).concat(entry.facts).forEach(function (f) { fact(li, f); });
    return li;
  }

  function fact(li, text) {
    var span = document.createElement("span");
    span.className = "card-fact";
    span.textContent = text;
    li.appendChild(span);
    return span;
  }

  function update() {
    var wanted = parse(input.value);
    var from = origin(wanted);
    var near = from && from.at;
    var found = index.filter(function (e) { return matches(e, wanted); }).map(function (e) {
      return { entry: e, metres: near && e.lat !== null ? metres(from.at, [e.lat, e.lon]) : null };
    });
    if (near) {
      /* nearest first; places without a known position last, in name order as before */
      found.sort(function (a, b) {
        return (a.metres === null ? Infinity : a.metres) - (b.metres === null ? Infinity : b.metres);
      });
    }
    list.textContent = "";
    found.forEach(function (e) { list.appendChild(card(e)); });
    var text = found.length === 0 ? "Niets gevonden. Probeer een ander woord of minder filters."
      : found.length === 1 ? "1 resultaat gevonden." : found.length + " resultaten gevonden.";
    /* Only a changed text is announced; the count waits until typing pauses so it is read once. */
    if (count.textContent !== text) { count.textContent = text; }
    var message = !from ? "" : from.unknown ? from.unknown
      : from.note + "Dichtstbij eerst, vanaf " + from.from + ".";
    if (where.textContent !== message) { where.textContent = message; }
    /* What the shown results are for: lets tests (and scripts) see that the list has caught up. */
    list.setAttribute("data-zoekterm", input.value);
    list.setAttribute("data-postcode", postcodeInput.value);
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  }

  /* On a phone the filters fold away behind a button that says how many are set. */
  function filtersSet() {
    return [kind, area, care, level].filter(function (el) { return el.value; }).length + (vve.checked ? 1 : 0);
  }

  function label() {
    var n = filtersSet();
    toggle.textContent = n === 0 ? "Filters" : "Filters (" + n + " gekozen)";
  }

  function fold(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    form.classList.toggle("filters-folded", !open);
  }

  function useLocation() {
    if (!navigator.geolocation) {
      where.textContent = "Uw browser kan uw locatie niet geven. Typ dan uw postcode.";
      return;
    }
    where.textContent = "Uw locatie wordt opgezocht...";
    navigator.geolocation.getCurrentPosition(function (position) {
      here = [position.coords.latitude, position.coords.longitude];
      postcodeInput.value = "";
      update();
    }, function () {
      where.textContent = "Uw locatie is niet gevonden, of u gaf geen toestemming. Typ dan uw postcode.";
    }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
  }

  index.forEach(function (e) { e.words = e.text.split(" "); });
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  input.addEventListener("input", later);
  postcodeInput.addEventListener("input", later);
  locate.addEventListener("click", useLocation);
  toggle.addEventListener("click", function () { fold(toggle.getAttribute("aria-expanded") !== "true"); });
  [kind, area, care, level, vve].forEach(function (el) {
    el.addEventListener("change", function () { label(); update(); });
  });
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); }
  fold(!phone.matches);
  label();
  form.hidden = false;
  results.hidden = false;
  update();
}());
