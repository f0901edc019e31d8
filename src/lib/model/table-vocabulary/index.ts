// The table vocabulary: how a standard table is read by meaning — what each kind is called, which
// row and column hold its totals, how row names compare, how a 收支总表's halves divide. Rules,
// summary, charts, extraction and export all read tables through it, so they agree.

export * from './row-names';
export * from './summary-sides';
export * from './table-kinds';
export * from './totals';
