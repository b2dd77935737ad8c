// The demonstration population and users: deterministic data that the seeds, `npm start`'s sign-in page and the tests share.
export * from './demo-users';
export * from './names';
export * from './national';
export * from './population';
export * from './random';
export * from './registry-events';
export * from './trainings';
