// Import cycles, type-only imports included (ESLint's import-x/no-cycle skips those): a cycle of
// types still ties two modules' meanings together. `npm run lint` runs this after ESLint.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules form a tree: move what two modules share into a third.',
      from: { path: '^(src|scripts)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.svelte.ts', '.json'] },
  },
};
