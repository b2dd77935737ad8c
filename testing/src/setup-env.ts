// Every test process runs as the test environment: quiet logs.
process.env.NODE_ENV = 'test';
