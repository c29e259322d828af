/**
 * The career page, in two modes. One plan: area, experience now, a plan such as "CPC:0, CRC:3",
 * and options; Build plan writes the year-by-year path, the payback of each credential and the
 * area's wage trend on a new sheet. Ways in: up to five plans side by side (PATH_COMPARE), the
 * first the one the others must overtake, prefilled with the ways in a student asks about first.
 * The server parses and checks every field again.
 */
import type { CareerPlanRequest, WaysInRequest } from '../addon/requests';
import { byId, option } from './dom';
import type { SidebarPage } from './page';
import { server } from './serverCall';
import { whileWorking } from './working';

const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(id).value;
const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
/** The growth fields are in percent; the server reads "2%" as 0.02. */
const percent = (id: string) => (value(id).trim() === '' ? '' : `${value(id).trim()}%`);
const output = (name: string) => (checked(name) === 'formulas' ? 'formulas' : 'values');

function careerRequest(): CareerPlanRequest {
  return {
    area: value('career-area'),
    years: value('career-years'),
    plan: value('career-plan'),
    horizon: value('career-horizon'),
    role: value('career-role'),
    setting: value('career-setting'),
    growth: percent('career-growth'),
    prepCost: value('career-prep'),
    monthsToStart: value('career-start'),
    output: output('career-output'),
    title: value('career-title'),
  };
}

const wayBoxes = () => [...document.querySelectorAll<HTMLInputElement>('#ways-form input.way')];

function waysRequest(): WaysInRequest {
  return {
    area: value('ways-area'),
    years: value('ways-years'),
    // Every box as typed: the server reads a blank first box as straight to work and leaves later blanks out.
    plans: wayBoxes().map((box) => box.value),
    horizon: value('ways-horizon'),
    growth: percent('ways-growth'),
    whileStudying: byId<HTMLInputElement>('ways-studying').checked,
    output: output('ways-output'),
    title: value('ways-title'),
  };
}

function showMode(): void {
  const ways = checked('career-mode') === 'ways';
  byId('career-form').hidden = ways;
  byId('ways-form').hidden = !ways;
}

export const careerPage: SidebarPage = {
  name: 'career',
  wire: () => {
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="career-mode"]'))
      radio.addEventListener('change', showMode);
    showMode();
    byId('career-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void whileWorking('build-plan', 'career-status', 'Building…', async () => (await server.buildCareerPlan(careerRequest())).message);
    });
    byId('ways-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void whileWorking('build-ways', 'ways-status', 'Comparing…', async () => (await server.buildWaysIn(waysRequest())).message);
    });
  },
  fill: (options) => {
    byId('career-areas').replaceChildren(...options.states.map((s) => option(s.code, `${s.name} (${s.code})`)));
    byId('career-role').replaceChildren(...options.roles.map((r) => option(r.value, r.label, r.value === 'coder')));
    byId('career-setting').replaceChildren(...options.settings.map((s) => option(s.value, s.label, s.value === 'any')));
    byId('career-plan-credentials').textContent = `Credentials: ${options.credentials.map((c) => c.code).join(', ')}.`;
    byId<HTMLInputElement>('career-title').maxLength = options.limits.maxTitle;
    byId<HTMLInputElement>('ways-title').maxLength = options.limits.maxTitle;
    // The default ways in, each box once: what a person has typed since stays.
    wayBoxes().forEach((box, i) => {
      if (box.value === '') box.value = options.waysIn[i] ?? '';
    });
  },
};
