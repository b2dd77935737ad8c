export { requireAccess } from '@dsp/subgraph-kit';
export * from './rules';
