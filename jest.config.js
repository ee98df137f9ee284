// Jest runs the TypeScript sources as native ES modules (node --experimental-vm-modules), transformed by SWC.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022', experimental: { keepImportAttributes: true } },
      module: { type: 'es6' },
    }],
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/subgraphs/**/*.test.ts', '<rootDir>/router/**/*.test.ts', '<rootDir>/prisma/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/kit/global-setup.ts',
  globalTeardown: '<rootDir>/tests/kit/global-teardown.ts',
  testTimeout: 60000,
};
