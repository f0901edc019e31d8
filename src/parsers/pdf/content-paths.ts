// The drawing of a page's content stream, read for its paths alone: the operators that build and
// paint paths (m l c v y h re, S s f F f* B B* b b* n), the graphics state stack and transforms
// (q Q cm) and form XObjects (Do). Text, fonts, colours and images are skipped without being
// interpreted, which is what makes this cheaper than pdf.js's operator list (that one builds every
// glyph's outline as a side effect of `disableFontFace`). It hands its sink what the operator list
// would: pdf.js's paint operator codes and path data (float32, pdf.js's DrawOPS layout).

import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Matrix = [number, number, number, number, number, number];

/** What a page's drawing tells its reader, in the order the content stream draws it. */
export interface PathSink {
  save(): void;
  restore(): void;
  transform(matrix: Matrix): void;
  /** A form XObject begins: its /Matrix (float32, as pdf.js gives it), or null for identity. */
  beginForm(matrix: ArrayLike<number> | null): void;
  endForm(): void;
  /**
   * A painted (or ended) path, pdf.js's constructPath: paint operator and DrawOPS data, the first
   * `length` values of the reader's own buffer, valid only during the call.
   */
  path(paintOp: number, data: Float32Array, length: number): void;
}

/** A form XObject named by `Do`, as the page-stream reader resolves it. */
export interface FormXObject {
  /** Tells the same form apart when it is drawn from within itself (pdf.js skips such cycles). */
  key: unknown;
  content: Uint8Array;
  matrix: Float32Array | null;
  resources: unknown;
}

export type ResolveForm = (name: string, resources: unknown) => FormXObject | null;

// pdf.js's DrawOPS, the layout of constructPath's path data.
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_CLOSE = 4;

/** pdf.js's paint operator codes, by keyword. */
const PAINT_OPS: ReadonlyArray<[string, number]> = [
  ['S', OPS.stroke],
  ['s', OPS.closeStroke],
  ['f', OPS.fill],
  ['F', OPS.fill],
  ['f*', OPS.eoFill],
  ['B', OPS.fillStroke],
  ['B*', OPS.eoFillStroke],
  ['b', OPS.closeFillStroke],
  ['b*', OPS.closeEOFillStroke],
  ['n', OPS.endPath],
];
const CLOSING_PAINT = new Set<number>([OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** The operators read here; a paint operator is Op.Paint + its index in PAINT_OPS. */
const enum Op {
  None,
  Save,
  Restore,
  Transform,
  Rectangle,
  MoveTo,
  LineTo,
  CurveTo,
  CurveToV,
  CurveToY,
  ClosePath,
  DrawXObject,
  /** `ID`: an inline image's data follows, after one white byte. */
  InlineImageData,
  /** `BT`: a text object, up to its `ET`. */
  BeginText,
  Paint,
}

const KEYWORDS: ReadonlyArray<readonly [string, Op]> = [
  ['q', Op.Save],
  ['Q', Op.Restore],
  ['cm', Op.Transform],
  ['re', Op.Rectangle],
  ['m', Op.MoveTo],
  ['l', Op.LineTo],
  ['c', Op.CurveTo],
  ['v', Op.CurveToV],
  ['y', Op.CurveToY],
  ['h', Op.ClosePath],
  ['Do', Op.DrawXObject],
  ['ID', Op.InlineImageData],
  ['BT', Op.BeginText],
  ...PAINT_OPS.map(([paint], k): [string, Op] => [paint, Op.Paint + k]),
];

/**
 * Each operator of one or two bytes, at `b0 | b1 << 8`: every operator read here is that short,
 * and the thousands of text and colour operators pass with one look-up and no string made.
 */
const OPERATORS = new Uint8Array(1 << 16);
for (const [keyword, op] of KEYWORDS) OPERATORS[keyword.charCodeAt(0) | ((keyword.charCodeAt(1) || 0) << 8)] = op;

const enum Char {
  Tab = 0x09,
  LineFeed = 0x0a,
  FormFeed = 0x0c,
  Return = 0x0d,
  Space = 0x20,
  Hash = 0x23,
  Percent = 0x25,
  OpenParen = 0x28,
  CloseParen = 0x29,
  Plus = 0x2b,
  Minus = 0x2d,
  Dot = 0x2e,
  Slash = 0x2f,
  Zero = 0x30,
  Nine = 0x39,
  Less = 0x3c,
  Greater = 0x3e,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
}

const WHITE = 1;
const DELIMITER = 2;
/** Each byte's class, looked up once per byte: the tokenizer runs over every byte of every page. */
const BYTE_CLASS = new Uint8Array(256);
for (const byte of [Char.Space, Char.LineFeed, Char.Return, Char.Tab, 0, Char.FormFeed]) BYTE_CLASS[byte] = WHITE;
for (const byte of [
  Char.OpenParen,
  Char.CloseParen,
  Char.Less,
  Char.Greater,
  Char.OpenBracket,
  Char.CloseBracket,
  Char.OpenBrace,
  Char.CloseBrace,
  Char.Slash,
  Char.Percent,
]) {
  BYTE_CLASS[byte] = DELIMITER;
}

/**
 * The bytes a text object is scanned for (skipTextObject): what opens a string, comment or name,
 * the `E` of `ET`, and the first letter of each operator read here; all others pass unread.
 */
const TEXT_OBJECT_STOPS = new Uint8Array(256);
for (const byte of [Char.OpenParen, Char.Percent, Char.Less, Char.Slash, 0x45]) TEXT_OBJECT_STOPS[byte] = 1;
for (const [keyword] of KEYWORDS) TEXT_OBJECT_STOPS[keyword.charCodeAt(0)] = 1;

const isWhite = (byte: number) => BYTE_CLASS[byte] === WHITE;
const isDelimiter = (byte: number) => BYTE_CLASS[byte] === DELIMITER;
const isRegular = (byte: number) => BYTE_CLASS[byte] === 0;

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/** The end of a literal string opened at `start` (balanced parentheses, backslash escapes). */
function skipLiteralString(bytes: Uint8Array, start: number): number {
  let depth = 1;
  let i = start + 1;
  while (i < bytes.length && depth > 0) {
    const byte = bytes[i++]!;
    if (byte === Char.Backslash) i++;
    else if (byte === Char.OpenParen) depth++;
    else if (byte === Char.CloseParen) depth--;
  }
  return i;
}

/** The end of a comment that starts at `start`: the line's end. */
function skipComment(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length && bytes[i] !== Char.LineFeed && bytes[i] !== Char.Return) i++;
  return i;
}

/** The end of a hex string opened at `start`, past its `>`. */
function skipHexString(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length && bytes[i] !== Char.Greater) i++;
  return i + 1;
}

/** A name token's text, its #xx escapes decoded (`/Fm#200` is `Fm 0`). */
function readName(bytes: Uint8Array, start: number, end: number): string {
  let name = '';
  for (let i = start; i < end; i++) {
    const high = bytes[i] === Char.Hash && i + 2 < end ? hexValue(bytes[i + 1]!) : -1;
    const low = high >= 0 ? hexValue(bytes[i + 2]!) : -1;
    if (low >= 0) {
      name += String.fromCharCode(high * 16 + low);
      i += 2;
    } else {
      name += String.fromCharCode(bytes[i]!);
    }
  }
  return name;
}

/** Where the regular token (number, operator or keyword) that begins at `start` ends. */
function regularTokenEnd(bytes: Uint8Array, start: number): number {
  let end = start + 1;
  while (end < bytes.length && isRegular(bytes[end]!)) end++;
  return end;
}

/** After `ID` and one white byte: the position past the inline image's data and its `EI`. */
function skipInlineImage(bytes: Uint8Array, start: number): number {
  for (let i = start; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0x45 || bytes[i + 1] !== 0x49) continue; // "EI"
    const before = i === start || isWhite(bytes[i - 1]!);
    const after = i + 2 >= bytes.length || isWhite(bytes[i + 2]!);
    if (before && after) return i + 2;
  }
  return bytes.length;
}

/** The operator read here that a regular token from `start` to `end` is, if any. */
function operatorAt(bytes: Uint8Array, start: number, end: number): Op {
  // Operators are at most three letters long, and every one read here at most two.
  return end - start > 2 ? Op.None : OPERATORS[bytes[start]! | ((end - start > 1 ? bytes[start + 1]! : 0) << 8)]!;
}

/**
 * Past the `ET` of the text object whose `BT` ends at `start`, when nothing in it is read here;
 * else `start`, for the text object to be read token by token. A table page's stream is mostly
 * text objects (fonts, positions, glyph strings), whose operands are then passed over without
 * being kept. Paths are not allowed inside a text object (PDF 32000 §8.2, figure 9), but pdf.js
 * draws those that some writers put there anyway, and so does this reader. The tokens are cut
 * exactly as read() cuts them, so that the `ET` found is the one it would find.
 */
function skipTextObject(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (!TEXT_OBJECT_STOPS[byte]) i++;
    else if (byte === Char.Percent) i = skipComment(bytes, i);
    else if (byte === Char.OpenParen) i = skipLiteralString(bytes, i);
    else if (byte === Char.Slash) i = regularTokenEnd(bytes, i);
    else if (byte === Char.Less) i = bytes[i + 1] === Char.Less ? i + 2 : skipHexString(bytes, i);
    // A letter within a token (the m of Tm): tokens begin after white space or a delimiter.
    else if (isRegular(bytes[i - 1]!)) i++;
    else {
      const end = regularTokenEnd(bytes, i);
      if (end - i === 2 && byte === 0x45 && bytes[i + 1] === 0x54) return end; // "ET"
      if (operatorAt(bytes, i, end) !== Op.None) return start;
      i = end;
    }
  }
  return i;
}

/** One content stream's path state, as pdf.js keeps it: each form XObject starts a path of its own. */
class PathReader {
  /**
   * The path being built, float32 as pdf.js stores it: q and Q keep it (pdf.js shares one buffer
   * through the state stack). One buffer, grown as needed and reused from path to path.
   */
  private buffer = new Float32Array(64);
  private length = 0;
  /** The current point at each q not yet restored, x then y. */
  private readonly savedPoints: number[] = [];
  /** Saves not yet restored: pdf.js restores them at the end of the stream (closePendingRestoreOPS). */
  private pendingSaves = 0;

  constructor(
    private readonly sink: PathSink,
    private readonly resolveForm: ResolveForm,
    /** The current point, which v needs; Q goes back to the one before q. */
    private currentX = 0,
    private currentY = 0,
  ) {}

  /**
   * Operands since the last operator: each number token's value, NaN for anything else. With the
   * text objects passed over, nearly every number left is a path's. Only the last name is kept
   * (as byte offsets), for Do.
   */
  private readonly operands: number[] = [];
  /** How many of `operands` are current: reset to 0 rather than truncating the array, which is slow. */
  private count = 0;
  private nameAt = -1;
  private nameStart = 0;
  private nameEnd = 0;
  /** The operands taken by takeNumbers. */
  private readonly numbers: number[] = [0, 0, 0, 0, 0, 0];

  private push(operand: number): void {
    this.operands[this.count++] = operand;
  }

  /**
   * Keeps the number token at `start` as pdf.js's lexer reads it: all digits as one integer,
   * divided by the power of ten of the decimals, so that the coordinates come out bit for bit as
   * in its operator list; NaN when it is no number after all (`1.2.3`). Returns where it ends.
   */
  private pushNumber(bytes: Uint8Array, start: number): number {
    let i = start;
    let sign = 1;
    for (; bytes[i] === Char.Minus || bytes[i] === Char.Plus; i++) if (bytes[i] === Char.Minus) sign = -sign;
    let value = 0;
    let divideBy = 0;
    let digits = 0;
    let valid = true;
    for (; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (byte >= Char.Zero && byte <= Char.Nine) {
        value = value * 10 + (byte - Char.Zero);
        if (divideBy) divideBy *= 10;
        digits++;
      } else if (byte === Char.Dot && !divideBy) {
        divideBy = 1;
      } else if (isRegular(byte)) {
        valid = false;
      } else {
        break;
      }
    }
    this.push(valid && digits ? sign * (divideBy ? value / divideBy : value) : NaN);
    return i;
  }

  private add(value: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Float32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = value;
  }

  private moveCurrent(x: number, y: number): void {
    this.currentX = x;
    this.currentY = y;
  }

  private addPoint(op: number, x: number, y: number): void {
    this.add(op);
    this.add(x);
    this.add(y);
  }

  private addCurve(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void {
    this.add(DRAW_CURVE);
    this.add(x1);
    this.add(y1);
    this.add(x2);
    this.add(y2);
    this.add(x3);
    this.add(y3);
  }

  read(bytes: Uint8Array, resources: unknown, drawing: ReadonlySet<unknown>): void {
    let i = 0;
    while (i < bytes.length) {
      const byte = bytes[i]!;
      if (isWhite(byte)) {
        i++;
      } else if (
        (byte >= Char.Zero && byte <= Char.Nine) ||
        byte === Char.Minus ||
        byte === Char.Plus ||
        byte === Char.Dot
      ) {
        // Numbers first: they are most of the tokens. A number token ends where any regular token does.
        i = this.pushNumber(bytes, i);
      } else if (byte === Char.Percent) {
        i = skipComment(bytes, i);
      } else if (byte === Char.OpenParen) {
        i = skipLiteralString(bytes, i);
        this.push(NaN);
      } else if (byte === Char.Slash) {
        const end = regularTokenEnd(bytes, i);
        this.nameAt = this.count;
        this.nameStart = i + 1;
        this.nameEnd = end;
        this.push(NaN);
        i = end;
      } else if (byte === Char.Less && bytes[i + 1] !== Char.Less) {
        i = skipHexString(bytes, i);
        this.push(NaN);
      } else if (isDelimiter(byte)) {
        // Array and dictionary brackets: their contents pass as operands of the operator after them.
        i += byte === bytes[i + 1] && (byte === Char.Less || byte === Char.Greater) ? 2 : 1;
        this.push(NaN);
      } else {
        let end = regularTokenEnd(bytes, i);
        if (end - i > 3) {
          // true, false, null, and binary junk: operators are at most three letters long.
          this.push(NaN);
        } else {
          const op = operatorAt(bytes, i, end);
          if (op === Op.InlineImageData) end = skipInlineImage(bytes, end + 1);
          else if (op === Op.BeginText) end = skipTextObject(bytes, end);
          else if (op !== Op.None) this.operator(op, bytes, resources, drawing);
          this.count = 0;
          this.nameAt = -1;
        }
        i = end;
      }
    }
    for (; this.pendingSaves > 0; this.pendingSaves--) this.sink.restore();
  }

  /** Whether the last `count` operands are numbers; they are then `this.arg(0)` to `this.arg(count - 1)`. */
  private takeNumbers(count: number): boolean {
    const base = this.count - count;
    if (base < 0) return false;
    for (let k = 0; k < count; k++) {
      const value = this.operands[base + k]!;
      if (Number.isNaN(value)) return false;
      this.numbers[k] = value;
    }
    return true;
  }

  private arg(k: number): number {
    return this.numbers[k]!;
  }

  private operator(op: Op, bytes: Uint8Array, resources: unknown, drawing: ReadonlySet<unknown>): void {
    if (op >= Op.Paint) return this.paint(PAINT_OPS[op - Op.Paint]![1]);
    switch (op) {
      case Op.Save:
        this.savedPoints.push(this.currentX, this.currentY);
        this.pendingSaves++;
        return this.sink.save();
      case Op.Restore:
        if (this.savedPoints.length) {
          this.currentY = this.savedPoints.pop()!;
          this.currentX = this.savedPoints.pop()!;
        }
        this.pendingSaves = Math.max(0, this.pendingSaves - 1);
        return this.sink.restore();
      case Op.Transform:
        if (this.takeNumbers(6)) this.sink.transform(this.numbers.slice(0, 6) as Matrix);
        return;
      case Op.Rectangle:
        if (this.takeNumbers(4)) this.rectangle(this.arg(0), this.arg(1), this.arg(2), this.arg(3));
        return;
      case Op.MoveTo:
      case Op.LineTo:
        if (!this.takeNumbers(2)) return;
        this.moveCurrent(this.arg(0), this.arg(1));
        this.addPoint(op === Op.MoveTo ? DRAW_MOVE : DRAW_LINE, this.arg(0), this.arg(1));
        return;
      case Op.CurveTo:
        if (!this.takeNumbers(6)) return;
        this.moveCurrent(this.arg(4), this.arg(5));
        this.addCurve(this.arg(0), this.arg(1), this.arg(2), this.arg(3), this.arg(4), this.arg(5));
        return;
      case Op.CurveToV:
      case Op.CurveToY: {
        if (!this.takeNumbers(4)) return;
        const [x1, y1, x, y] = [this.arg(0), this.arg(1), this.arg(2), this.arg(3)];
        // v starts its curve at the current point, before the curve moves it.
        if (op === Op.CurveToV) this.addCurve(this.currentX, this.currentY, x1, y1, x, y);
        else this.addCurve(x1, y1, x, y, x, y);
        this.moveCurrent(x, y);
        return;
      }
      case Op.ClosePath:
        this.add(DRAW_CLOSE);
        return;
      case Op.DrawXObject:
        if (this.nameAt === this.count - 1) {
          this.drawForm(readName(bytes, this.nameStart, this.nameEnd), resources, drawing);
        }
        return;
    }
  }

  /**
   * `re`, as pdf.js builds it: a closed subpath through its corners, or a line when it is flat. Its
   * numbers come as arguments, not in an array: table borders are thousands of these a page.
   */
  private rectangle(x: number, y: number, width: number, height: number): void {
    const xw = x + width;
    const yh = y + height;
    this.moveCurrent(x, y);
    this.addPoint(DRAW_MOVE, x, y);
    if (width === 0 || height === 0) this.addPoint(DRAW_LINE, xw, yh);
    else {
      this.addPoint(DRAW_LINE, xw, y);
      this.addPoint(DRAW_LINE, xw, yh);
      this.addPoint(DRAW_LINE, x, yh);
    }
    this.add(DRAW_CLOSE);
  }

  private paint(paintOp: number): void {
    if (CLOSING_PAINT.has(paintOp)) this.add(DRAW_CLOSE);
    if (!this.length) return;
    this.sink.path(paintOp, this.buffer, this.length);
    this.length = 0;
  }

  private drawForm(name: string, resources: unknown, drawing: ReadonlySet<unknown>): void {
    const form = this.resolveForm(name, resources);
    if (!form) return;
    this.sink.beginForm(form.matrix);
    // NOTE: a form drawn from within itself: pdf.js begins it, gives up on it without ending it,
    // and restores the state it saved for it only at the end of the drawing stream.
    if (drawing.has(form.key)) {
      this.pendingSaves++;
      return;
    }
    new PathReader(this.sink, this.resolveForm, this.currentX, this.currentY).read(
      form.content,
      form.resources,
      new Set([...drawing, form.key]),
    );
    this.sink.endForm();
  }
}

/** Reads a page's content stream (its streams joined) and tells `sink` what it draws. */
export function readContentPaths(
  content: Uint8Array,
  resources: unknown,
  resolveForm: ResolveForm,
  sink: PathSink,
): void {
  new PathReader(sink, resolveForm).read(content, resources, new Set());
}
