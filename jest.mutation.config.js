// The unit tests alone, for StrykerJS (`npm run mutation`): every mutant is run against
// the tests that cover it, so the end-to-end scenarios (minutes each) stay out.
import base from './jest.config.js'

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: [
    '<rootDir>/test/boot/**/*.test.ts',
    '<rootDir>/test/controller/**/*.test.ts',
    '<rootDir>/test/shared/**/*.test.ts'
  ],
  // These run the bundles in dist/, which a mutant of src/ does not change.
  testPathIgnorePatterns: ['/node_modules/', 'dist\\.test\\.ts$', 'bundle\\.test\\.ts$'],
  // The mutated modules' top-level constants count as static only when loaded outside a
  // test: see the file.
  setupFilesAfterEnv: ['<rootDir>/test/fixtures/mutation-preload.ts']
}
