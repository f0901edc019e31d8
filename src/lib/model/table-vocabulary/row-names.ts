// Row and column names compared by meaning. Disclosures print the same name with spaces inside,
// an ordinal or sub-item marker in front (`二、公务用车购置及运维费`, `其中：公务用车购置费`) and
// brackets of either width; none of that says what the row is.

/** The ordinal of a top-level item: `一、一般公共服务支出`, `三十一、人行科目`. */
export const ORDINAL = /^[一二三四五六七八九十]+、/;

/**
 * An ordinal as a 类 list may print it, separator `、` `.` or `．` (`八、社会保障和就业支出`,
 * `八．…`), spaces after it included: looser than ORDINAL because a 类 row missed loses its code.
 */
export const CLASS_ORDINAL = /^[一二三四五六七八九十百]+[、.．]\s*/;

/** A row breaking down the item above it: `1.一般公共预算`, `（一）…`, `(2)…`, `其中：…`. */
export const SUB_ITEM_MARKER = /^(\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|其中)/;

/** True for a label opening with an ordinal or sub-item marker (`二十、`, `1.`, `（一）`, `其中：`). */
export function startsWithListMarker(label: string): boolean {
  return ORDINAL.test(label) || SUB_ITEM_MARKER.test(label);
}

/** A name without whitespace: `合 计` and `合计` are one name. */
export const normalName = (name: string) => name.replace(/\s/g, '');

/**
 * A row name without its ordinal or `其中：` (`二、公务用车购置及运维费` → `公务用车购置及运维费`,
 * `其中：公务用车购置费` → `公务用车购置费`), brackets made half-width: the key for comparing row
 * names with each other and with patterns written in half-width brackets (`因公出国\(境\)费`).
 */
export const bareName = (name: string) =>
  normalName(name)
    .replace(ORDINAL, '')
    .replace(/^\d+[.．、]/, '')
    .replace(/^其中[：:]/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

/**
 * A name or column path as the explanation text prints it: no whitespace or quotes, brackets
 * full-width (`“三公”经费 / 因公出国(境)费` → `三公经费/因公出国（境）费`); for matching patterns
 * written the way the text words things.
 */
export const fullWidthName = (text: string) =>
  text
    .replace(/[\s“”"'‘’]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');

/**
 * A row name as the text would print it, without its `其中：` and one ordinal or sub-item marker
 * (`其中：（一）因公出国(境)费` → `因公出国（境）费`).
 */
export const fullWidthBareName = (name: string) =>
  fullWidthName(name).replace(
    /^(?:其中[:：])?(?:[一二三四五六七八九十]+、|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])?/,
    '',
  );
