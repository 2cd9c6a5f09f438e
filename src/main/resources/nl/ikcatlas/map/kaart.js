/*
 * IKC-atlas: turns each static map (figure.kaart) into an interactive Leaflet map.
 * The static SVG map and the list stay in the page: the SVG is shown again when printing, and
 * everything keeps working when the background tiles cannot be loaded.
 */
(function () {
  'use strict';
  if (!window.L || !document.querySelectorAll) {
    return;
  }

  var SHAPES = {kindcentrum: 'ruit', school: 'vierkant', opvang: 'rond'};

  function icon(place) {
    return L.divIcon({
      className: 'kaart-pin kaart-pin-' + place.kind + (place.highlight ? ' kaart-pin-hier' : '')
        + (place.status ? ' kaart-pin-dicht' : ''),
      html: '<span class="kaart-pin-vorm kaart-' + SHAPES[place.kind] + '"></span>',
      iconSize: place.highlight ? [26, 26] : [20, 20],
      iconAnchor: place.highlight ? [13, 13] : [10, 10],
      popupAnchor: [0, -10]
    });
  }

  function popup(place) {
    var box = document.createElement('div');
    var kind = document.createElement('span');
    kind.className = 'kaart-popup-soort';
    kind.textContent = place.kindLabel;
    var link = document.createElement('a');
    link.href = place.href;
    link.textContent = place.name;
    box.appendChild(kind);
    box.appendChild(document.createElement('br'));
    box.appendChild(link);
    if (place.status) {
      // a place that is not open on the edition date, shown only on its own page
      var status = document.createElement('span');
      status.className = 'kaart-popup-soort';
      status.textContent = ' (' + place.status + ')';
      box.appendChild(status);
    }
    return box;
  }

  // an area on a map with too many places to show one by one: a box with the number of places in it
  function areaMarker(area) {
    var label = area.name + ': ' + area.counts;
    var width = Math.max(22, 12 + 8 * area.count.length);
    var number = document.createElement('span');
    number.className = 'kaart-pin-getal';
    number.textContent = area.count;
    var marker = L.marker([area.lat, area.lon], {
      icon: L.divIcon({className: 'kaart-pin kaart-pin-gebied', html: number, iconSize: [width, 22],
        iconAnchor: [width / 2, 11], popupAnchor: [0, -11]}),
      title: label, alt: label, keyboard: true, riseOnHover: true});
    var box = document.createElement('div');
    var link = document.createElement('a');
    link.href = area.href;
    link.textContent = area.name;
    var counts = document.createElement('span');
    counts.className = 'kaart-popup-soort';
    counts.textContent = area.counts;
    box.appendChild(link);
    box.appendChild(document.createElement('br'));
    box.appendChild(counts);
    marker.bindPopup(box);
    marker.on('add', function () {
      var el = marker.getElement();
      if (el) {
        el.setAttribute('aria-label', label);
        el.setAttribute('data-href', area.href);
      }
    });
    return marker;
  }

  // the places of a map, from the markers of its SVG: kind, link, name, coordinates, and the page's own
  // place or a place that is not open by their classes and status
  function places(figure) {
    var found = [];
    var markers = figure.querySelectorAll('svg a.kaart-punt[data-lat]:not(.kaart-punt-gebied)');
    for (var i = 0; i < markers.length; i++) {
      var a = markers[i];
      var classes = a.getAttribute('class');
      var label = a.getAttribute('aria-label');
      var status = a.getAttribute('data-status');
      var colon = label.indexOf(': ');
      var name = label.substring(colon + 2);
      found.push({
        kind: (classes.match(/kaart-punt-(kindcentrum|school|opvang)/) || [])[1],
        kindLabel: label.substring(0, colon),
        name: status ? name.substring(0, name.length - status.length - 3) : name,
        href: a.getAttribute('href'),
        lat: parseFloat(a.getAttribute('data-lat')),
        lon: parseFloat(a.getAttribute('data-lon')),
        highlight: / kaart-punt-hier( |$)/.test(classes),
        status: status
      });
    }
    return found;
  }

  // the areas of an overview map, from the SVG's area markers: link, name and counts ("Noord: 2 kindcentra,
  // 6 scholen en 3 opvanglocaties"), the number in the box and the coordinates
  function areas(figure) {
    var found = [];
    var markers = figure.querySelectorAll('svg a.kaart-punt-gebied[data-lat]');
    for (var i = 0; i < markers.length; i++) {
      var a = markers[i];
      var label = a.getAttribute('aria-label');
      var colon = label.lastIndexOf(': ');
      found.push({
        name: label.substring(0, colon),
        counts: label.substring(colon + 2),
        count: a.querySelector('text').textContent,
        href: a.getAttribute('href'),
        lat: parseFloat(a.getAttribute('data-lat')),
        lon: parseFloat(a.getAttribute('data-lon'))
      });
    }
    return found;
  }

  // the outlines of an overview map, from the SVG's paths: their picture units turned back into degrees
  // through the picture's corners (linear in Web Mercator, as the picture is drawn)
  function outlines(figure, picture) {
    var mercator = L.Projection.SphericalMercator;
    var topLeft = mercator.project(L.latLng(picture.corners[0]));
    var bottomRight = mercator.project(L.latLng(picture.corners[1]));
    function latLng(x, y) {
      return mercator.unproject(L.point(topLeft.x + (bottomRight.x - topLeft.x) * x / picture.width,
        topLeft.y + (bottomRight.y - topLeft.y) * y / picture.height));
    }
    var found = [];
    var paths = figure.querySelectorAll('.kaart-beeld svg path.kaart-gebied');
    for (var i = 0; i < paths.length; i++) {
      var classes = ' ' + paths[i].getAttribute('class') + ' ';
      var rings = paths[i].getAttribute('d').split('Z').filter(function (ring) { return ring.length > 0; });
      found.push({
        current: classes.indexOf(' kaart-gebied-hier ') >= 0,
        derived: classes.indexOf(' kaart-gebied-afgeleid ') >= 0,
        rings: rings.map(function (ring) {
          return ring.substring(1).split('L').map(function (point) {
            var xy = point.split(' ');
            return latLng(parseFloat(xy[0]), parseFloat(xy[1]));
          });
        })
      });
    }
    return found;
  }

  function init(figure) {
    var data;
    try {
      data = JSON.parse(figure.getAttribute('data-kaart'));
    } catch (e) {
      return;
    }
    var picture = figure.querySelector('.kaart-beeld');
    var box = document.createElement('div');
    box.className = 'kaart-interactief';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', data.title + ' (interactief: gebruik de pijltjestoetsen om te schuiven, + en - om te zoomen)');
    picture.parentNode.insertBefore(box, picture);
    figure.classList.add('kaart-actief');

    var map = L.map(box, {scrollWheelZoom: false, keyboard: true, zoomSnap: 0.5});
    map.attributionControl.setPrefix('Leaflet');
    if (data.tiles) {
      L.tileLayer(data.tiles.url, {attribution: data.tiles.attribution, maxZoom: data.tiles.maxZoom}).addTo(map);
    } else {
      box.classList.add('kaart-zonder-achtergrond');
    }
    (data.areas || outlines(figure, data.picture)).forEach(function (area) {
      L.polygon(area.rings, {
        className: 'kaart-gebied' + (area.current ? ' kaart-gebied-hier' : '') + (area.derived ? ' kaart-gebied-afgeleid' : ''),
        interactive: false
      }).addTo(map);
    });
    var group = L.markerClusterGroup
      ? L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: data.clusterRadius, spiderfyOnMaxZoom: true})
      : L.featureGroup();
    places(figure).forEach(function (place) {
      var label = place.kindLabel + ': ' + place.name + (place.status ? ' (' + place.status + ')' : '');
      var marker = L.marker([place.lat, place.lon], {icon: icon(place), title: label, alt: label, keyboard: true,
        zIndexOffset: place.highlight ? 1000 : 0, riseOnHover: true});
      marker.bindPopup(popup(place));
      marker.on('add', function () {
        var el = marker.getElement();
        if (el) {
          el.setAttribute('aria-label', label);
          el.setAttribute('data-href', place.href);
        }
      });
      if (place.highlight) {
        marker.addTo(map); // the page's own place is never hidden in a cluster
      } else {
        group.addLayer(marker);
      }
    });
    group.addTo(map);
    areas(figure).forEach(function (area) {
      areaMarker(area).addTo(map); // areas are few and never clustered
    });
    map.fitBounds(data.bounds, {padding: [16, 16]});
    figure.setAttribute('data-kaart-klaar', 'ja');
  }

  var figures = document.querySelectorAll('figure.kaart[data-kaart]');
  for (var i = 0; i < figures.length; i++) {
    init(figures[i]);
  }
})();
