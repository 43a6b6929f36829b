// Draws the branch map as SVG: knot cards with their choices as coloured rows, curved edges to
// the knots each choice leads to, unreachable parts hatched. Every knot and choice is a
// keyboard-focusable button that jumps the editor to its line.
import type { StudioTranslate } from '../i18n/translate.ts';
import { h, s as svg } from '../../ui-kit/dom.ts';
import { formatSigned } from '../../ui-kit/locale-format.ts';
import type { BranchGraph, MapChoice, MapNode } from './branch-graph.ts';
import { LAYOUT, layoutGraph, routeEdge, widestRow } from './layout-graph.ts';

const charWidth = (ch: string): number => (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12.5 : 6.9);

/** Roughly how wide text is at the map's font size (CJK characters are about twice as wide). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Fits text to a width in pixels at the map's font size. */
export function fitText(text: string, width: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width) return `${out.trimEnd()}…`;
    used += w;
    out += ch;
  }
  return out;
}

function activate(el: SVGElement, label: string, line: number, onJump: (line: number) => void): void {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.setAttribute('data-line', String(line));
  el.addEventListener('click', () => onJump(line));
  el.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onJump(line);
    }
  });
}

const choiceY = (index: number): number => LAYOUT.header + LAYOUT.padding / 2 + index * LAYOUT.row;

export function renderBranchMap(root: HTMLElement, graph: BranchGraph, t: StudioTranslate, onJump: (line: number) => void): void {
  const legend = h('ul', { class: 'map-legend' },
    h('li', { class: 'legend legend--positive' }, t('legendPositive')),
    h('li', { class: 'legend legend--negative' }, t('legendNegative')),
    h('li', { class: 'legend legend--neutral' }, t('legendNeutral')),
    h('li', { class: 'legend legend--close' }, t('legendClose')),
    h('li', { class: 'legend legend--unreachable' }, t('legendUnreachable')));
  const hint = h('p', { class: 'muted small' }, t('mapHint'));
  const knots = graph.nodes.filter((n) => n.id !== graph.root);
  if (knots.length === 0) {
    root.replaceChildren(legend, h('p', { class: 'muted' }, t('mapEmpty')));
    return;
  }
  const inputs = graph.nodes.map((n) => ({ id: n.id, rows: n.choices.length }));
  const first = layoutGraph(inputs, graph.edges, graph.root);
  // Cards as wide as the panel allows (so choice texts show), within reason.
  const perRow = widestRow(first);
  const available = Math.max(0, root.clientWidth - 2) - LAYOUT.margin - LAYOUT.loopRoom - (perRow - 1) * LAYOUT.gapX;
  const nodeWidth = Math.round(Math.min(420, Math.max(240, available / perRow)));
  const layout = nodeWidth === LAYOUT.nodeWidth ? first : layoutGraph(inputs, graph.edges, graph.root, nodeWidth);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const canvas = svg('svg', {
    class: 'map-svg', width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: 'group', 'aria-label': t('tabMap'),
  });
  canvas.append(svg('defs', {},
    svg('marker', { id: 'map-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'map-arrowhead' })),
    svg('pattern', { id: 'map-hatch', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      svg('rect', { width: 8, height: 8, fill: '#f1f3f7' }),
      svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#d5dbe6', 'stroke-width': 3 }))));

  const edges = svg('g', { class: 'map-edges' });
  for (const e of graph.edges) {
    const from = layout.nodes.get(e.from);
    const to = layout.nodes.get(e.to);
    const source = byId.get(e.from);
    if (!from || !to || !source) continue;
    const choice = e.choice === null ? null : source.choices[e.choice];
    const kind = choice ? choice.worth : 'flow';
    const dead = source.unreachable || choice?.unreachable === true;
    const below = to.y > from.y + from.height;
    const d = e.choice !== null
      ? routeEdge(from.x + from.width - 8, from.y + choiceY(e.choice) + LAYOUT.row / 2 - 2, to)
      : below ? routeEdge(from.x + from.width / 2, from.y + from.height, to) : routeEdge(from.x + from.width, from.y + LAYOUT.header / 2, to);
    edges.append(svg('path', {
      d,
      class: `map-edge map-edge--${kind}${dead ? ' map-edge--dead' : ''}`, 'marker-end': 'url(#map-arrow)',
    }));
  }
  canvas.append(edges);

  for (const node of graph.nodes) {
    const place = layout.nodes.get(node.id);
    if (!place) continue;
    canvas.append(drawNode(node, place, node.id === graph.root ? t('mapStart') : node.id, t, onJump));
  }
  root.replaceChildren(legend, hint, h('div', { class: 'map-scroll' }, canvas));
}

function drawNode(node: MapNode, place: { x: number; y: number; width: number; height: number }, title: string, t: StudioTranslate, onJump: (line: number) => void): SVGGElement {
  const group = svg('g', {
    class: `map-node${node.unreachable ? ' map-node--unreachable' : ''}`, transform: `translate(${place.x},${place.y})`, 'data-knot': node.id,
  });
  group.append(svg('rect', { class: 'map-card', width: place.width, height: place.height, rx: 10, fill: node.unreachable ? 'url(#map-hatch)' : undefined }));
  const header = svg('g', { class: 'map-header' },
    svg('rect', { class: 'map-header-bg', width: place.width, height: LAYOUT.header, rx: 10 }),
    svg('text', { x: 12, y: 22, class: 'map-title' }, fitText(title, place.width - 60)),
    svg('text', { x: place.width - 10, y: 22, class: 'map-line', 'text-anchor': 'end' }, `${node.line}`),
    svg('title', {}, `${title} · ${t('line', { n: node.line })}${node.unreachable ? ` · ${t('legendUnreachable')}` : ''}`));
  activate(header, `${title}, ${t('line', { n: node.line })}${node.unreachable ? `, ${t('legendUnreachable')}` : ''}`, node.line, onJump);
  group.append(header);
  node.choices.forEach((choice, i) => group.append(drawChoice(choice, i, place.width, t, onJump)));
  return group;
}

function drawChoice(choice: MapChoice, index: number, width: number, t: StudioTranslate, onJump: (line: number) => void): SVGGElement {
  const indent = (choice.depth - 1) * 12;
  const y = choiceY(index);
  const ending = choice.outcomes.length > 0 ? choice.outcomes.map((o) => t.find(`outcome.${o}`) ?? o).join(', ') : '';
  const badge = ending === '' ? 0 : Math.min(110, 12 + textWidth(ending) * 0.9);
  const g = svg('g', {
    class: `map-choice map-choice--${choice.worth}${choice.unreachable ? ' map-choice--unreachable' : ''}${choice.close ? ' map-choice--close' : ''}`,
    transform: `translate(${8 + indent},${y})`,
  });
  const w = width - 16 - indent;
  g.append(svg('rect', { class: 'map-choice-bg', width: w, height: LAYOUT.row - 4, rx: 6 }));
  g.append(svg('rect', { class: 'map-choice-mark', width: 4, height: LAYOUT.row - 4, rx: 2 }));
  const points = choice.points === 0 ? '' : formatSigned(choice.points, t.language);
  g.append(svg('text', { x: 10, y: 15, class: 'map-choice-text' }, fitText(`${choice.close ? '◆ ' : ''}${choice.label}`, w - 40 - badge)));
  if (points) g.append(svg('text', { x: w - 6 - badge, y: 15, class: 'map-choice-points', 'text-anchor': 'end' }, points));
  if (ending) {
    g.append(svg('rect', { class: 'map-end-bg', x: w - badge - 2, y: 3, width: badge, height: LAYOUT.row - 10, rx: 4 }));
    g.append(svg('text', { x: w - badge / 2 - 2, y: 14, class: 'map-end', 'text-anchor': 'middle' }, fitText(ending, (badge - 6) / 0.88)));
  }
  const label = `${choice.label}${points ? ` (${points})` : ''}${ending ? `, ${t('ends', { outcome: ending })}` : ''}${choice.unreachable ? `, ${t('legendUnreachable')}` : ''} · ${t('line', { n: choice.line })}`;
  g.append(svg('title', {}, label));
  activate(g, label, choice.line, onJump);
  return g;
}
