// Reads the figures and claims of the explanation text: every amount or percentage with the
// subject words right before it, its unit as printed, its year, and what it is said to be (a
// value, a change on the previous year, a growth rate, a share), linked to the figures it is
// about. Pure: no tables are read here; the text rules compare.

import type { Disclosure, Unit } from '../model/disclosure';
import type { NarrativeMessageCode } from '../model/document';
import type { TextLocation } from '../model/finding';
import {
  type FigureRelation,
  type FigureSubject,
  type NarrativeFigure,
  THREE_PUBLIC_PARTS,
} from '../model/narrative-figure';
import { markerOf, originOf, toPassages, type MarkerStyle, type Passage } from './passages';
import { classifySubject, isGeneric } from './subjects';

/** A number (thousands separators allowed) and its unit; `万` alone is 万元 unless a word follows (`万人`). */
const AMOUNT = /(?<![\d.,A-Za-z])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|万(?![\u4e00-\u9fff])|元|%|％)/g;
const CLAUSE_BREAKS = '，,。；;！？!?';
const SENTENCE_BREAKS = '。！？!?';
const CLAUSE_BREAK = new RegExp(`[${CLAUSE_BREAKS}]`);
const SENTENCE_BREAK = new RegExp(`[${SENTENCE_BREAKS}]`);
const INCREASE = /增加了?|增长了?|上升|提高|增幅/g;
const DECREASE = /减少了?|下降了?|降低了?|压减|降幅|小于/g;
const CHANGE_WORD = /增加|增长|上升|提高|增幅|减少|下降|降低|压减|降幅|小于/;
/** A year the sentence is about (`2021年`), not one it compares with (`比2020年`, `截至2020年12月`). */
const YEAR = /(?<![比较与同至到自止])(20\d\d)年(?!\d+月)/g;
/** `上年预算安排为0万元`, `较上年123829.67万元`: a previous-year value (not `与去年同期相比节约…`). */
const PREVIOUS_YEAR =
  /^(?:上年|去年|上一年)(?!结转|结余)|(?<![与比较同])(?:上年|去年|上一年)(?!结转|结余)|(?:上年|去年|上一年)(?:度|末|预算数?|决算数?|同期|的)*$/;
const LIST_WORDS = ['其中', '包括', '主要为', '以下方面'];
/** What opens or closes lists: a sentence break, a `；`, a list word. */
const LIST_MARK = new RegExp(`${SENTENCE_BREAK.source}|[；;]|${LIST_WORDS.join('|')}`, 'g');
/** A clause that sums what came before it (`…国际化发展50.00万，合计1170.00万`): a whole, never one more part. */
const CLOSING_TOTAL = /^(?:以上|上述|各项|两项|三项|[，,、\s])*(?:合计|共计|总计|累计)/;
/** In a 决算: the full-year (adjusted) budget, told apart from the 年初 budget. */
const ADJUSTED_BUDGET = /全年预算|调整(?:后)?预算/;
const INITIAL_BUDGET = /年初预算|预算数|预算为/;
const FISCAL_SCOPED: ReadonlySet<FigureSubject> = new Set(['basic', 'personnel', 'public-use', 'project']);

interface Token {
  index: number;
  end: number;
  amount: string;
  unit: Unit | '%';
}

interface Carried {
  parent: number;
  style: MarkerStyle | null;
}

/** The marks as character codes: scanning back by code makes no one-character string per step. */
function charCodes(marks: string): ReadonlySet<number> {
  return new Set([...marks].map((mark) => mark.charCodeAt(0)));
}

const CLAUSE_BREAK_CODES = charCodes(CLAUSE_BREAKS);
const SENTENCE_BREAK_CODES = charCodes(SENTENCE_BREAKS);

/** The last of the marks in `text` from `from` up to `before`, or -1. */
function lastIndexOfAny(text: string, codes: ReadonlySet<number>, before: number, from: number): number {
  for (let i = before - 1; i >= from; i--) if (codes.has(text.charCodeAt(i))) return i;
  return -1;
}

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found = match;
  return found;
}

function tokensOf(passage: Passage): Token[] {
  const tokens: Token[] = [];
  AMOUNT.lastIndex = 0;
  for (let match = AMOUNT.exec(passage.text); match; match = AMOUNT.exec(passage.text)) {
    const printedUnit = match[3]!;
    tokens.push({
      index: match.index,
      end: match.index + match[0].length,
      amount: match[1]!.replace(/,/g, '') + (match[2] ?? ''),
      unit: printedUnit.startsWith('万') ? '万元' : printedUnit === '元' ? '元' : '%',
    });
  }
  return tokens;
}

function locate(disclosure: Disclosure, passage: Passage, token: Token): TextLocation {
  const first = originOf(passage, token.index);
  const last = originOf(passage, token.end - 1);
  const paragraph = disclosure.paragraphs[first.paragraph]!;
  // A unit carried over to the next paragraph (`1051.89 万` | `元`) ends the range with the paragraph.
  const end = last.paragraph === first.paragraph ? last.offset + 1 : paragraph.text.length;
  return {
    type: 'text',
    paragraph: first.paragraph,
    start: first.offset,
    end,
    quote: paragraph.text.slice(first.offset, end),
    page: paragraph.page,
  };
}

/** The year a value belongs to: the last year the sentence names before it, else the document's. */
function yearOf(sentence: string, documentYear: number | null): number | null {
  const match = lastMatch(sentence, YEAR);
  return match ? Number(match[1]) : documentYear;
}

/** The passage is a list item: it starts with a value's own words (`（一）人员经费 9710.42 万元`). */
function startsWithValue(passage: Passage, first: Token | undefined, markerLength: number): boolean {
  if (!first || first.unit === '%') return false;
  const lead = passage.text.slice(markerLength, first.index);
  return !CLAUSE_BREAK.test(lead) && !CHANGE_WORD.test(lead) && !lead.includes('占');
}

/** What one amount is said to be, from the words of its own clause and sentence alone. */
interface Claim {
  token: Token;
  relation: FigureRelation;
  /** The clause before the amount. */
  lead: string;
  /** The words naming the subject: the lead without its change word (`基本支出比上年` of `…增加`). */
  subjectLead: string;
  /** The sentence up to the amount. */
  sentence: string;
  /** For a share: the words naming the whole (`占本年支出合计的` → `本年支出合计`). */
  wholeLabel?: string;
}

/**
 * The claim an amount makes: a value, a change, a rate or a share, by the words of its clause.
 * Null for a percentage that is no claim about amounts (完成预算100%, 参保率90%).
 */
function classifyClaim(text: string, token: Token, clauseStart: number, sentenceStart: number): Claim | null {
  const lead = text.slice(clauseStart, token.index);
  const sentence = text.slice(sentenceStart, token.index);
  const up = lastMatch(lead, INCREASE);
  const down = lastMatch(lead, DECREASE);
  if (token.unit === '%') {
    const share = lead.lastIndexOf('占');
    if (share >= 0 && share >= (up?.index ?? -1) && share >= (down?.index ?? -1)) {
      const wholeLabel = lead.slice(share + 1).replace(/的$/, '');
      return { token, relation: 'share', lead, subjectLead: lead, sentence, wholeLabel };
    }
    if (up && (!down || up.index > down.index))
      return { token, relation: 'growth-rate', lead, subjectLead: lead, sentence };
    if (down) return { token, relation: 'decline-rate', lead, subjectLead: lead, sentence };
    return null;
  }
  const change = up && (!down || up.index > down.index) ? up : down;
  if (!change) return { token, relation: 'value', lead, subjectLead: lead, sentence };
  const relation = change === up ? 'increase' : 'decrease';
  return { token, relation, lead, subjectLead: lead.slice(0, change.index), sentence };
}

/** What linking a claim needs: the figures so far, this passage's, and the list it may stand in. */
interface LinkContext {
  figures: NarrativeFigure[];
  /** Indexes of this passage's figures, in order. */
  passageFigures: number[];
  /** The open lists, innermost last: the value each one's items are parts of. */
  stack: number[];
  /** The sentence the claim stands in, as `passage:offset`, and that of each figure so far. */
  sentence: string;
  sentenceOf: string[];
  documentYear: number | null;
  isFinalAccounts: boolean;
}

/** The figure stands in the same sentence as the claim being linked. */
function inSentence(context: LinkContext, index: number): boolean {
  return context.sentenceOf[index] === context.sentence;
}

/** A value: its subject (else the subject of the value before it), year, money and basis, and its list. */
function linkValue(claim: Claim, location: TextLocation, context: LinkContext): NarrativeFigure {
  const { figures, passageFigures, stack } = context;
  const { lead } = claim;
  let match = classifySubject(lead);
  if (!match) {
    // `支出决算为0.00万元`, `2024年预算安排25.77万元`: the subject of the value before it.
    const before = passageFigures.findLast((i) => figures[i]!.relation === 'value');
    match =
      before !== undefined
        ? { subject: figures[before]!.subject, label: figures[before]!.label }
        : { subject: 'other', label: '' };
  }
  let year = yearOf(claim.sentence, context.documentYear);
  if (PREVIOUS_YEAR.test(lead) && year !== null) year -= 1;
  const figure: NarrativeFigure = {
    subject: match.subject,
    label: match.label,
    relation: claim.relation,
    amount: claim.token.amount,
    unit: claim.token.unit,
    year,
    location,
  };
  if (/财政拨款|一般公共预算/.test(lead) && FISCAL_SCOPED.has(match.subject)) figure.fiscal = true;
  if (context.isFinalAccounts) {
    if (ADJUSTED_BUDGET.test(lead)) figure.basis = 'adjusted-budget';
    else if (INITIAL_BUDGET.test(lead)) figure.basis = 'budget';
  }
  const parent = stack.at(-1);
  if (parent !== undefined) {
    figure.parent = parent;
    if (figures[parent]!.fiscal && FISCAL_SCOPED.has(figure.subject)) figure.fiscal = true;
  }
  return figure;
}

/**
 * The parts a closing 合计 (`…国际化发展50.00万，合计1170.00万`) adds up: those of the open list, else
 * the values of its sentence; fewer than two, and it is no closing total (`10批次，共计支出0.45万元`
 * restates the value before it).
 */
function partsClosedBy(claim: Claim, context: LinkContext): number[] {
  const { figures, passageFigures, stack } = context;
  const year = yearOf(claim.sentence, context.documentYear);
  const list = stack.at(-1);
  const parts =
    list !== undefined
      ? figures.flatMap((figure, index) => (figure.parent === list && figure.relation === 'value' ? [index] : []))
      : passageFigures.filter((index) => {
          const figure = figures[index]!;
          return (
            inSentence(context, index) && figure.relation === 'value' && figure.parent === undefined && !figure.sums
          );
        });
  const sameYear = parts.filter((index) => figures[index]!.year === year);
  return sameYear.length >= 2 ? sameYear : [];
}

/** A closing 合计: the sum of the parts before it, and never one more part of their list. */
function closingTotal(claim: Claim, location: TextLocation, context: LinkContext, label: string, sums: number[]) {
  const figure: NarrativeFigure = {
    subject: 'other',
    label,
    relation: 'value',
    amount: claim.token.amount,
    unit: claim.token.unit,
    year: yearOf(claim.sentence, context.documentYear),
    location,
    sums,
  };
  const bases = new Set(sums.map((index) => context.figures[index]!.basis));
  const [basis] = bases;
  if (bases.size === 1 && basis) figure.basis = basis;
  return figure;
}

/** A change, rate or share: the value (or change) it is about, whose subject and year it takes. */
function linkChange(claim: Claim, location: TextLocation, context: LinkContext): NarrativeFigure {
  const { figures, passageFigures } = context;
  const { relation, subjectLead } = claim;
  const explicit =
    relation === 'increase' || relation === 'decrease'
      ? isGeneric(subjectLead)
        ? null
        : classifySubject(subjectLead)
      : null;
  // A value of a year before the latest the passage names is a previous-year value, not current.
  const latestYear = latestYearOf(figures, passageFigures);
  const currentValues = passageFigures
    .filter((i) => {
      const { relation, year } = figures[i]!;
      return relation === 'value' && (year === null || year >= latestYear);
    })
    .reverse();
  let of: number | undefined;
  let changeOf: number | undefined;
  if (relation === 'share') {
    of = currentValues.find((i) => inSentence(context, i));
  } else if (relation === 'growth-rate' || relation === 'decline-rate') {
    changeOf = passageFigures.findLast(
      (i) => inSentence(context, i) && ['increase', 'decrease'].includes(figures[i]!.relation),
    );
    of = changeOf !== undefined ? figures[changeOf]!.of : currentValues.find((i) => inSentence(context, i));
  } else if (explicit) {
    of = currentValues.find(
      (i) =>
        figures[i]!.subject === explicit.subject &&
        (explicit.subject !== 'other' || figures[i]!.label === explicit.label),
    );
  } else {
    of = currentValues[0];
    // `…；公务接待费0.00万元。与2023年相比增加0.00万元`: a new sentence is about the list's whole.
    while (
      of !== undefined &&
      !inSentence(context, of) &&
      figures[of]!.parent !== undefined &&
      passageFigures.includes(figures[of]!.parent!)
    ) {
      of = figures[of]!.parent;
    }
  }
  const about = of !== undefined ? figures[of]! : changeOf !== undefined ? figures[changeOf]! : undefined;
  const figure: NarrativeFigure = {
    subject: explicit?.subject ?? about?.subject ?? 'other',
    label: explicit?.label ?? about?.label ?? '',
    relation,
    amount: claim.token.amount,
    unit: claim.token.unit,
    year: about?.year ?? yearOf(claim.sentence, context.documentYear),
    location,
  };
  if (about?.fiscal) figure.fiscal = true;
  if (about?.basis) figure.basis = about.basis;
  if (of !== undefined) figure.of = of;
  if (changeOf !== undefined) figure.change = changeOf;
  if (claim.wholeLabel !== undefined) {
    figure.wholeLabel = claim.wholeLabel;
    const whole = wholeOf(claim.wholeLabel, figures, of, figure.year);
    if (whole !== undefined) figure.whole = whole;
  }
  return figure;
}

/** The open lists after the words between two amounts: a sentence closes all, `；` all but the outermost. */
function updateListStack(between: string, stack: number[], lastValue: number | undefined): number[] {
  let open = stack;
  for (const { 0: mark, index } of between.matchAll(LIST_MARK)) {
    if (SENTENCE_BREAK.test(mark)) open = [];
    else if (mark === '；' || mark === ';') open = open.slice(0, 1);
    else if (between[index - 1] !== '不' && lastValue !== undefined && open.at(-1) !== lastValue) {
      open = [...open, lastValue];
    }
  }
  return open;
}

/** A figure whose words could not be read: what it is about, or what it is compared with. */
export interface UnreadFigure {
  code: Extract<NarrativeMessageCode, 'amount-subject-unknown' | 'change-unlinked'>;
  figure: number;
}

/** The figures, and those of them the reader could not tell the subject or the comparison of. */
export function readFiguresAndGaps(disclosure: Disclosure): { figures: NarrativeFigure[]; unread: UnreadFigure[] } {
  const figures: NarrativeFigure[] = [];
  const unread: UnreadFigure[] = [];
  const documentYear = disclosure.meta.year;
  const isFinalAccounts = disclosure.meta.kind === '决算';
  let carried: Carried[] = [];

  /** The sentence each figure stands in, as `passage:offset`. */
  const sentenceOf: string[] = [];

  for (const [passageIndex, passage] of toPassages(disclosure.paragraphs).entries()) {
    const text = passage.text;
    const tokens = tokensOf(passage);
    const marker = markerOf(text);
    const passageFigures: number[] = [];
    let stack: number[] = [];

    // A list introduced by a passage ending in 其中：/包括： goes on in the numbered passages after it.
    if (carried.length > 0 && startsWithValue(passage, tokens[0], marker.length)) {
      while (carried.length > 0 && carried.at(-1)!.style !== null && carried.at(-1)!.style !== marker.style)
        carried.pop();
      if (carried.length > 0) {
        carried.at(-1)!.style ??= marker.style;
        stack = [carried.at(-1)!.parent];
      }
    } else {
      carried = [];
    }

    let previousEnd = 0;
    let sentenceStart = 0;
    let lastValue: number | undefined;
    for (const token of tokens) {
      // Lists opened and closed since the previous amount.
      stack = updateListStack(text.slice(previousEnd, token.index), stack, lastValue);
      // Breaks are only looked for since the previous amount (whose own characters hold no sentence
      // break): scanning back to the passage's start for every amount made long passages quadratic.
      const clauseStart = Math.max(previousEnd, lastIndexOfAny(text, CLAUSE_BREAK_CODES, token.index, previousEnd) + 1);
      const sentenceBreak = lastIndexOfAny(text, SENTENCE_BREAK_CODES, token.index, previousEnd);
      if (sentenceBreak >= 0) sentenceStart = sentenceBreak + 1;
      previousEnd = token.end;
      const claim = classifyClaim(text, token, clauseStart, sentenceStart);
      if (!claim) continue;

      const sentenceKey = `${passageIndex}:${sentenceStart}`;
      const context: LinkContext = {
        figures,
        passageFigures,
        stack,
        sentence: sentenceKey,
        sentenceOf,
        documentYear,
        isFinalAccounts,
      };
      const location = locate(disclosure, passage, token);
      const index = figures.length;
      const closing = claim.relation === 'value' ? CLOSING_TOTAL.exec(claim.lead) : null;
      const sums = closing ? partsClosedBy(claim, context) : [];
      let figure: NarrativeFigure;
      if (closing && sums.length > 0) {
        figure = closingTotal(claim, location, context, closing[0].replace(/^[，,、\s]+/, ''), sums);
        // The list is closed: what follows is no longer one of its parts.
        stack = stack.slice(0, -1);
      } else {
        figure =
          claim.relation === 'value' ? linkValue(claim, location, context) : linkChange(claim, location, context);
      }
      figures.push(figure);
      if (claim.relation === 'value') lastValue = index;
      passageFigures.push(index);
      sentenceOf[index] = sentenceKey;
      const gap = gapOf(figure);
      if (gap) unread.push({ code: gap, figure: index });
    }

    linkPrevious(figures, passageFigures, sentenceOf);

    // A passage ending in 其中：/包括： opens a list the next passages continue.
    if (/(?:其中|包括)[:：]?$/.test(text) && lastValue !== undefined) carried.push({ parent: lastValue, style: null });
  }
  return { figures, unread };
}

/**
 * A value nothing names, or a change in amount tied to no value: the rules cannot compare them.
 * An unlinked rate is left out: it is mostly not about money (`药品费用降幅达62%`).
 */
function gapOf(figure: NarrativeFigure): UnreadFigure['code'] | null {
  if (figure.subject !== 'other' || figure.label !== '') return null;
  if (figure.relation === 'value') return 'amount-subject-unknown';
  const unlinked = figure.of === undefined && figure.change === undefined;
  return unlinked && figure.unit !== '%' ? 'change-unlinked' : null;
}

export function readFigures(disclosure: Disclosure): NarrativeFigure[] {
  return readFiguresAndGaps(disclosure).figures;
}

/** The latest year the figures name, or -Infinity when they name none. */
function latestYearOf(figures: NarrativeFigure[], passageFigures: number[]): number {
  let latest = -Infinity;
  for (const i of passageFigures) latest = Math.max(latest, figures[i]!.year ?? -Infinity);
  return latest;
}

/** The whole a share is of: the value the words name (`本年支出合计`), else the list the part is in. */
function wholeOf(
  wholeLabel: string,
  figures: NarrativeFigure[],
  of: number | undefined,
  year: number | null,
): number | undefined {
  const named = wholeLabel ? classifySubject(wholeLabel) : null;
  if (named && named.subject !== 'other') {
    for (let i = figures.length - 1; i >= 0; i--) {
      const figure = figures[i]!;
      if (figure.relation === 'value' && figure.subject === named.subject && figure.year === year && i !== of) return i;
    }
    return undefined;
  }
  if (of === undefined) return undefined;
  const part = figures[of]!;
  if (part.parent !== undefined) return part.parent;
  // `因公出国（境）费支出决算0万元，占0%`: a 三公 part's share is of the 三公 total stated for that year.
  if (THREE_PUBLIC_PARTS.has(part.subject)) {
    for (let i = figures.length - 1; i >= 0; i--) {
      const figure = figures[i]!;
      if (
        figure.relation === 'value' &&
        figure.subject === 'three-public' &&
        figure.year === year &&
        figure.basis === part.basis
      )
        return i;
    }
  }
  return undefined;
}

/** A value and the previous-year value of the same subject stated beside it (`较上年123829.67万元`). */
function linkPrevious(figures: NarrativeFigure[], passageFigures: number[], sentenceOf: string[]): void {
  for (const index of passageFigures) {
    const figure = figures[index]!;
    if (figure.relation !== 'value' || figure.year === null) continue;
    // The nearest candidate, the earlier on a tie: found in one pass, since a passage may hold scores of values.
    let nearest: number | undefined;
    for (const i of passageFigures) {
      const other = figures[i]!;
      if (other.relation !== 'value' || other.year !== figure.year - 1 || other.subject !== figure.subject) continue;
      if (other.basis !== figure.basis || Boolean(other.fiscal) !== Boolean(figure.fiscal)) continue;
      if (figure.subject === 'other' && sentenceOf[i] !== sentenceOf[index]) continue;
      if (nearest === undefined || Math.abs(i - index) < Math.abs(nearest - index)) nearest = i;
    }
    if (nearest !== undefined) figure.previous = nearest;
  }
}
