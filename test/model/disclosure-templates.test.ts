// The template recogniser picks each real file's family from its own titles and wording, and a
// template's data says which tables it owes (Jiangsu 2017–2019: no 国有资本经营 table).

import { describe, expect, it } from 'vitest';
import { recogniseTemplate, requiredTables } from '../../src/lib/model/disclosure-templates';
import { disclosures, type DocumentId } from '../helpers/disclosures';

const CASES: Array<[DocumentId, string | null]> = [
  ['000', 'county-nine-tables'],
  ['002', 'county-nine-tables'],
  ['004', 'department-final-accounts'],
  ['court2017', 'jiangsu-provincial-budget'],
  ['court2018', 'jiangsu-provincial-budget'],
  ['court2019', 'jiangsu-provincial-budget'],
  ['procuratorate2017', 'jiangsu-provincial-budget'],
  ['partyOfficeTables', 'jiangsu-provincial-budget'],
  ['partyOfficeText', 'jiangsu-provincial-budget'],
  ['wanli2024', 'shanghai-district-budget'],
  ['putuoFinal2024', 'department-final-accounts'],
];

describe('recogniseTemplate', () => {
  it.each(CASES)('reads %s as %s', async (id, expected) => {
    const [disclosure] = await disclosures(id);
    expect(recogniseTemplate(disclosure!)?.id ?? null).toBe(expected);
  });

  it('does not assume the Jiangsu template outside the years it was seen (省法院2018 read as 2021)', async () => {
    const [court2018] = await disclosures('court2018');
    expect(recogniseTemplate({ ...court2018!, meta: { ...court2018!.meta, year: 2021 } })).toBeNull();
  });

  it('owes eight tables in the Jiangsu template, nine when the template is unknown', async () => {
    const [court2018] = await disclosures('court2018');
    expect(requiredTables(recogniseTemplate(court2018!))).not.toContain('state-capital-expenditure');
    expect(requiredTables(recogniseTemplate(court2018!))).toHaveLength(8);
    expect(requiredTables(null)).toHaveLength(9);
  });
});
