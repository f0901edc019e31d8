// Every shape a document's report has had under the schema id `mingzhang/report@1`, rebuilt from
// today's report by taking away what was added since (newest first, each with the commit that
// added it): what an export or a stored record of any earlier page holds.

import type { DocumentReport } from '../../src/lib/model/report';

export type Json = Record<string, unknown>;

const without = (value: unknown, ...keys: string[]): Json =>
  Object.fromEntries(Object.entries(value as Json).filter(([key]) => !keys.includes(key)));
const mapList = (report: Json, field: string, change: (item: unknown) => unknown): Json => ({
  ...report,
  [field]: (report[field] as unknown[]).map(change),
});

/** What each commit added to a document's report, newest first; undone one after another. */
export const ADDITIONS: { commit: string; added: string; undo: (report: Json) => Json }[] = [
  { commit: 'e968bd6', added: 'the user’s metaCorrection', undo: (report) => without(report, 'metaCorrection') },
  {
    commit: '5fc1e6b',
    added: 'notes’ details',
    undo: (report) => mapList(report, 'warnings', (note) => without(note, 'details')),
  },
  {
    commit: 'c98c08c',
    added: 'findings’ materiality',
    undo: (report) => mapList(report, 'findings', (finding) => without(finding, 'materiality')),
  },
  {
    commit: 'a5aef27',
    added: 'tables’ org',
    undo: (report) => mapList(report, 'tables', (table) => without(table, 'org')),
  },
  { commit: '4968f7c', added: 'reviews', undo: (report) => without(report, 'reviews') },
  {
    commit: '7f9ccb9',
    added: 'meta.documentType',
    undo: (report) => ({ ...report, meta: without(report.meta, 'documentType') }),
  },
  {
    commit: '321a313',
    added: 'findings’ messageId, data and type',
    undo: (report) => mapList(report, 'findings', (finding) => without(finding, 'messageId', 'data', 'type')),
  },
  {
    commit: 'caca543',
    added: 'notes’ stage, table and paragraph',
    undo: (report) => mapList(report, 'warnings', (note) => without(note, 'stage', 'table', 'paragraph')),
  },
  {
    commit: 'e6a03f5',
    added: 'paragraphs and cell boxes',
    undo: (report) =>
      mapList(without(report, 'paragraphs'), 'tables', (table) =>
        mapList(table as Json, 'rows', (row) => without(row, 'boxes', 'nameBox')),
      ),
  },
];

/** The report as the page wrote it just before `ADDITIONS[index]` was made. */
export function shapeBefore(report: DocumentReport, index: number): Json {
  return ADDITIONS.slice(0, index + 1).reduce((shape, { undo }) => undo(shape), report as unknown as Json);
}
