// `npm run lint` checks the import graph with dependency-cruiser: no module may
// reach itself through its imports, type-only imports included (a cycle is a
// layering mistake even when the compiler erases it), and the gateway and the
// shared run-time package never load database code.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module reaches itself through its imports: move what both sides need into a module of its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-database-in-gateway',
      severity: 'error',
      comment: 'The gateway and @dsp/common run without TypeORM or pg: database code lives in @dsp/subgraph-kit.',
      from: { path: '^(gateway|common)/src/', pathNot: '/__tests__/' },
      to: { path: 'node_modules/(typeorm|pg|pg-copy-streams)/|^(subgraph-kit|testing)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['types', 'main'],
    },
  },
};
