// The rule registry: every reconciliation rule, one file each. A new rule is a new file here.

import type { Rule } from './rule';
import { rule as assetsTotal } from './assets-total';
import { rule as codeNameAgreement } from './code-name-agreement';
import { rule as codeNesting } from './code-nesting';
import { rule as completenessSections } from './completeness-sections';
import { rule as chartData } from './chart-data';
import { rule as completenessTables } from './completeness-tables';
import { rule as crossTableTotals } from './cross-table-totals';
import { rule as finalNarrative } from './final-narrative';
import { rule as emptyTableNote } from './empty-table-note';
import { rule as growthFromZero } from './growth-from-zero';
import { rule as hierarchySums } from './hierarchy-sums';
import { rule as operatingCostsScope } from './operating-costs-scope';
import { rule as orgCodeConsistency } from './org-code-consistency';
import { rule as procurementArithmetic } from './procurement-arithmetic';
import { rule as projectBudgetSum } from './project-budget-sum';
import { rule as rowIdentities } from './row-identities';
import { rule as seqOrder } from './seq-order';
import { rule as selfEvaluationRate } from './self-evaluation-rate';
import { rule as summaryBalance } from './summary-balance';
import { rule as summaryItemSums } from './summary-item-sums';
import { rule as summarySpendingSplit } from './summary-spending-split';
import { rule as textArithmetic } from './text-arithmetic';
import { rule as textVsTables } from './text-vs-tables';
import { rule as threePublicComparison } from './three-public-comparison';
import { rule as threePublicParts } from './three-public-parts';
import { rule as threePublicVsBasic } from './three-public-vs-basic';

export const RULES: Rule[] = [
  summaryBalance,
  summaryItemSums,
  summarySpendingSplit,
  hierarchySums,
  rowIdentities,
  threePublicParts,
  crossTableTotals,
  threePublicVsBasic,
  threePublicComparison,
  textVsTables,
  textArithmetic,
  finalNarrative,
  operatingCostsScope,
  growthFromZero,
  projectBudgetSum,
  selfEvaluationRate,
  chartData,
  emptyTableNote,
  completenessTables,
  completenessSections,
  codeNameAgreement,
  codeNesting,
  seqOrder,
  orgCodeConsistency,
  procurementArithmetic,
  assetsTotal,
];
