// The Fiscal Data Package of real reports: complete descriptor, every model reference backed by a
// CSV field, leaf rows only, exact amounts, and 类/款/项 codes that nest.

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  hasFiscalData,
  toFiscalDataPackage,
  zipFiscalDataPackage,
  type FiscalDataPackageFiles,
} from '../../src/lib/export/fiscal-data-package';
import { SEED_IDS, seedReport } from './real-reports';

function csvRows(text: string): string[][] {
  // NOTE: FDP CSVs hold codes, names and amounts; names with commas would be quoted.
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

function expectValidPackage({ descriptor, csv }: FiscalDataPackageFiles): void {
  expect(descriptor.profile).toBe('fiscal-data-package');
  expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
  expect(descriptor.title.length).toBeGreaterThan(0);
  expect(descriptor.resources.length).toBeGreaterThan(0);
  const fieldsOf = new Map(
    descriptor.resources.map((resource) => [resource.name, resource.schema.fields.map((field) => field.name)]),
  );
  for (const resource of descriptor.resources) {
    expect(resource.path in csv).toBe(true);
    expect(csvRows(csv[resource.path]!)[0]).toEqual(fieldsOf.get(resource.name));
  }
  for (const measure of Object.values(descriptor.model.measures)) {
    expect(fieldsOf.get(measure.resource)).toContain(measure.source);
    expect(measure.currency).toBe('CNY');
  }
  for (const dimension of Object.values(descriptor.model.dimensions)) {
    const attributes = dimension.attributes;
    for (const key of dimension.primaryKey) expect(attributes).toHaveProperty(key);
    for (const attribute of Object.values(attributes)) {
      expect(fieldsOf.get(attribute.resource)).toContain(attribute.source);
      if (attribute.parent) expect(attributes).toHaveProperty(attribute.parent);
      if (attribute.labelfor) expect(attributes).toHaveProperty(attribute.labelfor);
    }
  }
}

describe('Fiscal Data Package', () => {
  it('describes the classified tables of every seed report that has them', async () => {
    let packages = 0;
    for (const id of SEED_IDS) {
      const report = await seedReport(id);
      const built = toFiscalDataPackage(report);
      const coded = report.tables.some(
        (table) => /expenditure|income-summary/.test(table.kind) && table.rows.some((row) => row.code !== null),
      );
      expect(built !== null, `seed ${id}`).toBe(coded);
      expect(hasFiscalData(report), `seed ${id}: the toolbar's check agrees with the builder`).toBe(coded);
      if (built) {
        packages += 1;
        expectValidPackage(built);
      }
    }
    expect(packages).toBeGreaterThanOrEqual(3);
  });

  it('writes the deepest coded rows with amounts exactly as printed and nesting 类/款/项 codes', async () => {
    const report = await seedReport('002');
    const { descriptor, csv } = toFiscalDataPackage(report)!;
    const resource = descriptor.resources.find((candidate) => candidate.name.endsWith('general-budget-expenditure'))!;
    const table = report.tables.find((candidate) => candidate.title === resource.title)!;
    const [header = [], ...rows] = csvRows(csv[resource.path]!);
    const column = (name: string) => header.indexOf(name);
    const leaves = table.rows.filter(
      (row) =>
        row.code !== null && !table.rows.some((other) => other.code !== row.code && other.code?.startsWith(row.code!)),
    );
    expect(rows).toHaveLength(leaves.length);
    expect(rows.length).toBeGreaterThan(3);
    const amountColumns = resource.schema.fields.filter((field) => field.columnType === 'value');
    rows.forEach((row, at) => {
      const leaf = leaves[at]!;
      expect(row[column('fiscal_year')]).toBe('2024');
      const [klass = '', section = '', item = ''] = ['class_code', 'section_code', 'item_code'].map(
        (name) => row[column(name)],
      );
      expect(klass).toMatch(/^2\d\d$/);
      if (section) expect(section.startsWith(klass) && section.length === 5).toBe(true);
      if (item) expect(item.startsWith(section) && item.length === 7).toBe(true);
      expect([klass, section, item].filter(Boolean).at(-1)).toBe(leaf.code);
      amountColumns.forEach((field, index) => {
        const printed = leaf.cells[table.columns[index]!];
        expect(row[column(field.name)]).toBe(printed ?? '');
        if (printed) expect(row[column(field.name)]).toMatch(/^-?\d+(\.\d+)?$/);
      });
    });
    const measures = Object.values(descriptor.model.measures).filter((measure) => measure.resource === resource.name);
    expect(measures.map((measure) => measure.title)).toEqual(table.columns);
    expect(
      measures.every(
        (measure) => measure.factor === 10000 && measure.phase === 'approved' && measure.direction === 'expenditure',
      ),
    ).toBe(true);
    expect(descriptor.fiscalPeriod).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('marks revenue tables as revenue and reads the economic classification in two levels', async () => {
    const { descriptor } = toFiscalDataPackage(await seedReport('002'))!;
    const measures = Object.values(descriptor.model.measures);
    const income = descriptor.resources.find((resource) => resource.name.endsWith('income-summary'))!;
    const directions = new Set(measures.map((measure) => `${measure.resource === income.name}:${measure.direction}`));
    expect([...directions].sort()).toEqual(['false:expenditure', 'true:revenue']);
    const economic = Object.values(descriptor.model.dimensions).filter(
      (dimension) => dimension.classificationType === 'economic',
    );
    expect(economic.length).toBeGreaterThan(0);
    for (const dimension of economic) expect(dimension.primaryKey).toEqual(['class_code', 'item_code']);
  });

  it('marks a 决算 as executed and leaves the phase out when the kind is unknown', async () => {
    const report = await seedReport('002');
    const phases = (kind: '决算' | null) =>
      new Set(
        Object.values(
          toFiscalDataPackage({ ...report, meta: { ...report.meta, kind } })!.descriptor.model.measures,
        ).map((measure) => measure.phase),
      );
    expect(phases('决算')).toEqual(new Set(['executed']));
    expect(phases(null)).toEqual(new Set([undefined]));
  });

  it('zips datapackage.json beside the CSVs', async () => {
    const built = toFiscalDataPackage(await seedReport('003'))!;
    const files = unzipSync(zipFiscalDataPackage(built));
    expect(JSON.parse(strFromU8(files['datapackage.json']!))).toEqual(built.descriptor);
    for (const resource of built.descriptor.resources)
      expect(strFromU8(files[resource.path]!)).toBe(built.csv[resource.path]);
  });
});
