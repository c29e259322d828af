/**
 * The charts the add-on inserted. Sheets draws them; the preview sketches them in SVG over the
 * grid, each at its anchor cell and of the size the add-on set, from the cells they read.
 */
import { cellAt, positionIn, tdAt } from './cells';
import { shown } from './cellText';
import { elements } from './elements';
import { view } from './view';
import type { BarChartSpec, LineChartSpec } from '../../../src/addon/workbook/workbook';

const SVG = 'http://www.w3.org/2000/svg';
const BAR_COLOUR = '#4285f4';
// Sheets' default series colours, in order: five ways in side by side each get their own.
const LINE_COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'] as const;

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name) as SVGElement;
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
  return element;
}

function svgText(attributes: Record<string, string | number>, text: string): SVGElement {
  const element = svgElement('text', attributes);
  element.textContent = text;
  return element;
}

function figureAt(title: string, svg: SVGElement, width: number, height: number): HTMLElement {
  const figure = document.createElement('figure');
  figure.append(Object.assign(document.createElement('h2'), { textContent: title }), svg);
  figure.style.width = width + 'px';
  figure.style.height = height + 'px';
  return figure;
}

/** A bar per row whose value is a number, labelled with the row's label and its amount as shown. */
function barChart(spec: BarChartSpec): HTMLElement {
  const bars: { label: string; value: number; text: string }[] = [];
  for (let i = 0; i < spec.values.rows; i++) {
    const label = cellAt(spec.labels.row + i, spec.labels.column);
    const value = cellAt(spec.values.row + i, spec.values.column);
    if (value && typeof value.value === 'number') bars.push({ label: label ? shown(label) : '', value: value.value, text: shown(value) });
  }
  const max = Math.max(1, ...bars.map((b) => b.value));
  // The chart's size as the add-on set it; the labels take 150 px and the amounts 70.
  const inner = spec.width - 26;
  const svg = svgElement('svg', { width: inner, height: bars.length * 20 + 4, role: 'img', 'aria-label': spec.title });
  bars.forEach((b, i) => {
    const y = i * 20;
    const width = Math.max(1, (b.value / max) * (inner - 150 - 70));
    const label = svgText({ x: 0, y: y + 14 }, b.label.length > 24 ? b.label.slice(0, 23) + '…' : b.label);
    const amount = svgText({ x: 150 + width + 4, y: y + 14 }, b.text);
    svg.append(label, svgElement('rect', { x: 150, y: y + 4, height: 14, width, fill: BAR_COLOUR }), amount);
  });
  const figure = figureAt(spec.title, svg, spec.width, spec.height);
  const anchor = tdAt(spec.anchorRow, spec.anchorColumn);
  if (anchor) {
    const at = positionIn(anchor);
    figure.style.top = at.top + 'px';
    figure.style.left = at.left + spec.offsetX + 'px';
  }
  return figure;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * A line chart as the add-on inserted it: one line per series over the domain's years, each
 * blank cell a gap (Sheets does not bridge it either), each figure also a dot so a year
 * standing alone between gaps still shows.
 */
function lineChart(spec: LineChartSpec): HTMLElement {
  const width = spec.width - 26;
  const height = spec.height - 40;
  const left = 56;
  // Room under the axis for the year labels and one legend line per series.
  const bottom = height - 22 - 14 * spec.series.length;
  const xs: (number | undefined)[] = [];
  for (let i = 1; i < spec.domain.rows; i++) {
    const cell = cellAt(spec.domain.row + i, spec.domain.column);
    xs.push(cell && typeof cell.value === 'number' ? cell.value : undefined);
  }
  const series = spec.series.map((range) => {
    const header = cellAt(range.row, range.column);
    const points = xs.map((x, i): Point | undefined => {
      const cell = cellAt(range.row + 1 + i, range.column);
      return x !== undefined && cell && typeof cell.value === 'number' ? { x, y: cell.value } : undefined;
    });
    return { name: header ? shown(header) : '', points };
  });
  const all = series.flatMap((s) => s.points.filter((p): p is Point => p !== undefined));
  const svg = svgElement('svg', { width, height, role: 'img', 'aria-label': spec.title });
  if (all.length > 0) drawLines(svg, { xs, series, all, width, left, bottom });
  return lineFigure(spec, svg);
}

function drawLines(
  svg: SVGElement,
  chart: {
    xs: readonly (number | undefined)[];
    series: readonly { name: string; points: readonly (Point | undefined)[] }[];
    all: readonly Point[];
    width: number;
    left: number;
    bottom: number;
  },
): void {
  const { xs, series, all, width, left, bottom } = chart;
  const known = xs.filter((x): x is number => x !== undefined);
  const [x0, x1] = [Math.min(...known), Math.max(...known)];
  const ys = all.map((p) => p.y);
  // Pay starts the axis a little below its lowest figure; a cumulative net below zero (tuition paid) a little below that.
  const [low, high] = [Math.min(...ys), Math.max(...ys)];
  const [y0, y1] = [low >= 0 ? low * 0.95 : low - (high - low) * 0.05, high >= 0 ? high * 1.03 : high + (high - low) * 0.03];
  const px = (x: number) => left + ((x - x0) / Math.max(1, x1 - x0)) * (width - left - 30);
  const py = (y: number) => bottom - ((y - y0) / Math.max(1, y1 - y0)) * (bottom - 8);
  svg.append(svgElement('line', { class: 'axis', x1: left, y1: bottom, x2: width - 10, y2: bottom }));
  svg.append(svgElement('line', { class: 'axis', x1: left, y1: 8, x2: left, y2: bottom }));
  for (let k = 0; k <= 3; k++) {
    const y = y0 + ((y1 - y0) * k) / 3;
    const thousands = Math.round(y / 1000);
    svg.append(svgText({ x: 2, y: py(y) + 4 }, (thousands < 0 ? '-$' : '$') + Math.abs(thousands) + 'k'));
  }
  const step = Math.max(1, Math.ceil(known.length / 8));
  known.forEach((x, i) => {
    if (i % step !== 0 && x !== x1) return;
    svg.append(svgText({ x: px(x) - 12, y: bottom + 14 }, String(x)));
  });
  series.forEach((s, k) => {
    const colour = LINE_COLOURS[k % LINE_COLOURS.length]!;
    let run: Point[] = [];
    const flush = () => {
      if (run.length > 1)
        svg.append(
          svgElement('polyline', {
            points: run.map((p) => px(p.x) + ',' + py(p.y)).join(' '),
            fill: 'none',
            stroke: colour,
            'stroke-width': 2,
          }),
        );
      run = [];
    };
    for (const p of s.points) {
      if (!p) {
        flush();
        continue;
      }
      run.push(p);
      svg.append(svgElement('circle', { cx: px(p.x), cy: py(p.y), r: 2.5, fill: colour }));
    }
    flush();
    // The legend: the series' colour as a short line, then its name, as Sheets draws a line chart's legend.
    const legendY = bottom + 30 + 14 * k;
    svg.append(
      svgElement('line', {
        class: 'legend-swatch',
        x1: left,
        y1: legendY - 4,
        x2: left + 16,
        y2: legendY - 4,
        stroke: colour,
        'stroke-width': 3,
      }),
    );
    svg.append(svgText({ x: left + 22, y: legendY }, s.name));
  });
}

function lineFigure(spec: LineChartSpec, svg: SVGElement): HTMLElement {
  const figure = figureAt(spec.title, svg, spec.width, spec.height);
  figure.style.boxSizing = 'border-box';
  const anchor = tdAt(spec.anchorRow, spec.anchorColumn);
  if (anchor) {
    const at = positionIn(anchor);
    figure.style.top = at.top + 'px';
    figure.style.left = at.left + 'px';
  }
  return figure;
}

export function renderCharts(): void {
  elements.charts.replaceChildren(...view.sheet.charts.map(barChart), ...view.sheet.lineCharts.map(lineChart));
}
