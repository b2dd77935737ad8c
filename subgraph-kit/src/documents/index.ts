export * from './cipher';
export * from './config';
export * from './content';
export * from './routes';
export * from './s3-store';
export * from './store';
export * from './sweep';
export * from './tokens';
