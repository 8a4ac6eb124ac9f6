// ESM mode: @actions/core 3 is ESM-only, so ts-jest runs with useESM and
// `npm test` sets NODE_OPTIONS=--experimental-vm-modules.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // StrykerJS's sandboxes (a copy of the project) while `npm run mutation` runs.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/fixtures/slowest-reporter.js'],
  collectCoverageFrom: ['src/**/*.ts']
}
