// The rule registry: every reconciliation rule, one file each. A new rule is a new file here.

import type { Rule } from './rule';
import { rule as hierarchySums } from './hierarchy-sums';

export const RULES: Rule[] = [
  hierarchySums,
];
