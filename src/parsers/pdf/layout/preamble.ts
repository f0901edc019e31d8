// The labelled lines printed above a table (organisation, year, unit): never a table row, never
// page furniture, and split from whatever shares their baseline.

/** `单位：万元`, `金额单位：元`, `部门：…`, `编制部门：…`, `部门名称：…`, `预算年度：2024`. */
const PREAMBLE_LABEL = /^(?:(?:金额|计量)?单位|(?:编制|预算主管)?部门(?:名称)?|单位名称|(?:预算|决算)?年度)\s*[:：]/;

export function isPreambleLabel(text: string): boolean {
  return PREAMBLE_LABEL.test(text.trim());
}

/** Pieces of a title or unit line stand at least this many em apart (`部门：… 单位：万元`). */
export const PREAMBLE_GAP = 2;
