// Chinese words for reading notes (a report's `warnings`), shared by the page and the CLI: the
// stage that wrote each, and what in the report it points at.

import type { Message, MessageStage } from './document';

export const STAGE_NAMES: Record<MessageStage, string> = {
  read: '读取文件',
  extract: '识别表格',
  narrative: '阅读说明文字',
};

/** The notes by stage, in the order the stages run; stages without notes are left out. */
export function notesByStage(messages: readonly Message[]): Array<{ stage: MessageStage; messages: Message[] }> {
  return (Object.keys(STAGE_NAMES) as MessageStage[])
    .map((stage) => ({ stage, messages: messages.filter((message) => message.stage === stage) }))
    .filter((group) => group.messages.length > 0);
}

/** `第 2 张表《收入总表》 · 第 5 页`, `说明文字第 86 段 · 第 22 页`; '' when it points at nothing. */
export function describeNotePlace(message: Message, tables: ReadonlyArray<{ title: string }>): string {
  const places: string[] = [];
  if (message.table !== undefined) {
    const title = tables[message.table]?.title;
    places.push(`第 ${message.table + 1} 张表${title ? `《${title}》` : ''}`);
  }
  if (message.paragraph !== undefined) places.push(`说明文字第 ${message.paragraph + 1} 段`);
  if (message.page !== undefined) places.push(`第 ${message.page} 页`);
  return places.join(' · ');
}
