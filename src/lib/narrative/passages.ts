// Explanation paragraphs as passages the figure reader can scan: a sentence broken over a page
// (or a line the converter split) is joined back, and whitespace is dropped (`17981.68 万 元`,
// `2018 年`), while every character still knows the paragraph and offset it came from.

import type { TextParagraph } from '../model/disclosure';

export interface CharOrigin {
  paragraph: number;
  offset: number;
}

/** A stretch of a passage's text copied unbroken from one paragraph: a word, or a kept space. */
interface Piece {
  /** Where it starts in the passage's text. */
  start: number;
  paragraph: number;
  /** Where it starts in the paragraph's text. */
  offset: number;
}

export interface Passage {
  /** Normalised text: whitespace dropped, except one space kept between two digits. */
  text: string;
  /**
   * Where the text comes from, in order. NOTE: one entry per word rather than per character: a
   * passage holds thousands of characters and only the few that amounts stand on are looked up.
   */
  pieces: Piece[];
  paragraphs: number[];
}

/** Where character `index` of the passage's text stands in `Disclosure.paragraphs`. */
export function originOf(passage: Passage, index: number): CharOrigin {
  // The last piece starting at or before `index` (a passage has a few pieces: the words of its paragraphs).
  let k = passage.pieces.length - 1;
  while (k > 0 && passage.pieces[k]!.start > index) k--;
  const piece = passage.pieces[k]!;
  return { paragraph: piece.paragraph, offset: piece.offset + index - piece.start };
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
  let lastWord = '';
  paragraphs.forEach((paragraph, index) => {
    if (!current) {
      current = { text: '', pieces: [], paragraphs: [] };
      passages.push(current);
      lastWord = '';
    }
    current.paragraphs.push(index);
    lastWord = appendWords(current, paragraph.text, index, lastWord);
    const next = paragraphs[index + 1];
    if (!next || !continues(paragraph.text, next.text)) current = null;
  });
  return passages.filter((passage) => passage.text.length > 0);
}

const DIGIT = /\d/;

/**
 * The paragraph's words, without the whitespace between them, after the passage's text so far,
 * whose last word is `lastWord`; returns the new last word. NOTE: the last word is passed along
 * because reading the end of the text being built would copy all of it again for every word.
 */
function appendWords(passage: Passage, source: string, paragraph: number, lastWord: string): string {
  let wordsEnd = 0;
  let last = lastWord;
  for (const { 0: word, index: start } of source.matchAll(WORD)) {
    // A space between two digits separates two numbers (chart data `329.27 460.66`).
    if (start > wordsEnd && DIGIT.test(word[0]!) && DIGIT.test(last.at(-1) ?? '')) {
      passage.pieces.push({ start: passage.text.length, paragraph, offset: wordsEnd });
      passage.text += ' ';
    }
    passage.pieces.push({ start: passage.text.length, paragraph, offset: start });
    passage.text += word;
    wordsEnd = start + word.length;
    last = word;
  }
  return last;
}
