/**
 * The career plan page: area, experience now, a plan such as "CPC:0, CRC:3", and options; Build
 * plan writes the year-by-year path, the payback of each credential and the area's wage trend
 * on a new sheet. The server parses and checks every field again.
 */
import type { CareerPlanRequest } from '../addon/requests';
import { byId, option } from './dom';
import type { SidebarPage } from './page';
import { server } from './serverCall';
import { whileWorking } from './working';

function careerRequest(): CareerPlanRequest {
  const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(id).value;
  const growth = value('career-growth').trim();
  return {
    area: value('career-area'),
    years: value('career-years'),
    plan: value('career-plan'),
    horizon: value('career-horizon'),
    role: value('career-role'),
    setting: value('career-setting'),
    // The field is in percent; the server reads "2%" as 0.02.
    growth: growth === '' ? '' : `${growth}%`,
    prepCost: value('career-prep'),
    monthsToStart: value('career-start'),
    output: (document.querySelector<HTMLInputElement>('input[name="career-output"]:checked')?.value ?? 'values') as 'values' | 'formulas',
    title: value('career-title'),
  };
}

export const careerPage: SidebarPage = {
  name: 'career',
  wire: () => {
    byId('career-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void whileWorking('build-plan', 'career-status', 'Building…', async () => (await server.buildCareerPlan(careerRequest())).message);
    });
  },
  fill: (options) => {
    byId('career-areas').replaceChildren(...options.states.map((s) => option(s.code, `${s.name} (${s.code})`)));
    byId('career-role').replaceChildren(...options.roles.map((r) => option(r.value, r.label, r.value === 'coder')));
    byId('career-setting').replaceChildren(...options.settings.map((s) => option(s.value, s.label, s.value === 'any')));
    byId('career-plan-credentials').textContent = `Credentials: ${options.credentials.map((c) => c.code).join(', ')}.`;
    byId<HTMLInputElement>('career-title').maxLength = options.limits.maxTitle;
  },
};
