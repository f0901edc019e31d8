// runRules isolates a rule that throws: its check is recorded as crashed with the error, the other
// rules still run, and the file still reads (inspectFile), as the CLI text and the score show. A rule
// meant for disclosures only is recorded as not applicable on a city's own report, and not run.

import { describe, expect, it } from 'vitest';
import { formatReportText } from '../../src/lib/export/format-text';
import { readReportJson, formatReportJson } from '../../src/lib/export/report-json';
import { inspectFile } from '../../src/lib/inspect';
import { readFigures } from '../../src/lib/narrative/read-figures';
import { RULES } from '../../src/lib/rules';
import { DISCLOSURES_ONLY, EVERY_DOCUMENT, type Rule } from '../../src/lib/rules/rule';
import { runRules } from '../../src/lib/rules/run-rules';
import { scoreCompleteness } from '../../src/lib/summary/completeness';
import { governmentReport, seedDisclosure } from '../helpers/disclosures';
import { readSeedText } from '../helpers/shared-files';

const throwing: Rule = {
  meta: {
    id: 'always-throws',
    title: { zh: '总会出错的检查', en: 'Always throws' },
    severity: 'error',
    messages: {},
    documentTypes: EVERY_DOCUMENT,
  },
  check() {
    throw new TypeError('boom at row 3');
  },
};

describe('runRules with a rule that throws', () => {
  it('records the crash and still runs the rules before and after it', () => {
    const disclosure = seedDisclosure('000');
    const alone = runRules(disclosure, [], RULES);
    const { findings, checks } = runRules(disclosure, [], [RULES[0]!, throwing, ...RULES.slice(1)]);
    expect(checks.map((check) => check.ruleId)).toEqual([
      RULES[0]!.meta.id,
      'always-throws',
      ...RULES.slice(1).map((rule) => rule.meta.id),
    ]);
    expect(checks[1]).toEqual({
      ruleId: 'always-throws',
      title: throwing.meta.title,
      severity: 'error',
      status: 'crashed',
      comparisons: 0,
      findings: 0,
      error: 'TypeError: boom at row 3',
    });
    expect(checks.filter((check) => check !== checks[1])).toEqual(alone.checks);
    expect(findings).toEqual(alone.findings);
  });

  it('leaves the file readable through inspectFile, and says so in the CLI text and the JSON', async () => {
    const bytes = new TextEncoder().encode(readSeedText('002'));
    const report = await inspectFile('002.txt', bytes, { rules: [throwing, ...RULES] });
    expect(report.error).toBeUndefined();
    expect(report.tables.length).toBeGreaterThan(5);
    expect(report.checks[0]).toMatchObject({ status: 'crashed', error: 'TypeError: boom at row 3' });
    expect(report.checks.slice(1).some((check) => check.status === 'passed')).toBe(true);

    const text = formatReportText({ schema: 'mingzhang/report@1', documents: [report] });
    expect(text).toContain(
      '未完成：[always-throws] 总会出错的检查 这项检查因程序错误未能完成（TypeError: boom at row 3）',
    );
    expect(readReportJson(formatReportJson([report]))).toEqual([report]);
  });

  it('does not count a crashed check as passed in the completeness score', async () => {
    const bytes = new TextEncoder().encode(readSeedText('002'));
    const clean = await inspectFile('002.txt', bytes);
    const crashed = await inspectFile('002.txt', bytes, { rules: [throwing, ...RULES] });
    const before = scoreCompleteness(clean).rules;
    const after = scoreCompleteness(crashed);
    expect(after.rules).toEqual({ passed: before.passed, applicable: before.applicable + 1 });
    expect(after.parts.at(-1)!.detail).toContain('1 项因程序错误未能完成');
  });
});

describe('runRules by document type', () => {
  it('runs only the table arithmetic on a government report (南宁市2023预算, a city-wide budget report)', async () => {
    const report = await governmentReport('南宁市2023预算.pdf');
    expect(report.meta.documentType).toBe('government-report');
    let called = false;
    const disclosureOnly: Rule = {
      meta: { ...throwing.meta, id: 'disclosure-only', documentTypes: DISCLOSURES_ONLY },
      check() {
        called = true;
        return { applicable: true, comparisons: 1, findings: [] };
      },
    };
    const { checks, findings } = runRules(report, [], [disclosureOnly, ...RULES]);
    expect(called).toBe(false);
    expect(checks[0]).toMatchObject({ ruleId: 'disclosure-only', status: 'not-applicable', comparisons: 0 });
    for (const rule of RULES) {
      const check = checks.find((c) => c.ruleId === rule.meta.id)!;
      if (!rule.meta.documentTypes.includes('government-report')) expect(check.status).toBe('not-applicable');
    }
    expect(findings.filter((f) => f.ruleId.startsWith('completeness') || f.ruleId.startsWith('text-'))).toEqual([]);
  });

  it('runs the disclosure-only rules on a disclosure (seed 000)', () => {
    const disclosure = seedDisclosure('000');
    const { checks } = runRules(disclosure, readFigures(disclosure), RULES);
    for (const id of ['completeness-tables', 'completeness-sections', 'text-vs-tables', 'text-arithmetic']) {
      expect(checks.find((c) => c.ruleId === id)!.status, id).not.toBe('not-applicable');
    }
  });
});
