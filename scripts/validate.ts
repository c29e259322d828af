/**
 * `npm run validate`: the estimate against published figures, held out and calibration apart, as a table
 * with a summary line (scripts/validation/). `npm run validate -- --write` also rewrites README's
 * "How good are the estimates" table and docs/VALIDATION.md; test/validation/ fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReferenceModule } from './generateData';
import { readPublishedFigures } from './validation/publishedFigures';
import { runValidation } from './validation/comparisons';
import { experienceFit } from './validation/experienceFit';
import { consoleReport, readmeWithValidation, validationDocument } from './validation/report';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const README = join(ROOT, 'README.md');
export const VALIDATION_DOC = join(ROOT, 'docs', 'VALIDATION.md');

async function main(): Promise<void> {
  // The model reads the generated data module: a fresh clone has none until it is generated.
  generateReferenceModule();
  const { productModel } = await import('./validation/productModel');
  const figures = readPublishedFigures();
  const report = runValidation(productModel, figures);
  const fit = experienceFit(figures);
  console.log(consoleReport(report, fit));
  if (process.argv.includes('--write')) {
    writeFileSync(README, readmeWithValidation(readFileSync(README, 'utf8'), report));
    writeFileSync(VALIDATION_DOC, validationDocument(report, fit));
    console.log('\nREADME.md "How good are the estimates" and docs/VALIDATION.md updated');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
