/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Type checking runs once for the whole tree in `npm test` (tsc), not per test file.
  // A hang guard, not a timing check: property tests run thousands of cases, and on a loaded 2-core
  // machine jest's default of 5 s per test failed one that passes in 1 s on a quiet one.
  testTimeout: 60_000,
};
