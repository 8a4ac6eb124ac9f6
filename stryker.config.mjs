// Mutation testing of the unit tests: `npm run mutation -- src/boot/steps/eni.ts` (see README,
// Developing). Incremental: a re-run after a small change only re-tests what it touched,
// from reports/mutation/incremental.json (committed, with the last report).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: false
  },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // A mutant that hangs a wait loop is killed by this; the unit tests take well under it.
  timeoutMS: 8000,
  ignorePatterns: ['dist', 'reports', '.stryker-tmp', 'node_modules']
}
