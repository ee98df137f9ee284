// Jest runs the TypeScript sources as native ES modules (node --experimental-vm-modules), transformed by SWC.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '/node_modules/@apidevtools/json-schema-ref-parser/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
    '^.+\\.ts$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022', experimental: { keepImportAttributes: true } },
      module: { type: 'es6' },
    }],
  },
  // openapi-backend (CommonJS) requires @apidevtools/json-schema-ref-parser, which is ESM only;
  // Node runs that natively (require(esm)), Jest's module loader does not, so compile it to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!@apidevtools/json-schema-ref-parser/)'],
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/subgraphs/**/*.test.ts', '<rootDir>/router/**/*.test.ts', '<rootDir>/prisma/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/kit/global-setup.ts',
  globalTeardown: '<rootDir>/tests/kit/global-teardown.ts',
  testTimeout: 60000,
  // Jest's ESM module registry leaks a little with every test file (vm modules); with forty files
  // the heap reached Node 24's limit. One worker (as before, on 2 cores) that is replaced whenever
  // it ends a file holding more than this keeps memory bounded.
  maxWorkers: 1,
  workerIdleMemoryLimit: '1500MB',
};
