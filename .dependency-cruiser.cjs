// SPDX-License-Identifier: EUPL-1.2
/** Boundaries of docs/architecture.md, checked in `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-stays-plain',
      comment:
        'Domain code (everything in server/modules except routes, SQL repositories, queries and commands that touch the database) imports no HTTP, database or UI code.',
      severity: 'error',
      from: {
        path: '^server/modules/',
        pathNot: [
          '\\.routes\\.ts$',
          '\\.sql\\.ts$',
          '/queries/',
          '/commands/',
          '\\.test\\.ts$',
          '/jobs/',
        ],
      },
      to: {
        // A type is no runtime coupling: domain code may name the Database type it is handed.
        dependencyTypesNot: ['type-only'],
        path: [
          '^server/(http|db)/',
          '^web/',
          '^cli/',
          'node_modules/(fastify|@fastify|react|react-dom|pg|@electric-sql|drizzle-orm)/',
        ],
      },
    },
    {
      name: 'rules-are-pure',
      comment:
        'The rules module depends on nothing but shared/ and server/lib/ (and calendar libraries).',
      severity: 'error',
      from: { path: '^server/modules/rules/', pathNot: ['\\.routes\\.ts$', '\\.test\\.ts$'] },
      to: {
        path: ['^server/(http|db|modules/(?!rules/))', '^web/', '^cli/', 'node:fs', 'node:http'],
      },
    },
    {
      name: 'web-is-a-client',
      comment: 'The browser app reaches the server through the HTTP API only.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^server/(?!modules/rules/)', '^cli/'] },
    },
    {
      name: 'shared-has-no-runtime',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        path: ['^server/', '^web/', '^cli/', 'node_modules/(fastify|react|pg|@electric-sql)/'],
      },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
