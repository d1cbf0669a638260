/** The simulated backend for component tests (msw/node over the real handlers): src reaches mocks only here and in main.tsx. */
export { server } from '../../mocks/node';
