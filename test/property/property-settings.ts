// One seed and run count for every property test, so a failure is reproduced by running the file
// again; fast-check prints the seed and the shrunk counterexample of any failure.

import type { Parameters } from 'fast-check';

/** Fixed seed: the same inputs every run. Change it locally to explore further. */
export const PROPERTY_SETTINGS: Parameters<unknown> = { seed: 0x6d7a_2026, numRuns: 300 };

/** For properties whose each run builds and checks a whole document. */
export const DOCUMENT_PROPERTY_SETTINGS: Parameters<unknown> = { seed: 0x6d7a_2026, numRuns: 100 };
