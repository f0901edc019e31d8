// Explanation paragraphs as passages the figure reader can scan: a sentence broken over a page
// (or a line the converter split) is joined back, and whitespace is dropped (`17981.68 万 元`,
// `2018 年`), while every character still knows the paragraph and offset it came from.

import type { TextParagraph } from '../model/disclosure';

export interface CharOrigin {
  paragraph: number;
  offset: number;
}

export interface Passage {
  /** Normalised text: whitespace dropped, except one space kept between two digits. */
  text: string;
  /** For each character of `text`, where it stands in `Disclosure.paragraphs`. */
  origins: CharOrigin[];
  paragraphs: number[];
}

/** The numbering a heading or a list item starts with, by kind (`一、`, `（一）`, `1．`, `（1）`). */
export type MarkerStyle = 'cn' | 'paren-cn' | 'num' | 'paren-num' | 'part' | 'none';

const MARKERS: Array<[MarkerStyle, RegExp]> = [
  ['part', /^第[一二三四五六七八九十\d]+部分/],
  ['paren-cn', /^[（(][一二三四五六七八九十]+[）)]、?/],
  ['paren-num', /^[（(]\d+[）)]、?/],
  ['cn', /^[一二三四五六七八九十]+[、．.]/],
  ['num', /^\d+[、．.](?!\d)/],
];

export function markerOf(text: string): { style: MarkerStyle; length: number } {
  for (const [style, pattern] of MARKERS) {
    const match = pattern.exec(text);
    if (match) return { style, length: match[0].length };
  }
  return { style: 'none', length: 0 };
}

const SENTENCE_END = /[。；;！？!?：:]$/;
const HEADING_END = /(?:说明|情况|表|概况|职责|设置|解释|事项|目标|措施|信息|附表|附件|部分|目录)[）)]?$/;
/** A run of characters other than whitespace (`\s` takes U+3000 and U+00A0 too). */
const WORD = /\S+/g;

/**
 * A paragraph continues in the next one when it stops mid-sentence: it does not end with closing
 * punctuation, the next one is not numbered, and it reads as a sentence rather than a heading.
 */
function continues(current: string, next: string): boolean {
  const text = current.trim();
  const following = next.trim();
  if (!text || !following) return false;
  if (SENTENCE_END.test(text) || markerOf(following.replace(/\s/g, '')).style !== 'none') return false;
  // A heading or a title stops without punctuation too: it is short, or ends like one.
  return /[，,。]/.test(text) || (text.replace(/\s/g, '').length >= 15 && !HEADING_END.test(text));
}

export function toPassages(paragraphs: TextParagraph[]): Passage[] {
  const passages: Passage[] = [];
  let current: Passage | null = null;
  paragraphs.forEach((paragraph, index) => {
    if (!current) {
      current = { text: '', origins: [], paragraphs: [] };
      passages.push(current);
    }
    current.paragraphs.push(index);
    appendWords(current, paragraph.text, index);
    const next = paragraphs[index + 1];
    if (!next || !continues(paragraph.text, next.text)) current = null;
  });
  return passages.filter((passage) => passage.text.length > 0);
}

/** The paragraph's words, without the whitespace between them, after the passage's text so far. */
function appendWords(passage: Passage, source: string, paragraph: number): void {
  let wordsEnd = 0;
  for (const { 0: word, index: start } of source.matchAll(WORD)) {
    // A space between two digits separates two numbers (chart data `329.27 460.66`).
    if (start > wordsEnd && /\d/.test(word[0]!) && /\d/.test(passage.text.at(-1) ?? '')) {
      passage.text += ' ';
      passage.origins.push({ paragraph, offset: wordsEnd });
    }
    passage.text += word;
    for (let offset = start; offset < start + word.length; offset++) passage.origins.push({ paragraph, offset });
    wordsEnd = start + word.length;
  }
}
