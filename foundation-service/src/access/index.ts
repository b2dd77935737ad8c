export { requireAccess } from '@dsp/common';
export * from './policy';
