/* Monitor: sorteren en filteren van de tabel met niveaus. Zonder JavaScript staat de tabel op
   volgorde van gebied en naam, met links naar elk gebied; dit script voegt knoppen in de kolomkoppen
   en twee keuzelijsten toe. De gegevens staan in data-attributen die de atlas bij het bouwen schrijft. */
(function () {
  "use strict";
  var table = document.getElementById("monitor-tabel");
  var filters = document.getElementById("monitor-filters");
  if (!table || !filters || !table.tHead || !table.tBodies.length) {
    return;
  }
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var rows = Array.prototype.slice.call(body.rows);
  var area = document.getElementById("filter-gebied");
  var interest = document.getElementById("filter-belangstelling");
  var count = document.getElementById("monitor-aantal");

  /* The rows start in the order of the build (area, then name): ties keep that order. */
  var start = new Map();
  rows.forEach(function (row, i) { start.set(row, i); });

  function cellOf(row, column) {
    return row.cells[column];
  }

  /* A number, or null for "not measured": those rows go last in both directions. */
  function numberOf(row, column) {
    var value = cellOf(row, column).getAttribute("data-sort");
    return value === null || value === "" ? null : Number(value);
  }

  function textOf(row, column) {
    return cellOf(row, column).textContent.trim();
  }

  function compare(column, type, direction) {
    return function (a, b) {
      var result;
      if (type === "number") {
        var x = numberOf(a, column);
        var y = numberOf(b, column);
        if (x === null || y === null) {
          result = x === y ? 0 : (x === null ? 1 : -1);
        } else {
          result = (x - y) * direction;
        }
      } else {
        result = textOf(a, column).localeCompare(textOf(b, column), "nl") * direction;
      }
      return result !== 0 ? result : start.get(a) - start.get(b);
    };
  }

  function sortBy(column) {
    var th = headers[column];
    var direction = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
    var sorted = rows.slice().sort(compare(column, th.getAttribute("data-sort-type"), direction));
    sorted.forEach(function (row) { body.appendChild(row); });
  }

  /* The sort button of each column (WAI-ARIA sortable table): the heading's content plus an arrow.
     A theme's code and name (abbr and hidden text) move into the button; a link in a heading (a
     glossary term, also inside a theme's name) cannot sit inside a button, so only its text does. */
  headers.forEach(function (th, column) {
    if (!th.hasAttribute("data-sort-type")) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    Array.prototype.slice.call(th.childNodes).forEach(function (node) {
      button.appendChild(node);
    });
    Array.prototype.slice.call(button.querySelectorAll("a")).forEach(function (link) {
      link.parentNode.replaceChild(document.createTextNode(link.textContent), link);
    });
    var icon = document.createElement("span");
    icon.className = "sort-icon";
    icon.setAttribute("aria-hidden", "true");
    button.appendChild(icon);
    th.appendChild(button);
    button.addEventListener("click", function () { sortBy(column); });
  });

  function contains(list, value) {
    return (" " + list + " ").indexOf(" " + value + " ") >= 0;
  }

  function filter() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!area.value || contains(row.getAttribute("data-gebied"), area.value))
        && (!interest.value || row.getAttribute("data-belangstelling") === interest.value);
      row.hidden = !visible;
      if (visible) {
        shown++;
      }
    });
    count.textContent = shown === 0 ? "Geen kindcentra getoond. Kies een ander gebied of een andere belangstelling."
      : shown + (shown === 1 ? " kindcentrum getoond" : " kindcentra getoond");
  }

  area.addEventListener("change", filter);
  interest.addEventListener("change", filter);
  filters.hidden = false;
  Array.prototype.forEach.call(document.querySelectorAll(".monitor-jumps"), function (jumps) {
    /* The filter on area replaces the links to each area, which would lead to hidden rows. */
    jumps.hidden = true;
  });
  Array.prototype.forEach.call(table.querySelectorAll(".sort-hint"), function (hint) {
    hint.hidden = false;
  });
  /* A choice kept by the browser after going back to this page applies again. */
  if (area.value || interest.value) {
    filter();
  }
}());
