/**
 * The .xlsx reader of `npm run data:update` on a workbook built part by part, with what other
 * writers than exceljs put in theirs: a namespace prefix on every element, workbook.xml as the
 * last entry, rich-text and phonetic runs in shared strings, inline strings, booleans, sparse
 * cells and rows, and sheets listed in another order than their part names.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../scripts/dataUpdate/workbook';

const dir = mkdtempSync(join(tmpdir(), 'workbook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function workbook(): Promise<string> {
  const zip = new JSZip();
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>Portland-Vancouver-Hillsboro, OR-WA</x:t></x:is></x:c>' +
      '<x:c r="B3"><x:v>0200006</x:v></x:c><x:c r="C3"><x:v>61890</x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c><x:c r="E3" t="s"/></x:row>' +
      '</x:sheetData></x:worksheet>',
  );
  zip.file(
    'xl/worksheets/sheet2.xml',
    `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row><c t="s"><v>2</v></c><c><v>1.94</v></c></row></sheetData></worksheet>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0"?><x:sst xmlns:x="${MAIN}">` +
      '<x:si><x:t>AREA</x:t></x:si>' +
      '<x:si><x:r><x:t>A_</x:t></x:r><x:r><x:t xml:space="preserve">MEDIAN</x:t></x:r><x:rPh sb="0" eb="1"><x:t>hint</x:t></x:rPh></x:si>' +
      '<x:si><x:t>Notes: São Paulo &amp; “#”</x:t></x:si></x:sst>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet2.xml"/>' +
      '<Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${RELS}"><x:sheets>` +
      '<x:sheet name="MSA_M2025_dl" sheetId="1" r:id="rId2"/><x:sheet name="Field Descriptions" sheetId="2" r:id="rId1"/></x:sheets></x:workbook>',
  );
  const path = join(dir, 'MSA_M2025_dl.xlsx');
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

describe('readWorkbook', () => {
  it('reads the sheets in workbook order, cells by their references', async () => {
    const sheets = await readWorkbook(await workbook());
    expect(sheets).toEqual([
      {
        position: 1,
        rows: [['AREA', null, 'A_MEDIAN'], [], ['Portland-Vancouver-Hillsboro, OR-WA', 200006, 61890, true]],
      },
      { position: 2, rows: [['Notes: São Paulo & “#”', 1.94]] },
    ]);
  });

  it('says which file is not a workbook', async () => {
    const path = join(dir, 'state_M2025_dl.xlsx');
    writeFileSync(path, 'AREA,AREA_TITLE\n');
    await expect(readWorkbook(path)).rejects.toThrow(/^state_M2025_dl\.xlsx: not an \.xlsx file/);
  });
});
