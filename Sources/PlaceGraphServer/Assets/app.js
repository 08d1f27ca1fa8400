// The live workshop page of `placegraph serve`. Every text from the map reaches the page
// through textContent or an attribute, never as markup; the drawing is Graphviz's SVG from
// the server, parsed as XML and cleaned of anything that could run.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const view = {
    level: 'objectives', clusterBy: 'domain', engine: '', depth: 1,
    data: null, etag: null, selected: null, opener: null, box: null, home: null, problems: null,
  };

  // ---- small DOM helpers: text only ----

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function button(text, onClick, className) {
    const node = el('button', text, className);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  function option(value, text) {
    const node = el('option', text);
    node.value = value;
    return node;
  }

  function setStatus(text) { $('status').textContent = text; }

  function signed(value) { return value > 0 ? '+' + value : value < 0 ? '−' + Math.abs(value) : '0'; }

  function byId(id) { return view.data && view.data.items.find((item) => item.id === id); }

  function nameOf(id) { const item = byId(id); return item ? item.name : id; }

  // ---- loading ----

  async function fetchOK(url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(url + ' answered ' + response.status);
    return response;
  }

  async function load(reason) {
    const query = 'level=' + encodeURIComponent(view.level);
    const drawing = query + '&clusterBy=' + encodeURIComponent(view.clusterBy)
      + (view.engine ? '&engine=' + encodeURIComponent(view.engine) : '');
    try {
      const [stateResponse, svgResponse] = await Promise.all([
        fetchOK('/api/state?' + query), fetchOK('/api/map.svg?' + drawing)]);
      const data = await stateResponse.json();
      const svg = await svgResponse.text();
      const previous = view.data;
      view.data = data;
      view.etag = stateResponse.headers.get('ETag');
      if (reason === 'update' && previous) showChanges(previous, data);
      if (reason === 'view') view.home = null;
      render(svg);
      setStatus('Showing version ' + data.version + (data.editable ? ' · taking scores' : ' · read-only'));
    } catch (error) {
      setStatus('Could not load the map: ' + error.message);
    }
  }

  function render(svg) {
    const data = view.data;
    $('place').textContent = data.place;
    $('mission').textContent = data.mission || '';
    document.title = data.place + ' · placegraph live';
    drawMap(svg);
    fillFilters();
    renderLists();
    applyFilters();
    fillScoring();
    if (view.selected && byId(view.selected)) select(view.selected, false); else closePanel(false);
  }

  // ---- the drawing ----

  function cleanSVG(root) {
    for (const bad of root.querySelectorAll('script, foreignObject, iframe, object, embed')) bad.remove();
    for (const node of [root, ...root.querySelectorAll('*')]) {
      for (const attribute of [...node.attributes]) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || name === 'href' || name === 'xlink:href' || name === 'style') {
          node.removeAttribute(attribute.name);
        }
      }
    }
  }

  function drawMap(text) {
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = parsed.documentElement;
    const holder = $('map');
    if (root.nodeName !== 'svg' || parsed.querySelector('parsererror')) {
      holder.replaceChildren(el('p', 'The drawing could not be read.'));
      return;
    }
    cleanSVG(root);
    const svg = document.importNode(root, true);
    const box = (svg.getAttribute('viewBox') || '0 0 800 600').split(/[\s,]+/).map(Number);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', 'Map of ' + view.data.place);
    // A new view starts fitted; a save keeps the room's pan and zoom.
    const fresh = !view.home;
    view.home = box;
    if (fresh || !view.box) view.box = box.slice();
    holder.replaceChildren(svg);
    setViewBox();
    const byNode = new Map(view.data.items.map((item) => [item.node, item]));
    for (const group of svg.querySelectorAll('g.node')) {
      const title = group.querySelector('title');
      const item = title && byNode.get(title.textContent.trim());
      if (!item) continue;
      group.dataset.id = item.id;
      group.setAttribute('tabindex', '0');
      group.setAttribute('role', 'button');
      group.setAttribute('aria-label', item.name + ', ' + item.kind);
      group.addEventListener('click', () => select(item.id, true));
      group.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(item.id, true); }
      });
    }
    for (const group of svg.querySelectorAll('g.edge')) {
      const title = group.querySelector('title');
      const ends = title ? title.textContent.split('->').map((part) => part.trim()) : [];
      const from = byNode.get(ends[0]), to = byNode.get(ends[1]);
      if (from && to) { group.dataset.from = from.id; group.dataset.to = to.id; }
    }
  }

  function setViewBox() {
    const svg = $('map').querySelector('svg');
    if (svg && view.box) svg.setAttribute('viewBox', view.box.join(' '));
  }

  function zoom(factor, cx, cy) {
    if (!view.box) return;
    const [x, y, w, h] = view.box;
    const px = cx === undefined ? x + w / 2 : cx, py = cy === undefined ? y + h / 2 : cy;
    const width = Math.min(Math.max(w * factor, view.home[2] / 20), view.home[2] * 4);
    const scale = width / w;
    view.box = [px - (px - x) * scale, py - (py - y) * scale, w * scale, h * scale];
    setViewBox();
  }

  function pointIn(svg, event) {
    const rect = svg.getBoundingClientRect();
    const [x, y, w, h] = view.box;
    return [x + (event.clientX - rect.left) / rect.width * w, y + (event.clientY - rect.top) / rect.height * h];
  }

  function setUpPanZoom() {
    const holder = $('map');
    holder.addEventListener('wheel', (event) => {
      const svg = holder.querySelector('svg');
      if (!svg) return;
      event.preventDefault();
      const [px, py] = pointIn(svg, event);
      zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, px, py);
    }, { passive: false });
    let drag = null;
    holder.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 || !view.box) return;
      drag = { x: event.clientX, y: event.clientY, box: view.box.slice(), moved: false };
    });
    holder.addEventListener('pointermove', (event) => {
      const svg = holder.querySelector('svg');
      if (!drag || !svg) return;
      const rect = svg.getBoundingClientRect();
      const dx = (event.clientX - drag.x) / rect.width * drag.box[2];
      const dy = (event.clientY - drag.y) / rect.height * drag.box[3];
      if (Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) > 4) drag.moved = true;
      if (drag.moved) {
        view.box = [drag.box[0] - dx, drag.box[1] - dy, drag.box[2], drag.box[3]];
        setViewBox();
      }
    });
    const end = () => { drag = null; };
    holder.addEventListener('pointerup', end);
    holder.addEventListener('pointerleave', end);
    $('zoom-in').addEventListener('click', () => zoom(1 / 1.3));
    $('zoom-out').addEventListener('click', () => zoom(1.3));
    $('zoom-fit').addEventListener('click', () => { view.box = view.home.slice(); setViewBox(); });
  }

  // ---- selection: the neighbourhood and the side panel ----

  function neighbourhood(id, depth) {
    const near = new Map([[id, 0]]);
    let frontier = [id];
    for (let step = 1; step <= depth; step += 1) {
      const next = [];
      for (const link of view.data.links) {
        for (const [a, b] of [[link.from, link.to], [link.to, link.from]]) {
          if (frontier.includes(a) && !near.has(b)) { near.set(b, step); next.push(b); }
        }
      }
      frontier = next;
    }
    return near;
  }

  function highlight(ids, pathLinks) {
    const svg = $('map').querySelector('svg');
    if (!svg) return;
    svg.classList.toggle('focused', ids !== null);
    for (const node of svg.querySelectorAll('g.node')) {
      const step = ids ? ids.get(node.dataset.id) : undefined;
      node.classList.toggle('selected', step === 0);
      node.classList.toggle('near', step !== undefined && step > 0);
    }
    for (const edge of svg.querySelectorAll('g.edge')) {
      const on = ids !== null && ids.has(edge.dataset.from) && ids.has(edge.dataset.to)
        && (!pathLinks || pathLinks.has(edge.dataset.from + '\n' + edge.dataset.to));
      edge.classList.toggle('near', on);
    }
  }

  function select(id, fromUser) {
    const item = byId(id);
    if (!item) return;
    if (fromUser && document.activeElement && document.activeElement !== document.body) {
      view.opener = document.activeElement;
    }
    view.selected = id;
    highlight(neighbourhood(id, view.depth), null);
    fillPanel(item);
    $('panel').hidden = false;
    if (fromUser) $('panel-title').focus();
  }

  function closePanel(restoreFocus) {
    view.selected = null;
    $('panel').hidden = true;
    highlight(null, null);
    if (restoreFocus && view.opener && document.contains(view.opener)) view.opener.focus();
  }

  function showPath(path) {
    const ids = new Map(path.map((id, index) => [id, index === 0 ? 0 : 1]));
    const links = new Set();
    for (let index = 0; index + 1 < path.length; index += 1) {
      links.add(path[index] + '\n' + path[index + 1]);
      links.add(path[index + 1] + '\n' + path[index]);
    }
    highlight(ids, links);
    const node = $('map').querySelector('g.node[data-id="' + CSS.escape(path[0]) + '"]');
    if (node) node.focus();
  }

  function conflictLine(conflict) {
    return conflict.fromName + ' → ' + conflict.toName + ' (severity ' + conflict.severity + ', '
      + conflict.confidence + ' confidence)';
  }

  function fillPanel(item) {
    const data = view.data;
    $('panel-title').textContent = item.name;
    $('panel-kind').textContent = item.kind + ' · ' + item.id;
    const facts = $('panel-facts');
    facts.replaceChildren();
    for (const [term, value] of [['Service', item.service && item.service !== item.id && nameOf(item.service)], ['Domain', item.domain],
      ['Owner', item.owner], ['Supplier', item.supplier], ['KPI', item.kpi]]) {
      if (!value) continue;
      facts.append(el('dt', term), el('dd', value));
    }
    const conflicts = $('panel-conflicts');
    conflicts.replaceChildren();
    data.conflicts.forEach((conflict, index) => {
      if (conflict.from !== item.id && conflict.to !== item.id && !conflict.path.includes(item.id)) return;
      const entry = el('li', conflictLine(conflict));
      const knockOns = el('ul');
      for (const knockOn of conflict.knockOns) knockOns.append(el('li', 'Knock-on: ' + knockOn.words));
      if (conflict.knockOns.length) entry.append(knockOns);
      entry.append(button('Show on the map', () => showPath(conflict.path), 'link'),
        button('In the conflict list', () => focusEntry('conflict-' + index), 'link'));
      conflicts.append(entry);
    });
    if (!conflicts.children.length) conflicts.append(el('li', 'None.', 'none'));
    const synergies = $('panel-synergies');
    synergies.replaceChildren();
    for (const synergy of data.synergies.filter((entry) => entry.items.includes(item.id))) {
      synergies.append(el('li', synergy.names.join(' and ') + ' (strength ' + synergy.strength + ')'));
    }
    if (!synergies.children.length) synergies.append(el('li', 'None.', 'none'));
    const loops = $('panel-loops');
    loops.replaceChildren();
    const found = data.loops ? data.loops.loops.filter((loop) => loop.items.includes(item.id)) : [];
    for (const loop of found.slice(0, 20)) {
      loops.append(el('li', loop.polarity + ': ' + loop.items.map(nameOf).join(' → ') + ' → ' + nameOf(loop.items[0])));
    }
    if (found.length > 20) loops.append(el('li', (found.length - 20) + ' more', 'none'));
    if (!loops.children.length) loops.append(el('li', 'None.', 'none'));
    const contracts = $('panel-contracts');
    contracts.replaceChildren();
    const mine = data.contracts.filter((entry) => entry.id === item.id || entry.id === item.contract
      || (item.kind === 'service' && entry.service === item.id));
    for (const contract of mine) {
      let words = contract.name + ': ' + contract.status;
      if (contract.window) words += ', window ' + contract.window + ' (' + contract.windowState + ')';
      if (contract.decideBy) words += ', decide by ' + contract.decideBy + (contract.overdue ? ' (overdue)' : '');
      contracts.append(el('li', words));
    }
    if (!contracts.children.length) contracts.append(el('li', 'None.', 'none'));
  }

  function focusEntry(id) {
    const entry = $(id);
    if (!entry) return;
    entry.scrollIntoView({ block: 'center' });
    const target = entry.querySelector('button') || entry;
    target.focus();
  }

  // ---- lists and filters ----

  function fillSelect(select, values) {
    const chosen = select.value;
    select.replaceChildren(option('', 'any'), ...values.map((value) => option(value, value)));
    select.value = values.includes(chosen) ? chosen : '';
  }

  function distinct(key) {
    return [...new Set(view.data.items.map((item) => item[key]).filter(Boolean))].sort();
  }

  function fillFilters() {
    fillSelect($('filter-domain'), distinct('domain'));
    fillSelect($('filter-owner'), distinct('owner'));
    fillSelect($('filter-kind'), distinct('kind'));
  }

  function renderLists() {
    const data = view.data;
    const agenda = $('agenda');
    agenda.replaceChildren();
    for (const entry of data.agenda) {
      const row = el('li');
      const target = byId(entry.contract) ? entry.contract : entry.service;
      row.append(button(entry.name, () => select(target, true), 'link'));
      let words = '';
      if (entry.decideBy) words += ' decide by ' + entry.decideBy + (entry.overdue ? ' (overdue)' : '');
      if (entry.window) words += ', window ' + entry.window;
      words += ' · ' + entry.conflicts.length + ' conflicts, ' + entry.synergies.length + ' synergies';
      row.append(el('span', words));
      agenda.append(row);
    }
    if (!data.agenda.length) agenda.append(el('li', 'No decisions due.', 'none'));
    const conflicts = $('conflicts');
    conflicts.replaceChildren();
    data.conflicts.forEach((conflict, index) => {
      const row = el('li');
      row.id = 'conflict-' + index;
      row.dataset.severity = conflict.severity;
      row.dataset.items = JSON.stringify(conflict.path);
      row.append(button(conflictLine(conflict), () => { select(conflict.from, true); showPath(conflict.path); }, 'link'));
      if (conflict.knockOnCount) row.append(el('span', ' · ' + conflict.knockOnCount + ' knock-ons'));
      conflicts.append(row);
    });
    if (!data.conflicts.length) conflicts.append(el('li', 'No conflicts.', 'none'));
    const items = $('items');
    items.replaceChildren();
    for (const item of data.items) {
      const row = el('li');
      row.dataset.id = item.id;
      row.append(button(item.name, () => select(item.id, true), 'link'), el('span', ' ' + item.kind, 'kind'));
      items.append(row);
    }
  }

  function applyFilters() {
    const data = view.data;
    if (!data) return;
    const search = $('search').value.trim().toLowerCase();
    const domain = $('filter-domain').value, owner = $('filter-owner').value, kind = $('filter-kind').value;
    const severity = Number($('filter-severity').value), onlyConflicts = $('filter-conflicts').checked;
    const severe = data.conflicts.filter((conflict) => conflict.severity >= severity);
    const inConflict = new Set(severe.flatMap((conflict) => conflict.path));
    const matches = new Set(data.items.filter((item) =>
      (!search || item.name.toLowerCase().includes(search) || item.id.toLowerCase().includes(search))
      && (!domain || item.domain === domain) && (!owner || item.owner === owner) && (!kind || item.kind === kind)
      && (!onlyConflicts || inConflict.has(item.id))).map((item) => item.id));
    for (const node of $('map').querySelectorAll('g.node[data-id]')) node.classList.toggle('dimmed', !matches.has(node.dataset.id));
    for (const edge of $('map').querySelectorAll('g.edge[data-from]')) {
      edge.classList.toggle('dimmed', !matches.has(edge.dataset.from) || !matches.has(edge.dataset.to));
    }
    for (const row of $('items').children) if (row.dataset.id) row.hidden = !matches.has(row.dataset.id);
    for (const row of $('conflicts').children) {
      if (!row.dataset.items) continue;
      const path = JSON.parse(row.dataset.items);
      row.hidden = Number(row.dataset.severity) < severity || !path.some((id) => matches.has(id));
    }
  }

  // ---- what changed, and problems ----

  function showChanges(before, after) {
    const lines = [];
    if (before.level === after.level) {
      const old = new Map(before.items.map((item) => [item.id, item]));
      const now = new Map(after.items.map((item) => [item.id, item]));
      for (const [id, item] of now) if (!old.has(id)) lines.push('Added item ' + item.name);
      for (const [id, item] of old) if (!now.has(id)) lines.push('Removed item ' + item.name);
    }
    const key = (entry) => entry.from + ' → ' + entry.to;
    const old = new Map(before.interactions.map((entry) => [key(entry), entry]));
    const now = new Map(after.interactions.map((entry) => [key(entry), entry]));
    for (const [name, entry] of now) {
      const was = old.get(name);
      if (!was) lines.push('Added ' + name + ' (' + signed(entry.effect) + ')');
      else if (was.effect !== entry.effect || was.confidence !== entry.confidence) {
        lines.push('Re-scored ' + name + ': ' + signed(was.effect) + ' ' + was.confidence + ' → '
          + signed(entry.effect) + ' ' + entry.confidence);
      }
    }
    for (const name of old.keys()) if (!now.has(name)) lines.push('Removed ' + name);
    const list = $('change-list');
    list.replaceChildren(...(lines.length ? lines : ['Only wording changed.']).map((line) => el('li', line)));
    $('changes').hidden = false;
  }

  function showProblems(report) {
    view.problems = report;
    const list = $('problem-list');
    list.replaceChildren();
    for (const problem of report.problems) {
      const row = el('li', null, problem.severity);
      row.append(el('strong', (problem.location || 'the file') + ': ' + problem.severity + ': '), el('span', problem.message));
      if (problem.quoted !== null && problem.quoted !== undefined) {
        row.append(el('pre', problem.quoted + '\n' + (problem.caret || '') + '^', 'quoted'));
      }
      if (problem.hint) row.append(el('p', 'Hint: ' + problem.hint, 'hint'));
      list.append(row);
    }
    $('problems-title').textContent = report.errors === 1 ? 'The saved map has 1 error' : 'The saved map has ' + report.errors + ' errors';
    $('problems').hidden = false;
    setStatus('The file on disk has errors; showing the last good version ' + (report.lastGood || ''));
  }

  function hideProblems() {
    view.problems = null;
    $('problems').hidden = true;
  }

  // ---- scoring (with --edit) ----

  function fillScoring() {
    const data = view.data;
    $('scoring').hidden = !data.editable;
    if (!data.editable) return;
    for (const select of [$('score-from'), $('score-to')]) {
      const chosen = select.value;
      select.replaceChildren(...data.items.map((item) => option(item.id, item.name + ' (' + item.id + ')')));
      if (data.items.some((item) => item.id === chosen)) select.value = chosen;
    }
    const effects = $('score-effect');
    if (!effects.querySelector('input')) {
      for (const point of data.scale.slice().sort((a, b) => b.value - a.value)) {
        const label = el('label', null, 'effect');
        const input = el('input');
        input.type = 'radio';
        input.name = 'effect';
        input.value = String(point.value);
        label.append(input, el('span', signed(point.value) + ' ' + point.name + ': ' + point.meaning));
        effects.append(label);
      }
    }
    describeExisting();
  }

  function existing() {
    const from = $('score-from').value, to = $('score-to').value;
    return view.data.interactions.find((entry) => entry.from === from && entry.to === to);
  }

  function describeExisting() {
    const found = existing();
    $('score-existing').textContent = found
      ? 'Changes the interaction' + (found.line ? ' on line ' + found.line : '') + ', now ' + signed(found.effect)
      : 'Adds a new interaction.';
    if (!found) return;
    for (const input of $('score-effect').querySelectorAll('input')) input.checked = Number(input.value) === found.effect;
    $('score-confidence').value = found.confidence;
    $('score-because').value = found.because || '';
    $('score-evidence').value = found.evidence || '';
  }

  async function submitScore(event) {
    event.preventDefault();
    const chosen = $('score-effect').querySelector('input:checked');
    const result = $('score-result');
    if (!chosen) { result.textContent = 'Choose an effect on the scale.'; return; }
    const found = existing(), from = $('score-from').value, to = $('score-to').value;
    const because = $('score-because').value.trim(), evidence = $('score-evidence').value.trim();
    const body = { effect: Number(chosen.value), confidence: $('score-confidence').value };
    if (found) {
      // Only what the room changed, so the file's other lines of the interaction stay as written.
      if (body.effect === found.effect) delete body.effect;
      if (body.confidence === found.confidence) delete body.confidence;
      if (because !== (found.because || '')) body.because = because || null;
      if (evidence !== (found.evidence || '')) body.evidence = evidence || null;
      if (!Object.keys(body).length) { result.textContent = 'Nothing to save: the score is as written.'; return; }
    } else {
      Object.assign(body, { from, to });
      if (because) body.because = because;
      if (evidence) body.evidence = evidence;
    }
    const url = found ? '/api/interactions/' + encodeURIComponent(from) + '/' + encodeURIComponent(to) : '/api/interactions';
    result.textContent = 'Saving…';
    try {
      const response = await fetch(url, {
        method: found ? 'PATCH' : 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'If-Match': view.etag || '' }, body: JSON.stringify(body),
      });
      const answer = await response.json();
      if (response.ok) {
        result.textContent = 'Saved: ' + nameOf(from) + ' → ' + nameOf(to) + ' ' + answer.edit + '.';
        await load('update');
      } else if (response.status === 422 && answer.problems) {
        result.textContent = 'Not saved: ' + answer.problems.map((problem) => problem.message).join('; ');
      } else {
        result.textContent = 'Not saved: ' + answer.error;
        if (response.status === 409) await load('update');
      }
    } catch (error) {
      result.textContent = 'Not saved: ' + error.message;
    }
  }

  // ---- live updates ----

  function listen() {
    const events = new EventSource('/api/events');
    events.addEventListener('state', (event) => {
      const message = JSON.parse(event.data);
      hideProblems();
      if (!view.data || message.version !== view.data.version) load('update');
      else setStatus('Showing version ' + view.data.version + ' · live');
    });
    events.addEventListener('problems', (event) => showProblems(JSON.parse(event.data)));
    events.addEventListener('error', () => setStatus('Lost the connection to the server; retrying…'));
  }

  function start() {
    for (const id of ['level', 'clusterBy', 'engine']) {
      $(id).addEventListener('change', () => { view[id] = $(id).value; load('view'); });
    }
    $('depth').addEventListener('change', () => {
      view.depth = Number($('depth').value);
      if (view.selected) select(view.selected, false);
    });
    $('projector').addEventListener('click', () => {
      const on = document.body.classList.toggle('projector');
      $('projector').setAttribute('aria-pressed', String(on));
    });
    $('panel-close').addEventListener('click', () => closePanel(true));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !$('panel').hidden) { event.preventDefault(); closePanel(true); }
    });
    $('filters').addEventListener('input', applyFilters);
    $('filters').addEventListener('submit', (event) => event.preventDefault());
    $('score-from').addEventListener('change', describeExisting);
    $('score-to').addEventListener('change', describeExisting);
    $('score-form').addEventListener('submit', submitScore);
    setUpPanZoom();
    load('start').then(listen);
  }

  start();
})();
