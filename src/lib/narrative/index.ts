// The explanation text read: its figures, and notes on what of it could not be read — amounts
// nothing names, changes tied to no amount, chart captions without readable data.

import type { Disclosure } from '../model/disclosure';
import type { Message, NarrativeMessageCode } from '../model/document';
import type { NarrativeFigure } from '../model/narrative-figure';
import { readChartsAndGaps } from './read-chart-data';
import { readFiguresAndGaps, type UnreadFigure } from './read-figures';

export interface NarrativeReading {
  figures: NarrativeFigure[];
  messages: Message[];
}

/** How many amounts a message quotes before it only counts the rest. */
const MAX_QUOTES = 3;

/** `说明文字第 86 段`, or `说明文字第 86–96 段` for a run of paragraphs. */
function paragraphsName(first: number, last: number): string {
  return first === last ? `说明文字第 ${first + 1} 段` : `说明文字第 ${first + 1}–${last + 1} 段`;
}

/**
 * One message per kind and run of consecutive paragraphs (a 决算 explains each 项 in a paragraph
 * of its own, and one that names none of them would otherwise give a message per paragraph).
 */
function unreadFigureMessages(figures: NarrativeFigure[], unread: UnreadFigure[]): Message[] {
  const runs: UnreadFigure[][] = [];
  for (const gap of unread) {
    const run = runs.find((candidate) => {
      const last = candidate.at(-1)!;
      const step = figures[gap.figure]!.location.paragraph - figures[last.figure]!.location.paragraph;
      return last.code === gap.code && (step === 0 || step === 1);
    });
    if (run) run.push(gap);
    else runs.push([gap]);
  }
  const describe: Record<UnreadFigure['code'], string> = {
    'amount-subject-unknown': '未能判断说的是哪一项',
    'change-unlinked': '未能对应到它所比较的金额',
  };
  return runs.map((run) => {
    const [first, last] = [figures[run[0]!.figure]!.location, figures[run.at(-1)!.figure]!.location];
    const quotes = run
      .slice(0, MAX_QUOTES)
      .map((gap) => `“${figures[gap.figure]!.location.quote}”`)
      .join('、');
    const rest = run.length > MAX_QUOTES ? `等 ${run.length} 个金额` : '';
    const code = run[0]!.code;
    const text = `${paragraphsName(first.paragraph, last.paragraph)}的${quotes}${rest}${describe[code]}。`;
    const message: Message = { stage: 'narrative', code, message: text, paragraph: first.paragraph };
    if (first.page !== null) message.page = first.page;
    return message;
  });
}

function chartMessage(disclosure: Disclosure, caption: number): Message {
  const code: NarrativeMessageCode = 'chart-data-unreadable';
  const { text, page } = disclosure.paragraphs[caption]!;
  const message: Message = {
    stage: 'narrative',
    code,
    message: `图表“${text.trim()}”后面没有可读的数据（图表可能是图片），未能核对。`,
    paragraph: caption,
  };
  if (page !== null) message.page = page;
  return message;
}

export function readNarrative(disclosure: Disclosure): NarrativeReading {
  const { figures, unread } = readFiguresAndGaps(disclosure);
  const { unreadable } = readChartsAndGaps(disclosure.paragraphs);
  return {
    figures,
    messages: [
      ...unreadFigureMessages(figures, unread),
      ...unreadable.map((caption) => chartMessage(disclosure, caption)),
    ],
  };
}
