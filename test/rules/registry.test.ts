// The rule registry: every rule file is registered under its file name, and every messageId a
// rule emits on the seeds and real PDFs is one its meta.messages declares.

import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/lib/narrative/read-figures';
import { RULES } from '../../src/lib/rules';
import type { Rule } from '../../src/lib/rules/rule';
import { disclosures, REAL_FILES, type DocumentId } from '../helpers/disclosures';
import { SEED_FILES } from '../helpers/shared-files';

const RULES_DIR = fileURLToPath(new URL('../../src/lib/rules/', import.meta.url));
/** Files of src/lib/rules that are not rules: the registry, the rule type, the runner. */
const INFRASTRUCTURE = new Set(['index.ts', 'rule.ts', 'run-rules.ts']);
const ruleFiles = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !INFRASTRUCTURE.has(entry.name))
  .map((entry) => entry.name);

const ALL_DOCUMENTS = [...Object.keys(SEED_FILES), ...Object.keys(REAL_FILES)] as DocumentId[];

describe('rule registry', () => {
  it('registers each rule file once, under its file name', async () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(19);
    for (const file of ruleFiles) {
      const module = (await import(`../../src/lib/rules/${file}`)) as { rule?: Rule };
      expect(module.rule, `${file} exports a rule`).toBeDefined();
      expect(module.rule!.meta.id).toBe(basename(file, '.ts'));
      expect(RULES, `${file} is registered in index.ts`).toContain(module.rule);
    }
    expect(RULES).toHaveLength(ruleFiles.length);
    expect(new Set(RULES.map((rule) => rule.meta.id)).size).toBe(RULES.length);
  });

  it('declares every messageId its rules emit on the seeds and real PDFs, with a type and data', async () => {
    const emitted = new Set<string>();
    for (const disclosure of await disclosures(...ALL_DOCUMENTS)) {
      const figures = readFigures(disclosure);
      for (const rule of RULES) {
        for (const finding of rule.check({ disclosure, figures }).findings) {
          expect(Object.keys(rule.meta.messages), `${rule.meta.id} declares ${finding.messageId}`).toContain(
            finding.messageId,
          );
          expect(finding.type).toBeDefined();
          expect(finding.data).toBeDefined();
          emitted.add(`${rule.meta.id}/${finding.messageId}`);
        }
      }
    }
    // The documents give findings of several rules, so the check above is not vacuous.
    expect(emitted.size).toBeGreaterThanOrEqual(5);
  });
});
