export { redactPii } from './src/safety/index.ts';
