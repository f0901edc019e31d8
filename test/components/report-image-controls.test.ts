// @vitest-environment jsdom
// The report's picture blanks the page's controls (issue 13: the PNG showed the buttons and both
// unit radios unchecked) but keeps the buttons that carry the report's text.

import { describe, expect, it } from 'vitest';
import { blankInImage } from '../../src/lib/export/report-image';

describe('what the report picture leaves out', () => {
  it('blanks action buttons and form controls; keeps text-carrying buttons and text', () => {
    document.body.innerHTML = `
      <button class="secondary">复制为 TSV</button><button class="danger">确定清除</button>
      <input type="radio" /><input type="text" /><textarea></textarea><fieldset><legend>单位</legend></fieldset>
      <button class="finding">序号 20 重复</button><button class="link">一般公共服务支出</button><p>正文</p>`;
    expect([...document.body.children].map((element) => blankInImage(element))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
