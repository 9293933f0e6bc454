/* Helpers of every map the explorer draws (layers/webmap.py): layers drawn from one style each, labels that
 never overlap nor leave the frame nor catch a click, a legend that is also the layer switcher, a fitted view.
 No template literal here: document text reaches this code only as data. */
var pm = window.pm = window.pm || {};
pm.pathStyle = function (st, cls) {
  return {color: st.edge, weight: st.width, fillColor: st.color, fillOpacity: st.fill_opacity, opacity: 1, fill: st.fill_opacity > 0,
          dashArray: st.dash || null, interactive: st.interactive !== false, className: cls || ''};
};
pm.options = function (f, st) {  /* used both to make a point's layer and as the style GeoJSON resets it to */
  if (f.geometry.type.indexOf('Point') < 0) return pm.shapeStyle(f, st);
  var o = pm.pathStyle(st, 'pm-pt'), r = f.properties.r;
  if (!r) return Object.assign(o, {radius: st.radius});
  return Object.assign(o, {dashArray: '4 4', fill: true, fillOpacity: 0.06, weight: 1.5, className: 'pm-ring',
                           radius: r > 0 ? r : 14});
};
pm.shapeStyle = function (f, st) {  /* a line is never filled; a faded part (outside the map's area) is light and dashed */
  var o = pm.pathStyle(st);
  if (f.geometry.type.indexOf('LineString') >= 0) o.fill = false;
  if (f.properties.f && st.faded) Object.assign(o, {opacity: st.faded[0], dashArray: st.faded[1]});
  return o;
};
pm.pointLayer = function (f, ll, st) {
  var o = pm.options(f, st);
  return f.properties.r > 0 ? L.circle(ll, o) : L.circleMarker(ll, o);
};
pm.labelMarker = function (f, st) {
  var p = f.properties, pt = f.geometry.type.indexOf('Point') >= 0 && !p.r;
  var html = '<div class="zh-label" data-p="' + st.priority + '" data-k="' + (pt ? st.radius + st.width : 0) +
    '" data-a="' + JSON.stringify(p.a) + '" style="font-size:' + st.label_size + 'px;color:' + st.label_color + '">' +
    p.l.split('\n').join('<br>') + '</div>';
  return L.marker([p.a[0][1], p.a[0][0]], {icon: L.divIcon({className: 'pm-label-icon', html: html, iconSize: null}),
                                           interactive: false, keyboard: false, pane: 'pmLabels'});
};
pm.init = function (map) {
  map._pm = {layers: [], extra: [], shown: []};
  L.control.scale({imperial: false, position: 'bottomleft'}).addTo(map);
  map.createPane('pmLabels').style.zIndex = 610;
  map.getPane('pmLabels').style.pointerEvents = 'none';
};
pm.layer = function (map, group, data, st, meta) {
  L.geoJSON(data, {
    style: function (f) { return pm.options(f, st); },
    pointToLayer: function (f, ll) { return pm.pointLayer(f, ll, st); },
    onEachFeature: function (f, l) {
      if (f.properties.p) l.bindPopup(f.properties.p, {maxWidth: 460, minWidth: 260, autoPanPadding: [24, 24]});
      if (f.properties.t) l.bindTooltip(f.properties.t, {sticky: true, direction: 'top', opacity: 0.95});
    }
  }).addTo(group);
  if (st.label_size) data.features.forEach(function (f) { if (f.properties.l) pm.labelMarker(f, st).addTo(group); });
  if (meta.legend) map._pm.layers.push([group, meta.name]);
  (meta.extra ? meta.extra.split('\n') : []).forEach(function (x) { if (map._pm.extra.indexOf(x) < 0) map._pm.extra.push(x); });
};
pm.overlaps = function (a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; };
pm.candidates = function (map, el, w, h) {
  var k = +el.dataset.k, anchors = JSON.parse(el.dataset.a), out = [];
  var base = k ? [[w / 2 + k + 3, 0], [-(w / 2 + k + 3), 0], [0, -(h / 2 + k + 1)], [0, h / 2 + k + 1]]
               : [[0, 0], [0, -h], [0, h], [w / 2 + 8, 0], [-(w / 2 + 8), 0], [0, -2 * h], [0, 2 * h]];
  var p0 = map.latLngToContainerPoint([anchors[0][1], anchors[0][0]]);
  anchors.forEach(function (a) {  /* a line tries other places along itself */
    var p = map.latLngToContainerPoint([a[1], a[0]]);
    base.forEach(function (b) { out.push([p.x - p0.x + b[0], p.y - p0.y + b[1]]); });
  });
  return out;
};
pm.tryPlace = function (map, el, r, box, taken, named) {
  var w = r.width, h = r.height, pad = 2;
  if (!w || named[el.textContent]) return;  /* in a hidden layer, or a name already written */
  var shifts = pm.candidates(map, el, w, h);
  for (var i = 0; i < shifts.length; i++) {
    var dx = shifts[i][0], dy = shifts[i][1];
    var q = {left: r.left + dx - pad, right: r.right + dx + pad, top: r.top + dy - pad, bottom: r.bottom + dy + pad};
    if (q.left < box.left || q.right > box.right || q.top < box.top || q.bottom > box.bottom) continue;
    if (taken.some(function (t) { return pm.overlaps(q, t); })) continue;
    el.style.transform = 'translate(calc(-50% + ' + dx + 'px), calc(-50% + ' + dy + 'px))';
    el.classList.add('pm-on');
    taken.push(q);
    named[el.textContent] = true;
    return;
  }
};
pm.place = function (map) {  /* every box is read before any label moves: one layout, not one per label */
  var c = map.getContainer(), box = c.getBoundingClientRect(), taken = [];
  c.querySelectorAll('.leaflet-control, path.pm-pt').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.width && r.height) taken.push(r);
  });
  var labels = Array.prototype.slice.call(c.querySelectorAll('.zh-label'));
  labels.forEach(function (el) { el.classList.remove('pm-on'); el.style.transform = 'translate(-50%, -50%)'; });
  labels.sort(function (a, b) { return b.dataset.p - a.dataset.p; });
  var rects = labels.map(function (el) { return el.getBoundingClientRect(); });
  var named = {};
  labels.forEach(function (el, i) { pm.tryPlace(map, el, rects[i], box, taken, named); });
};
pm.legend = function (map, compact) {
  var overlays = {};
  map._pm.layers.slice().reverse().forEach(function (x) { overlays[x[1]] = x[0]; });
  var ctl = L.control.layers(null, overlays, {collapsed: compact, position: 'topright'}).addTo(map);
  var div = ctl.getContainer();
  div.classList.add('pm-legend');
  var head = document.createElement('div');
  head.className = 'pm-legend-title';
  head.textContent = '图例';
  var list = div.querySelector('.leaflet-control-layers-list');
  list.insertBefore(head, list.firstChild);
  map._pm.extra.forEach(function (html) {
    var row = document.createElement('div');
    row.className = 'pm-extra';
    row.innerHTML = html;
    list.appendChild(row);
  });
};
pm.draw = function (map, layers) {  /* each layer is made, not yet drawn: pm.finish adds it once the view is set */
  layers.forEach(function (x) {
    var group = L.featureGroup();
    pm.layer(map, group, x[0], x[1], x[2]);
    if (x[3]) map._pm.shown.push(group);
  });
};
pm.finish = function (map, bounds, compact) {
  /* the legend and the fitted view first, then the layers: each shape is projected and drawn once, at its final
     zoom, and every feature is on the map before the script ends (streamlit-folium then binds its clicks) */
  if (map._pm.layers.length) pm.legend(map, compact);
  var timer, touched = false;
  function placeSoon() { clearTimeout(timer); timer = setTimeout(function () { pm.place(map); }, 50); }
  function fit() {
    var right = 0;
    map.getContainer().querySelectorAll('.leaflet-right .leaflet-control').forEach(function (el) { right = Math.max(right, el.offsetWidth); });
    if (right > map.getSize().x * 0.4) right = 0;
    map.fitBounds(bounds, {paddingTopLeft: [16, 16], paddingBottomRight: [right + 20, 16], animate: false});
  }
  map.invalidateSize();
  fit();
  map._pm.shown.forEach(function (group) { group.addTo(map); });
  pm.place(map);
  map.on('zoomend moveend overlayadd overlayremove resize', placeSoon);
  map.getContainer().addEventListener('pointerdown', function () { touched = true; });
  map.getContainer().addEventListener('wheel', function () { touched = true; });
  window.addEventListener('resize', function () { if (!touched) { map.invalidateSize(); fit(); } placeSoon(); });
};
