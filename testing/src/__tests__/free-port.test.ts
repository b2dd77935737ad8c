import { freePort } from '../test-postgres';

// jest runs test files in several processes at once; two of them must never hand out the same port.
describe('freePort', () => {
  const worker = process.env.JEST_WORKER_ID;
  afterEach(() => {
    // Assigning undefined to an environment variable would set the text "undefined".
    if (worker === undefined) delete process.env.JEST_WORKER_ID;
    else process.env.JEST_WORKER_ID = worker;
  });

  it("takes a jest worker's ports from its own slice, apart from every other worker's", async () => {
    const slices = new Map<string, number[]>();
    for (const id of ['1', '2', '3', '8']) {
      process.env.JEST_WORKER_ID = id;
      const ports: number[] = [];
      for (let i = 0; i < 40; i += 1) ports.push(await freePort());
      slices.set(id, ports);
    }
    const range = (ports: number[]) => [Math.min(...ports), Math.max(...ports)];
    for (const [id, ports] of slices) {
      const [low, high] = range(ports);
      expect(low).toBeGreaterThanOrEqual(20_000 + (Number(id) - 1) * 1_500);
      expect(high).toBeLessThan(20_000 + Number(id) * 1_500);
    }
  });

  it('never hands out the same port twice in a process, even before anything binds it', async () => {
    process.env.JEST_WORKER_ID = '5';
    const ports: number[] = [];
    for (let i = 0; i < 400; i += 1) ports.push(await freePort());
    expect(new Set(ports).size).toBe(ports.length);
  });
});
