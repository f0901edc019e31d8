// What assembling the tables did, as the report's reading notes: one message per kind of event
// and table (a table continued over five pages gets one note naming the pages, not five).

import type { TableAssemblyCode, Message } from '../model/document';
import type { AssemblyEvent, LogicalTable } from './assemble-tables';

/** Words for one kind of event, given the table's name (`《title》`, or `第 3 张表格`) and the events. */
type Describe = (table: string, events: AssemblyEvent[]) => string;

function pagesOf(events: AssemblyEvent[]): number[] {
  return [...new Set(events.flatMap((event) => (event.page === null ? [] : [event.page])))];
}

/** `第 3、4 页`, or '' when no page is known (DOCX, HTML, text). */
function onPages(events: AssemblyEvent[]): string {
  const pages = pagesOf(events);
  return pages.length ? `第 ${pages.join('、')} 页` : '';
}

function inParentheses(text: string): string {
  return text ? `（${text}）` : '';
}

function quoted(events: AssemblyEvent[]): string {
  return events.map((event) => `“${event.detail ?? ''}”`).join('、');
}

const DESCRIBE: Record<TableAssemblyCode, Describe> = {
  'contents-table-skipped': (_table, events) =>
    `${onPages(events) ? `${onPages(events)}的` : ''}目录表格未作为数据表读取。`,
  'continuation-merged': (table, events) =>
    onPages(events) ? `${onPages(events)}的续表已并入${table}。` : `${table}分成几段印出，已合为一张表。`,
  'repeated-header-dropped': (table, events) => `${table}的续表${inParentheses(onPages(events))}重复印出的表头已略去。`,
  'header-continued': (table, events) =>
    `${table}的表头在${onPages(events) || '下一段'}接着印完，已与前面的表头合为一个表头。`,
  'split-row-joined': (table, events) =>
    `${table}中被分页截断的 ${events.length} 行已接回上一页的行${inParentheses(onPages(events))}：${quoted(events)}。`,
  'total-row-aligned': (table, events) =>
    `${table}末尾单独画成一格的合计行${inParentheses(onPages(events))}已按表格的最后几列对齐。`,
  'title-guessed': (table, events) =>
    `${table}${inParentheses(onPages(events))}没有可识别的表名，已按它前面的文字命名为${quoted(events)}。`,
  'title-missing': (table, events) => `${table}${inParentheses(onPages(events))}没有表名。`,
};

/** A title the table was only given by guessing is no name to point at it with. */
function nameOf(tables: LogicalTable[], index: number | null, code: TableAssemblyCode): string {
  if (index === null) return '';
  const title = tables[index]?.title;
  return title && code !== 'title-guessed' ? `《${title}》` : `第 ${index + 1} 张表格`;
}

/** The events as messages, grouped by kind and table in the order they first happened. */
export function extractMessages(events: AssemblyEvent[], tables: LogicalTable[]): Message[] {
  const groups = new Map<string, AssemblyEvent[]>();
  for (const event of events) {
    const key = `${event.code}:${event.table ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return [...groups.values()].map((group) => {
    const [{ code, table }] = group as [AssemblyEvent];
    const message: Message = { stage: 'extract', code, message: DESCRIBE[code](nameOf(tables, table, code), group) };
    const [page] = pagesOf(group);
    if (table !== null) message.table = table;
    if (page !== undefined) message.page = page;
    return message;
  });
}
